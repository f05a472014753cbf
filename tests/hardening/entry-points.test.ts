// Which endpoints the hostile-input tests must cover (the endpoint registry's); the entry points
// a sidebar never calls (google.script.run can still call any of them) with hostile arguments;
// and proof that each check of the harness fails when its violation is planted in the bundle.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MENU_ITEMS } from '../../src/endpoints/menu';
import { ENDPOINTS, ENDPOINT_NAMES } from '../../src/endpoints/registry';
import { entryPoints } from '../../src/main';
import { SIDEBAR_PAGES } from '../../src/server/sidebars';
import { hostileJson } from '../support/arbitraries';
import { scenario } from '../templates/budget-fixture';
import {
  CODE,
  EndpointChecker,
  LOCK_BUSY,
  RUNS,
  addonOver,
  clientCall,
  expectCoverage,
  parseRefusal,
  realmPrototypes,
  runHostile,
  type EndpointContract,
} from './harness';
import { DEEP_CONTRACTS } from './contracts';

const sidebarCalls = new Set<string>(ENDPOINT_NAMES);

describe('the endpoints under hostile-input tests', () => {
  it('are every endpoint of the registry, each an entry point of src/main.ts with a deep suite of its own', () => {
    expect(sidebarCalls.size).toBeGreaterThan(5);
    for (const name of sidebarCalls) expect(Object.keys(entryPoints), `the registry lists ${name}`).toContain(name);
    // The contracts' type already demands one per endpoint; this holds what the compiler cannot see.
    expect(Object.keys(DEEP_CONTRACTS).sort(), 'the deep suites run these').toEqual([...ENDPOINT_NAMES].sort());
    for (const [name, contract] of Object.entries(DEEP_CONTRACTS)) expect(contract.endpoint, `filed under ${name}`).toBe(name);
  });
});

describe('every endpoint of the registry, sent anything', () => {
  // What the registry promises of each: a payload its schema refuses is refused with the
  // registry's words, and a writer answers nothing while another editor holds the lock.
  const runs = Math.max(1, Math.round(RUNS / 10));
  it.each(ENDPOINT_NAMES)(`%s keeps its registry entry (${runs} cases)`, (endpoint) => {
    const spec = ENDPOINTS[endpoint];
    // The workbook is empty, so a tracker endpoint sent a valid tracker id finds no tracker.
    const noTracker = /^This spreadsheet has no candidate tracker .*Insert candidate tracker/;
    const contract: EndpointContract = { endpoint, refusals: spec.input === null ? [] : [parseRefusal(endpoint), noTracker] };
    const checker = runHostile(contract, {
      workbooks: [undefined],
      cases: fc.array(hostileJson, { maxLength: 2 }),
      runs,
      call: (c, args) => void c.call(args, { lockHeld: spec.lock }),
    });
    if (spec.lock) expect(checker.answered, 'answers while another editor held the lock').toBe(0);
    if (spec.input === null && !spec.lock) expect(checker.answered, 'takes no input, so refuses none').toBe(checker.calls);
  });
});

