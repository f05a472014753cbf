// Spreadsheets the hardening tests start from, built once per test file through the add-on's own
// menu actions and endpoints, then saved as JSON so each batch of cases starts from a fresh copy.
//
// The candidate tracker's formulas (≈1,300 of them, recomputed by HyperFormula after every write)
// are dropped from the copies the property tests use: the endpoints read and write only the
// typed columns through the tracker's named ranges, so the checks lose nothing, and a call costs
// milliseconds instead of most of a second.
import { serializeWorkbook, type Addon, type WorkbookJSON } from '../../playground/emulator';
import { addonOver, clientCall } from './harness';
import { SCRIPT_PAYLOADS } from './payloads';

export function saved(addon: Addon): WorkbookJSON {
  return serializeWorkbook(addon.workbook);
}

/**
 * Keeps each cell's value and number format (dates read back as the sheet shows them) and the
 * computed columns' array formulas (every action refuses a tracker whose computed column lost its
 * formula); drops the other formulas, styles, rules.
 */
export function valuesOnly(json: WorkbookJSON): WorkbookJSON {
  const copy = structuredClone(json);
  const isArray = (formula: string | undefined) => formula?.startsWith('=ARRAYFORMULA(') === true;
  for (const sheet of copy.sheets) {
    sheet.cells = sheet.cells
      .filter(
        ([, , cell]) =>
          (cell.value !== undefined && cell.value !== '' && cell.formula === undefined) ||
          cell.numberFormat !== undefined ||
          isArray(cell.formula),
      )
      .map(([row, col, cell]) => [
        row,
        col,
        isArray(cell.formula)
          ? { formula: cell.formula, numberFormat: cell.numberFormat }
          : cell.formula === undefined
            ? { value: cell.value, numberFormat: cell.numberFormat }
            : { numberFormat: cell.numberFormat },
      ]);
    sheet.conditionalFormats = [];
    sheet.protections = [];
    sheet.charts = [];
  }
  return copy;
}

export function must(outcome: ReturnType<typeof clientCall>, what: string): unknown {
  if (!outcome.ok) throw new Error(`${what}: ${outcome.message}`);
  return outcome.value;
}

export const SEEDED_CANDIDATES = ['Ana Lima', 'Bo Chen', '+44 Dev', `Eve ${SCRIPT_PAYLOADS[0]}`, 'Zoë Ångström'] as const;
export const SEEDED_INTERVIEWERS = ['Ben', 'Cleo', '@dana', `Finn ${SCRIPT_PAYLOADS[1]}`] as const;
/** Revealed on the seeded tracker: the rest stay sealed. */
export const SEEDED_REVEALED = ['Bo Chen'] as const;
/** Who scored whom on the seeded tracker (notes: "<interviewer> on <candidate>"). */
export const SEEDED_SCORECARDS: readonly (readonly [string, string])[] = [
  ['Ana Lima', 'Ben'],
  ['Ana Lima', 'Cleo'],
  ['Bo Chen', 'Ben'],
  [SEEDED_CANDIDATES[3], SEEDED_INTERVIEWERS[3]],
];

let trackerTemplate: WorkbookJSON | undefined;

/**
 * A spreadsheet with one candidate tracker (values only), the seeded candidates and scorecards.
 */
export function trackerWorkbook(): WorkbookJSON {
  if (!trackerTemplate) {
    const real = addonOver();
    must(clientCall(real, 'insertCandidateTracker', []), 'insert tracker');
    const addon = addonOver(valuesOnly(saved(real)));
    for (const name of SEEDED_CANDIDATES)
      must(clientCall(addon, 'addCandidate', [{ trackerId: 1, name, level: 'senior', quote: 60 }]), `add ${name}`);
    const score = (candidate: string, interviewer: string, scores: Record<string, number>) =>
      must(
        clientCall(addon, 'submitScorecard', [
          {
            trackerId: 1,
            candidate,
            interviewer,
            round: 'technical',
            date: '2026-05-04',
            vote: 'Yes',
            scores,
            redFlags: [],
            notes: `${interviewer} on ${candidate}`,
          },
        ]),
        'score',
      );
    SEEDED_SCORECARDS.forEach(([candidate, interviewer], i) =>
      score(candidate, interviewer, { system_design: 1 + (i % 4), database: 4 - (i % 4) }),
    );
    // Bo Chen revealed; the others sealed, Ana Lima with a panel still waiting for @dana.
    must(clientCall(addon, 'revealScores', [{ trackerId: 1, candidate: 'Bo Chen', interviewer: 'Ben' }]), 'reveal');
    must(
      clientCall(addon, 'setPanel', [
        { trackerId: 1, candidate: 'Ana Lima', panel: ['Ben', 'Cleo', '@dana'], expected: '', interviewer: 'Ben' },
      ]),
      'panel',
    );
    trackerTemplate = saved(addon);
  }
  return structuredClone(trackerTemplate);
}

