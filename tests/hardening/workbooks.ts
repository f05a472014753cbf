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

/** Keeps each cell's value and number format (dates read back as the sheet shows them); drops formulas, styles, rules. */
export function valuesOnly(json: WorkbookJSON): WorkbookJSON {
  const copy = structuredClone(json);
  for (const sheet of copy.sheets) {
    sheet.cells = sheet.cells
      .filter(
        ([, , cell]) => (cell.value !== undefined && cell.value !== '' && cell.formula === undefined) || cell.numberFormat !== undefined,
      )
      .map(([row, col, cell]) => [
        row,
        col,
        cell.formula === undefined ? { value: cell.value, numberFormat: cell.numberFormat } : { numberFormat: cell.numberFormat },
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
/** Who scored whom on the seeded tracker. */
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
          { trackerId: 1, candidate, interviewer, date: '2026-05-04', scores, redFlags: [], notes: `${interviewer} on ${candidate}` },
        ]),
        'score',
      );
    SEEDED_SCORECARDS.forEach(([candidate, interviewer], i) =>
      score(candidate, interviewer, { system_design: 1 + (i % 4), database: 4 - (i % 4) }),
    );
    trackerTemplate = saved(addon);
  }
  return structuredClone(trackerTemplate);
}

/** The seeded tracker with every free Candidates and Scorecards row taken: one more of either must be refused. */
export function fullTrackerWorkbook(): WorkbookJSON {
  const addon = addonOver(trackerWorkbook());
  for (const [range, columns] of [
    ['DevRateCandidates', 1],
    ['DevRateScorecards', 2],
  ] as const) {
    const table = addon.spreadsheet.getRangeByName(range)!;
    const used = table.getValues().filter((row, i) => i > 0 && row[0] !== '').length;
    const free = table.getNumRows() - 1 - used;
    table
      .offset(1 + used, 0, free, columns)
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