describe('entry points no sidebar calls, called through google.script.run anyway', () => {
  // They take no payload: a client's arguments must change nothing. A tenth of RUNS each: every
  // case runs the same code, whatever the arguments.
  const runs = Math.max(1, Math.round(RUNS / 10));
  const others = (Object.keys(entryPoints) as (keyof typeof entryPoints)[]).filter((name) => !sidebarCalls.has(name));
  const sidebarTitle: Partial<Record<keyof typeof entryPoints, string>> = {
    showAbout: SIDEBAR_PAGES.About,
    showWizard: SIDEBAR_PAGES.Wizard,
    showRateCardPicker: SIDEBAR_PAGES.RateCard,
    showScoring: SIDEBAR_PAGES.Scoring,
  };

  it('are the menu, the sidebars, Insert sources, Refresh debrief, Repair tracker, the onEdit trigger and the self-test', () => {
    expect(others.sort()).toEqual(
      [
        'insertSources',
        'onInstall',
        'onOpen',
        'onEdit',
        'refreshDebriefs',
        'repairCandidateTracker',
        'runSelfTest',
        ...Object.keys(sidebarTitle),
      ].sort(),
    );
  });

  it(`refreshDebriefs refuses where there is no tracker, whatever it is passed (${runs} cases)`, () => {
    const contract: EndpointContract = {
      endpoint: 'refreshDebriefs',
      refusals: [/^This spreadsheet has no candidate tracker\. Use DevRate > Insert candidate tracker\.$/],
    };
    const checker = runHostile(contract, {
      workbooks: [undefined],
      cases: fc.array(hostileJson, { maxLength: 3 }),
      runs,
      call: (c, args) => void c.call(args),
    });
    expect(checker.calls).toBe(runs);
  });

  it(`onEdit answers nothing and writes nothing, whatever event a client forges (${runs} cases)`, () => {
    const contract: EndpointContract = {
      endpoint: 'onEdit',
      refusals: [],
      accepted: (value, addon) => {
        expect(value).toBeUndefined();
        expect(addon.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
      },
    };
    const checker = runHostile(contract, {
      workbooks: [undefined],
      cases: fc.array(hostileJson, { maxLength: 2 }),
      runs,
      call: (c, args) => void c.call(args),
    });
    expect(checker.answered).toBe(checker.calls);
  });

  it.each(Object.keys(sidebarTitle) as (keyof typeof entryPoints)[])(
    `%s opens its sidebar whatever it is passed (${runs} cases)`,
    (endpoint) => {
      const contract: EndpointContract = {
        endpoint,
        refusals: [],
        accepted(value, addon) {
          expect(value).toBeUndefined();
          expect(addon.ui.sidebar?.title).toBe(sidebarTitle[endpoint]);
        },
      };
      const checker = runHostile(contract, {
        workbooks: [undefined],
        cases: fc.array(hostileJson, { maxLength: 3 }),
        runs,
        call: (c, args) => void c.call(args),
      });
      expect(checker.answered).toBe(checker.calls);
    },
  );

  it.each(['onOpen', 'onInstall'] as const)(`%s builds the menu from any event a client forges (${runs} cases)`, (endpoint) => {
    const contract: EndpointContract = {
      endpoint,
      refusals: [],
      accepted(_value, addon) {
        const menu = addon.ui.menus.find((m) => m.caption === 'DevRate');
        expect(menu?.items.map((i) => (i.kind === 'item' ? i.caption : i.kind))).toEqual(MENU_ITEMS.map((i) => i.label));
      },
    };
    const checker = runHostile(contract, {
      workbooks: [undefined],
      cases: fc.array(hostileJson, { maxLength: 2 }),
      runs,
      call: (c, args) => void c.call(args),
    });
    expect(checker.answered).toBe(checker.calls);
  });

  it(`insertSources writes one sheet, or nothing while another editor holds the lock (${runs} cases)`, () => {
    const contract: EndpointContract = {
      endpoint: 'insertSources',
      refusals: [],
      accepted: (value, addon) => expect(addon.spreadsheet.getSheetByName((value as { sheetName: string }).sheetName)).not.toBeNull(),
    };
    const checker = runHostile(contract, {
      workbooks: [undefined],
      cases: fc.array(hostileJson, { maxLength: 3 }),
      runs,
      call: (c, args) => void c.call(args, { lockHeld: c.calls > 0 }), // the first one writes, the rest meet a held lock
    });
    expect(checker.answered).toBe(1);
    expect(checker.refusalsSeen.get(String(LOCK_BUSY)) ?? 0).toBe(runs - 1);
  });

  it(`repairCandidateTracker refuses where there is no tracker, whatever it is passed (${runs} cases)`, () => {
    const contract: EndpointContract = {
      endpoint: 'repairCandidateTracker',
      refusals: [/^This spreadsheet has no candidate tracker to repair\. Use DevRate > Insert candidate tracker\.$/],
    };
    const checker = runHostile(contract, {
      workbooks: [undefined],
      cases: fc.array(hostileJson, { maxLength: 3 }),
      runs,
      call: (c, args) => void c.call(args),
    });
    expect(checker.refused).toBe(checker.calls);
  });
});

describe("a refusal's message", () => {
  it('quotes a 20,000-character key a client invented, never dumps it', () => {
    const key = `k${'x'.repeat(20_000)}`;
    const refused = clientCall(addonOver(), 'addCandidate', [{ trackerId: 1, name: 'Ana', [key]: 1 }]);
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The candidate was not saved: Unrecognized key: "kxxx+…\.$/),
    });
    expect(refused.ok || refused.message.length).toBeLessThan(200);
  });
});

/**
 * The bundle with one piece of code replaced; fails loudly if the piece is gone. The bundle is
 * minified (scripts/server-bundle.ts), so patterns allow for any spacing, `let` for `const`, `!0`
 * for `true` and statements joined by commas.
 */
function planted(pattern: RegExp | string, replacement: string): string {
  const code = CODE.replace(pattern, replacement);
  if (code === CODE) throw new Error(`the planted violation no longer applies: ${String(pattern)} is not in dist/Code.js`);
  return code;
}