/** The seeded tracker with every Candidates and Scorecards row used: one more of either grows the sheet. */
export function fullTrackerWorkbook(): WorkbookJSON {
  const addon = addonOver(trackerWorkbook());
  for (const [title, columns] of [
    ['Candidates', 1],
    ['Scorecards', 2],
  ] as const) {
    const sheet = addon.spreadsheet.getSheetByName(title)!;
    const used = sheet
      .getRange(2, 1, sheet.getMaxRows() - 1, 1)
      .getValues()
      .filter((row) => row[0] !== '').length;
    const free = sheet.getMaxRows() - 1 - used;
    sheet
      .getRange(2 + used, 1, free, columns)
      .setValues(Array.from({ length: free }, (_, i) => [`Person ${i + 1}`, 'Someone'].slice(0, columns)));
  }
  return saved(addon);
}

/** The tracker after someone deleted its Scorecards sheet. */
export function brokenTrackerWorkbook(): WorkbookJSON {
  const addon = addonOver(trackerWorkbook());
  addon.spreadsheet.deleteSheet(addon.spreadsheet.getSheetByName('Scorecards')!);
  return saved(addon);
}

let cardTemplate: WorkbookJSON | undefined;

/** A spreadsheet with a rate card from both sources. */
export function rateCardWorkbook(): WorkbookJSON {
  if (!cardTemplate) {
    const addon = addonOver();
    must(clientCall(addon, 'insertRateCard', ['both']), 'insert rate card');
    cardTemplate = saved(addon);
  }
  return structuredClone(cardTemplate);
}

/** The rate card, renamed by its owner to markup, with text, dates and junk typed into its rows. */
export function scribbledRateCardWorkbook(): WorkbookJSON {
  const addon = addonOver(rateCardWorkbook());
  const card = addon.spreadsheet.getRangeByName('DevRateCard')!;
  card.getSheet().setName(SCRIPT_PAYLOADS[0]);
  const spare = card.getNumRows() - 3;
  card.offset(spare, 0, 3, 7).setValues([
    ['hourly', 'senior', 'asia', 'ai', 10, 20, 'my note'],
    ['salary', 'mid', '', '', 90_000, 120_000, new Date(Date.UTC(2026, 4, 1))],
    ['', '', '', '', '', '', `${'long '.repeat(2_000)}\u202E👩‍💻`],
  ]);
  return saved(addon);
}

/** The rate card with a row the functions refuse (low above high): budgets must not be written. */
export function brokenRateCardWorkbook(): WorkbookJSON {
  const addon = addonOver(rateCardWorkbook());
  const card = addon.spreadsheet.getRangeByName('DevRateCard')!;
  const low = (card.getValues()[0] as string[]).indexOf('low');
  card.offset(1, low, 1, 2).setValues([[900, 10]]);
  return saved(addon);
}

/** The name of a tracker's sheet, found as the add-on finds it (developer metadata). */
export function trackerSheetName(addon: Addon, part: 'candidates' | 'scorecards', trackerId = 1): string {
  const tag = addon.spreadsheet
    .createDeveloperMetadataFinder()
    .withKey('devrate.tracker')
    .find()
    .find((m) => m.getValue()!.startsWith(`${trackerId}:${part}:`));
  return tag!.getLocation().getSheet()!.getName();
}
