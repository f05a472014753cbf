// The scoping wizard in Debian's Chromium through the playground, as a person uses it: fill the
// wizard, create the budget sheet, read its totals off the grid (HyperFormula computed them) and
// check them against the domain; change a level in the sheet; close and reopen the sidebar; insert
// a rate card, change one rate, and see a new budget follow it.
// DEVRATE_SCREENSHOTS=1 also refreshes docs/screenshots/. Needs dist/: `npm test` builds it.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { DEVRATE_DEFAULTS } from '../../src/domain/budget/defaults';
import { estimateBudget } from '../../src/domain/budget/estimate';
import { rateCardRows } from '../../src/domain/budget/rate-card-rows';
import type { BudgetInput } from '../../src/domain/budget/schema';
import { builtInTable } from '../../src/domain/figure-table';
import { tableWithCard } from '../../src/domain/rate-card';
import { launchChromium } from '../../playground/chromium';
import { startPlayground, type RunningPlayground } from '../../playground/server';
import { describeInBrowser } from '../support/browser';
import { TAKING_SCREENSHOTS, screenshot } from '../support/playground';
import { scenario } from '../templates/budget-fixture';

const workbookPath = join(tmpdir(), `devrate-wizard-e2e-${process.pid}.json`);

/** What the wizard is filled with: the fixture's scenario, typed by hand below. */
const input: BudgetInput = scenario((i) => {
  i.project.name = 'Checkout';
  i.project.deliverables = ['Payments API with tests', '=IMPORTXML("https://example.com", "//a")'];
  i.hidden.contingencyPercent = 20;
  i.hidden.trialWeeks = 0;
});
const [lead, pair] = input.team.members;
/** The rate card as the test below edits it: later budgets are priced from it. */
let editedCard = builtInTable();

/** As the sheet shows money: "$84,554". */
const shown = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