describe('the harness notices', () => {
  const budget = (name: string) => scenario((i) => (i.project.name = name));

  it('a refused call that wrote part of a sheet', () => {
    const code = planted(
      /insertTotalsChart\(\w+,\s*\w+\.chart\)/,
      '($&, (() => { if (input.project.name === "planted") throw new Error("The budget sheet was not saved: planted."); })())',
    );
    const checker = new EndpointChecker(
      { endpoint: 'createBudgetSheet', refusals: [/^The budget sheet was not saved: /] },
      addonOver(undefined, code),
    );
    checker.call([budget('fine')]);
    expect(() => checker.call([budget('planted')])).toThrow(/was refused .* but changed the spreadsheet/);
  });

  it('a write without the document lock', () => {
    const code = planted(/lock:\s*(?:true|!0)(,\s*subject:\s*"The rate card")/, 'lock: false$1');
    const checker = new EndpointChecker({ endpoint: 'insertRateCard', refusals: [] }, addonOver(undefined, code));
    expect(() => checker.call(['both'])).toThrow(/wrote without the document lock/);
  });

  it('a JavaScript failure in place of a message', () => {
    const code = planted(/(?:const|let) result\s*=\s*[\w$]+\(schema,\s*payload\);/, '$& if (payload === "boom") payload.x.y;');
    const checker = new EndpointChecker(
      { endpoint: 'insertRateCard', refusals: [/^The rate card was not saved/, /./] },
      addonOver(undefined, code),
    );
    checker.call(['nonsense']);
    expect(() => checker.call(['boom'])).toThrow(/a JavaScript failure instead of a message/);
  });

  it('an error message that dumps what it was sent', () => {
    const code = planted(
      /(?:const|let) result\s*=\s*[\w$]+\(schema,\s*payload\);/,
      '$& if (typeof payload === "string" && payload.length > 5000) throw new Error("Bad: " + payload + ".");',
    );
    const checker = new EndpointChecker(
      { endpoint: 'insertRateCard', refusals: [/^The rate card was not saved/, /^Bad/] },
      addonOver(undefined, code),
    );
    expect(() => checker.call(['x'.repeat(6000)])).toThrow(/an error message of 6006 characters/);
  });

  it('an answer google.script.run would not deliver as it is', () => {
    const code = planted(/documentKey:\s*(\w+)\.getId\(\),/, 'documentKey: $1.getId(), openedAt: new Date(),');
    const checker = new EndpointChecker({ endpoint: 'getWizardContext', refusals: [] }, addonOver(undefined, code));
    expect(() => checker.call([])).toThrow(/openedAt is a \[object Date\]/);
  });

  it('a refused call that changed the stored draft', () => {
    const code = planted(
      /(?:const|let) input\s*=\s*\w+\.input\s*===\s*null/, // esbuild may rename `spec`
      'if (name === "saveWizardDraft") PropertiesService.getUserProperties().setProperty("x", "1"); $&',
    );
    const checker = new EndpointChecker(
      { endpoint: 'saveWizardDraft', refusals: [/^Your draft was not saved: /] },
      addonOver(undefined, code),
    );
    expect(() => checker.call(['not a draft'])).toThrow(/changed the stored properties/);
  });

  it('a payload that reached a built-in prototype', () => {
    const code = planted(
      /(?:const|let) result\s*=\s*[\w$]+\(schema,\s*payload\);/,
      '$& if (payload && payload.merge) Object.assign(Object.prototype, payload.merge);',
    );
    const contract: EndpointContract = { endpoint: 'insertRateCard', refusals: [/^The rate card was not saved/] };
    const addon = addonOver(undefined, code);
    const clean = realmPrototypes(addon);
    new EndpointChecker(contract, addon).call([{ merge: { isAdmin: true } }]);
    expect(realmPrototypes(addon)).not.toBe(clean);
  });

  it('a test whose cases never reach a refusal it names', () => {
    const contract: EndpointContract = { endpoint: 'insertRateCard', refusals: [/^The rate card was not saved/, /^Never said/] };
    const checker = new EndpointChecker(contract, addonOver());
    checker.calls = RUNS;
    checker.refused = RUNS;
    checker.refusalsSeen.set(String(contract.refusals[0]), RUNS);
    vi.spyOn(console, 'info').mockImplementation(() => {}); // its tally is made up
    if (RUNS >= 5_000)
      expect(() => expectCoverage(checker, contract, { answered: 0, refused: 0.5 })).toThrow(/never refused with \/\^Never said\//);
    vi.restoreAllMocks();
  });
});