describeInBrowser('Scope a project, in the browser', () => {
  vi.setConfig({ testTimeout: 90_000 });
  let playground: RunningPlayground;
  let browser: Browser;
  let page: Page;
  const wizard = (): FrameLocator => page.frameLocator('iframe[title="Scope a project"]');
  const cell = (a1: string) => page.locator(`[data-cell="${a1}"]`);

  async function menu(item: string) {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('button', { name: 'DevRate' }).click();
    await page.getByRole('button', { name: item }).click();
  }

  /** Column A's labels of the shown sheet, as row number → text. */
  async function rowOf(label: string, after = 0): Promise<number> {
    const labels = await page
      .locator('td[data-cell^="A"]')
      .evaluateAll((tds) =>
        tds.map((td) => [Number(td.getAttribute('data-cell')!.slice(1)), td.getAttribute('data-value') ?? ''] as const),
      );
    const found = labels.find(([row, text]) => row > after && text === label);
    if (!found) throw new Error(`no row "${label}" on the grid`);
    return found[0];
  }

  async function totals(): Promise<string[]> {
    const row = await rowOf('Total', await rowOf('Budget'));
    return Promise.all(['B', 'C', 'D'].map((c) => cell(`${c}${row}`).getAttribute('data-value').then(String)));
  }

  /** Reads until the answer is right (expect.poll): the grid redraws a moment after the server answers. */
  async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
    let last!: T;
    const settled = async () => {
      try {
        last = await read();
        return ok(last);
      } catch {
        return false; // not drawn yet
      }
    };
    await expect.poll(settled, { message: `waiting for ${what}`, timeout: 10_000 }).toBe(true);
    return last;
  }

  async function openTab(name: string) {
    await page.getByRole('navigation', { name: 'Sheets' }).getByRole('button', { name, exact: true }).click();
  }

  async function typeInCell(a1: string, text: string) {
    await cell(a1).dblclick();
    await page.locator('#formula-input').fill(text);
    await page.keyboard.press('Enter');
  }

  beforeAll(async () => {
    rmSync(workbookPath, { force: true });
    playground = await startPlayground({ port: 0, workbookPath });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
    await page.goto(playground.url);
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    rmSync(workbookPath, { force: true });
  });

  it('starts from an empty team, then prices 2 senior Eastern Europe backend developers for a 3-month MVP at 78,000, within the typical range', async () => {
    await menu('Scope a project');
    const w = wizard();
    const strip = w.getByLabel('Live estimate');
    await w.getByLabel('Project name').fill('MVP pilot');
    await w.getByLabel('Project type').selectOption({ label: 'MVP' });
    await w.getByLabel('90-day deliverables').fill('Payments API');
    // Nothing about the budget before there is a team: no verdict on a team nobody chose.
    expect(await strip.innerText()).toContain('The estimate appears once the team has someone in it');
    expect(await strip.innerText()).not.toMatch(/typical|\$/);
    await w.getByRole('button', { name: 'Next' }).click();
    expect(await w.getByRole('group', { name: 'Team member 1' }).count()).toBe(0);
    expect(await w.getByLabel('Engagement model').inputValue()).toBe('monthly_retainer');
    await w.getByLabel('Duration (months)').fill('3');
    await w.getByRole('button', { name: 'Add team member' }).click();
    const member = w.getByRole('group', { name: 'Team member 1' });
    await member.getByLabel('Level').selectOption('senior');
    await member.getByLabel('Region').selectOption('eastern_europe');
    await member.getByLabel('Specialization').selectOption('backend');
    await member.getByLabel('Count').fill('2');
    await member.getByLabel('Allocation %').fill('100');
    // The agency region follows the team's region; a full-time retainer has no hours to enter.
    expect(await w.getByLabel('Agency region').inputValue()).toBe('eastern_europe');
    expect(await w.getByLabel('Hours per month').count()).toBe(0);
    expect(await w.getByLabel('Hours a week').count()).toBe(0);
    const live = await until(
      () => strip.innerText(),
      (t) => t.includes('$78,000'),
      'the live team cost',
    );
    expect(live).toContain('Team cost $78,000: within the typical MVP range');
    await w.getByRole('button', { name: 'Next' }).click();
    await w.getByRole('button', { name: 'Next' }).click();
    expect(await w.getByRole('status').first().innerText()).toContain(
      'The team (development) cost of $78,000 is within the typical MVP range',
    );
    await w.getByRole('button', { name: 'Create budget sheet' }).click();
    await w.getByText('Created the sheet “Budget – MVP pilot”').waitFor();
    await openTab('Budget – MVP pilot');
    const teamRow = await until(() => rowOf('Team (development) cost'), Boolean, 'the headline');
    expect(
      await until(
        () => cell(`C${teamRow}`).getAttribute('data-value'),
        (v) => v === '$78,000',
        'the team cost on the sheet',
      ),
    ).toBe('$78,000');
    expect(await cell(`E${teamRow}`).getAttribute('data-value')).toBe('within the typical MVP range');
  });

  it('fills the wizard, shows a live estimate, and creates a budget sheet whose totals match the domain', async () => {
    await menu('Scope a project');
    const w = wizard();
    // The draft of the test above reopens on its review: back to the first step.
    await w.getByText('Step 4 of 4').waitFor();
    for (let i = 0; i < 3; i++) await w.getByRole('button', { name: 'Back' }).click();
    await w.getByLabel('Project name').fill(input.project.name);
    await w.getByLabel('Project type').selectOption({ label: 'MVP' });
    await w.getByLabel('90-day deliverables').fill(input.project.deliverables.join('\n'));
    await w.getByRole('button', { name: 'Next' }).click();

    await w.getByLabel('Duration (months)').fill(String(input.team.months));
    const first = w.getByRole('group', { name: 'Team member 1' });
    await first.getByLabel('Level').selectOption(lead.level);
    await first.getByLabel('Region').selectOption(lead.region);
    await first.getByLabel('Specialization').selectOption(lead.spec);
    await first.getByLabel('Count').fill(String(lead.count));
    await first.getByLabel('Allocation %').fill(String(lead.allocation));
    await w.getByRole('button', { name: 'Add team member' }).click();
    const second = w.getByRole('group', { name: 'Team member 2' });
    await second.getByLabel('Level').selectOption(pair.level);
    await second.getByLabel('Region').selectOption(pair.region);
    await second.getByLabel('Specialization').selectOption(pair.spec);
    await second.getByLabel('Count').fill(String(pair.count));
    await second.getByLabel('Allocation %').fill(String(pair.allocation));
    // Contingency is still its default here: the user changes it on the next step.
    const sofar = estimateBudget(
      { ...input, hidden: { ...input.hidden, contingencyPercent: DEVRATE_DEFAULTS.contingencyPercent } },
      builtInTable(),
    );
    await screenshot(page, 'wizard-team.png');
    const strip = await until(
      () => w.getByLabel('Live estimate').innerText(),
      (t) => t.includes(shown(sofar.total.mid)),
      'the live estimate',
    );
    expect(strip).toContain(sofar.typicalText);
    // "Draft saved." sits beside the buttons: scrolled to the end, it is clear of the live estimate pinned below.
    await w.getByText('Draft saved.').waitFor();
    await w.locator('body').evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await w.locator('body').evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const [saved, estimateBox] = await Promise.all([
      w.getByText('Draft saved.').boundingBox(),
      w.getByLabel('Live estimate').boundingBox(),
    ]);
    expect(saved && estimateBox && saved.y + saved.height <= estimateBox.y).toBe(true);
    // The next step opens at its top, wherever this one was scrolled to.
    await w.getByRole('button', { name: 'Next' }).click();
    await w.getByText('Step 3 of 4').waitFor();
    expect(await w.locator('body').evaluate(() => window.scrollY)).toBe(0);

    await w.getByLabel('Contingency %').fill('abc');
    expect(await w.getByText('Contingency % must be a number.').isVisible()).toBe(true);
    await w.getByRole('button', { name: 'Next' }).click();
    expect(await w.getByText('Step 3 of 4').isVisible()).toBe(true); // a bad field keeps the user on the step
    await w.getByLabel('Contingency %').fill(String(input.hidden.contingencyPercent));
    await w.getByRole('button', { name: 'Next' }).click();

    const expected = estimateBudget(input, builtInTable());
    const review = await w.getByRole('table', { name: 'Budget' }).innerText();
    expect(review).toContain(shown(expected.total.mid));
    expect(await w.getByRole('status').first().innerText()).toContain(expected.typicalText);
    await w.getByRole('button', { name: 'Create budget sheet' }).click();
    await w.getByText('Created the sheet “Budget – Checkout”').waitFor();
    await screenshot(page, 'wizard-review.png');

    // Reopen the spreadsheet, as a collaborator would, and read the new sheet.
    await page.reload();
    await openTab('Budget – Checkout');

    const onSheet = await until(totals, (t) => t[1] !== '', 'the totals');
    expect(onSheet).toEqual([shown(expected.total.low), shown(expected.total.mid), shown(expected.total.high)]);
    const deliverable = await until(() => rowOf('90-day deliverable 2'), Boolean, 'the deliverables');
    expect(await cell(`B${deliverable}`).getAttribute('data-value')).toBe(input.project.deliverables[1]);
    await screenshot(page, 'budget-sheet.png');
    if (TAKING_SCREENSHOTS) {
      const budgetRow = await rowOf('Budget');
      await page.locator('.grid-scroll').evaluate((el, top) => (el.scrollTop = top), (budgetRow - 6) * 21);
      await screenshot(page, 'budget-sheet-totals.png');
      await page.locator('.grid-scroll').evaluate((el) => (el.scrollTop = 0));
    }
  });

  it("moves the totals when a team member's level changes in the sheet", async () => {
    const before = await totals();
    const levelRow = (await until(() => rowOf('Level'), Boolean, 'the team table')) + 1;
    await page.getByLabel(`Cell A${levelRow}`).selectOption('Junior');
    const after = await until(totals, (t) => t[1] !== before[1], 'the totals to move');
    const edited = structuredClone(input);
    edited.team.members[0].level = 'junior';
    const expected = estimateBudget(edited, builtInTable()).total;
    expect(after).toEqual([shown(expected.low), shown(expected.mid), shown(expected.high)]);
  });

  it('keeps the draft when the spreadsheet or the sidebar is closed and opened again', async () => {
    await menu('Scope a project'); // the reload above closed the sidebar
    await wizard().getByText('Step 4 of 4').waitFor();
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await menu('Scope a project');
    const w = wizard();
    await w.getByText('Step 4 of 4').waitFor();
    await w.getByRole('button', { name: 'Back' }).click();
    await w.getByRole('button', { name: 'Back' }).click();
    expect(await w.getByRole('group', { name: 'Team member 2' }).getByLabel('Allocation %').inputValue()).toBe(String(pair.allocation));
    // A step change reaches the server at once: closing right after "Back" keeps the step,
    // even where the sandboxed sidebar has no storage of its own.
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await menu('Scope a project');
    await wizard().getByText('Step 2 of 4').waitFor();
  });

  it('builds a new budget on a rate card once a rate on it changes', async () => {
    await menu('Insert rate card');
    const picker = page.frameLocator('iframe[title="Insert rate card"]');
    await picker.getByLabel(/abbacus-2026/).check();
    await picker.getByRole('button', { name: 'Insert rate card' }).click();
    await picker.getByText('Inserted “Rate Card”').waitFor();
    // The budgets made before the card are offered for connecting; connect one of the two.
    await picker.getByText("These budgets use DevRate's built-in figures. Connect them to the card?").waitFor();
    await picker.getByLabel('Budget – MVP pilot').uncheck();
    expect(await picker.getByLabel('Budget – Checkout').isChecked()).toBe(true);
    await picker.getByRole('button', { name: 'Connect to the card' }).click();
    await picker.getByText('Connected “Budget – Checkout”').waitFor();
    await openTab('Budget – Checkout');
    const figuresFrom = await until(() => rowOf('Figures from'), Boolean, 'the headline');
    expect(
      await until(
        () => cell(`B${figuresFrom}`).getAttribute('data-value'),
        (v) => String(v).startsWith('the rate card'),
        'the connected budget',
      ),
    ).toMatch(/^the rate card DevRateCard/);
    await openTab('Budget – MVP pilot');
    await until(
      () => cell(`B${figuresFrom}`).getAttribute('data-value'),
      (v) => String(v).startsWith("DevRate's built-in figures"),
      'the budget left alone',
    );
    await openTab('Rate Card');

    // The row of the first team member's hourly rate, found by its kind, key, region and spec.
    const card = rateCardRows('abbacus-2026');
    const index = card.rows.findIndex((r) => r[0] === 'hourly' && r[1] === lead.level && r[2] === lead.region && r[3] === lead.spec);
    const headerRow = await until(() => rowOf('kind'), Boolean, 'the rate card');
    const lowColumn = String.fromCharCode(65 + card.headers.indexOf('low'));
    const newLow = 10;
    await typeInCell(`${lowColumn}${headerRow + 1 + index}`, String(newLow));
    await until(
      () => cell(`${lowColumn}${headerRow + 1 + index}`).getAttribute('data-value'),
      (v) => v === '10.00',
      'the card edit',
    );

    await menu('Scope a project');
    const w = wizard();
    await w.getByText('Using the rate card on sheet “Rate Card”.').waitFor();
    expect(await w.getByText('Step 2 of 4').isVisible()).toBe(true); // the draft remembers the step too
    await w.getByRole('button', { name: 'Next' }).click();
    await w.getByRole('button', { name: 'Next' }).click();
    await w.getByRole('button', { name: 'Create budget sheet' }).click();
    await w.getByText('Created the sheet “Budget – Checkout (2)”, using your rate card').waitFor();
    await openTab('Budget – Checkout (2)');

    const rows = [
      card.headers,
      ...card.rows.map((r, i) => (i === index ? r.map((v, c) => (c === card.headers.indexOf('low') ? newLow : v)) : r)),
    ];
    editedCard = tableWithCard(rows);
    const expected = estimateBudget(input, editedCard).total;
    const withCard = await until(totals, (t) => t[1] !== '', 'the new totals');
    expect(withCard).toEqual([shown(expected.low), shown(expected.mid), shown(expected.high)]);
    expect(shown(expected.low)).not.toBe(shown(estimateBudget(input, builtInTable()).total.low));
  });

  it('offers the budget left unconnected when Insert rate card is opened again', async () => {
    await menu('Insert rate card');
    const picker = page.frameLocator('iframe[title="Insert rate card"]');
    await picker.getByText('This spreadsheet already has a rate card, on sheet “Rate Card”.').waitFor();
    expect(await picker.getByRole('checkbox').count()).toBe(1);
    await picker.getByLabel('Budget – MVP pilot').check();
    await picker.getByRole('button', { name: 'Connect to the card' }).click();
    await picker.getByText('Connected “Budget – MVP pilot”').waitFor();
    await openTab('Budget – MVP pilot');
    const figuresFrom = await until(() => rowOf('Figures from'), Boolean, 'the headline');
    await until(
      () => cell(`B${figuresFrom}`).getAttribute('data-value'),
      (v) => String(v).startsWith('the rate card'),
      'the connected budget',
    );
    // The card's edited Eastern Europe senior low rate (10 an hour) now reaches this budget too:
    // 2 people × 3 months × 10 × (global senior monthly low ÷ global senior hourly low), from the card.
    const rows = rateCardRows('abbacus-2026').rows;
    const global = (kind: string) => rows.find((r) => r[0] === kind && r[1] === 'senior' && r[2] === 'global' && r[3] === 'backend')!;
    const expectedLow = (2 * 3 * 10 * Number(global('monthly')[4])) / Number(global('hourly')[4]);
    const teamRow = await rowOf('Team (development) cost');
    await until(
      () => cell(`B${teamRow}`).getAttribute('data-value'),
      (v) => v === shown(expectedLow),
      'the team cost to follow the card',
    );
  });
  it('turns the team cost and total of a connected budget into errors naming the card row when a rate card row has its low above its high, and the verdict says why it cannot judge', async () => {
    await openTab('Rate Card');
    const card = rateCardRows('abbacus-2026');
    const index = card.rows.findIndex((r) => r[0] === 'hourly' && r[1] === lead.level && r[2] === lead.region && r[3] === lead.spec);
    const headerRow = await until(() => rowOf('kind'), Boolean, 'the rate card');
    const highCell = `${String.fromCharCode(65 + card.headers.indexOf('high'))}${headerRow + 1 + index}`;
    const high = String(card.rows[index][card.headers.indexOf('high')]);
    await typeInCell(highCell, '5'); // under its low of 10, typed in the test above
    const cardRow = `row ${index + 2} of the card`;

    await openTab('Budget – Checkout (2)');
    const teamRow = await until(() => rowOf('Team (development) cost'), Boolean, 'the headline');
    const totalRow = await rowOf('Total budget');
    for (const a1 of ['B', 'C', 'D'].flatMap((c) => [`${c}${teamRow}`, `${c}${totalRow}`])) {
      const title = await until(
        () => cell(a1).getAttribute('title'),
        (t) => String(t).includes(cardRow),
        `${a1} to be an error naming the card row`,
      );
      expect(title).toMatch(/^#ERROR!: .*low 10 is above high 5/);
    }
    const verdict = String(await cell(`E${teamRow}`).getAttribute('data-value'));
    expect(verdict).toMatch(/^Cannot judge against the typical range: /);
    expect(verdict).toContain(cardRow);
    await screenshot(page, 'budget-card-typo.png');

    await openTab('Rate Card');
    await typeInCell(highCell, high); // mended: the next test builds a budget on the card
    await openTab('Budget – Checkout (2)');
    await until(
      () => cell(`C${totalRow}`).getAttribute('data-value'),
      (v) => String(v).startsWith('$'),
      'the total to come back',
    );
  });

  it('scopes a part-time senior (20 hours a week): the budget prices the retainer share, agency on the same hours', async () => {
    await menu('Scope a project');
    const w = wizard();
    await w.getByText('Step 4 of 4').waitFor();
    await w.getByRole('button', { name: 'Back' }).click();
    await w.getByRole('button', { name: 'Back' }).click();
    await w.getByRole('button', { name: 'Remove team member 2' }).click();
    const only = w.getByRole('group', { name: 'Team member 1' });
    await only.getByLabel('Level').selectOption('senior');
    await only.getByLabel('Region').selectOption('eastern_europe');
    await only.getByLabel('Count').fill('1');
    await only.getByLabel('Allocation %').fill('100');
    await w.getByLabel('Engagement model').selectOption('part_time');
    // Only the hours this engagement uses: hours a week, not hours per month.
    expect(await w.getByLabel('Hours per month').count()).toBe(0);
    await w.getByLabel('Hours a week').fill('20');
    expect(await w.getByLabel('Agency region').inputValue()).toBe('eastern_europe');

    const partTime = structuredClone(input);
    partTime.team.members = [{ level: 'senior', region: 'eastern_europe', spec: 'backend', count: 1, allocation: 100 }];
    Object.assign(partTime.team, { engagement: 'part_time', hoursPerWeek: 20, agencyRegion: 'eastern_europe' });
    const expected = estimateBudget(partTime, editedCard);
    // The part-time team is the full-time retainer × (20 × 52/12) ÷ 160 of the same person.
    const fullTime = estimateBudget({ ...partTime, team: { ...partTime.team, engagement: 'monthly_retainer' } }, editedCard);
    expect(expected.lines.team.mid).toBeCloseTo((fullTime.lines.team.mid * 20 * 52) / 12 / 160, 6);
    expect(expected.byHireType.agency.mid).toBeCloseTo((fullTime.byHireType.agency.mid * 20 * 52) / 12 / 160, 6);
    await until(
      () => w.getByLabel('Live estimate').innerText(),
      (t) => t.includes(`Team cost ${shown(expected.lines.team.mid)}`),
      'the part-time team cost',
    );
    await w.getByRole('button', { name: 'Next' }).click();
    await w.getByRole('button', { name: 'Next' }).click();
    expect(await w.getByRole('table', { name: 'Budget' }).innerText()).toContain(shown(expected.total.mid));
    const contractor = await w.getByRole('table', { name: 'Contractor total cost' }).innerText();
    expect(contractor).toContain(shown(expected.byHireType.full_time.mid)); // beside the loaded US hire
    await w.getByRole('button', { name: 'Create budget sheet' }).click();
    await w.getByText('Created the sheet “Budget – Checkout (3)”, using your rate card').waitFor();
    await openTab('Budget – Checkout (3)');

    const onSheet = await until(totals, (t) => t[1] !== '', 'the part-time totals');
    expect(onSheet).toEqual([shown(expected.total.low), shown(expected.total.mid), shown(expected.total.high)]);
    expect(await cell('A1').getAttribute('data-value')).toBe('Budget – Checkout (3)'); // the title names its own tab
    const hours = await rowOf('Hours worked a month');
    expect(Number(await cell(`B${hours}`).getAttribute('data-value'))).toBeCloseTo((20 * 52) / 12, 1);
  });
});
