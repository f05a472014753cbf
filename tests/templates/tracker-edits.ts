// The edit × action matrix of the tracker (tracker-edits-*.test.ts): a seeded tracker, the edits
// people make to its sheets, the four things the add-on does with it, and a view of the sheets by
// header that does not care where columns or rows went.
import { expect } from 'vitest';
import type { CandidateAdded, DebriefView, ScoringContext } from '../../src/domain/scoring/api';
import { debriefCells } from '../../src/sheets/tracker/debrief-sheet';
import { cellText } from '../../src/sheets/cell-text';
import { CANDIDATE_COLUMNS, DEBRIEF_COLUMNS } from '../../src/sheets/tracker/layout';
import {
  deserializeWorkbook,
  loadAddon,
  serializeWorkbook,
  type Addon,
  type SheetsBehaviour,
  type WorkbookJSON,
} from '../../playground/emulator';
import { FLAG_IDS, call, insertTracker, newAddon, scorecard } from './tracker-fixture';

export type Part = 'candidates' | 'scorecards' | 'rules' | 'checklist';

/** The sheet of a tracker part, found as the add-on finds it (developer metadata), or null. */
export function partSheet(addon: Addon, part: Part): Sheet | null {
  const tag = addon.spreadsheet
    .createDeveloperMetadataFinder()
    .withKey('devrate.tracker')
    .find()
    .find((m) => m.getValue()!.startsWith(`1:${part}:`));
  return (tag?.getLocation().getSheet() as unknown as Sheet) ?? null;
}

/** The header row's index in a sheet's values: the first row naming a "Candidate" column (people may insert rows above it), else 0. */
const headerAt = (values: unknown[][]) =>
  Math.max(
    0,
    values.findIndex((row) => row.includes('Candidate')),
  );

/** The header row of a tracker table (1-based), wherever people moved it. */
export function headerRowOf(sheet: Sheet): number {
  return headerAt(sheet.getDataRange().getValues()) + 1;
}

/** The column of a header on a sheet (1-based). */
export function columnOf(sheet: Sheet, header: string): number {
  const values = sheet.getDataRange().getValues();
  const i = values[headerAt(values)].indexOf(header);
  if (i < 0) throw new Error(`No column "${header}" on ${sheet.getName()}`);
  return i + 1;
}

/** The first row below the header with no candidate in it (1-based). */
export function firstRowWithoutCandidate(sheet: Sheet): number {
  const values = sheet.getDataRange().getValues();
  const header = headerAt(values);
  const column = values[header].indexOf('Candidate');
  const free = values.findIndex((row, r) => r > header && row[column] === '');
  return (free < 0 ? values.length : free) + 1;
}

/** What a formula shows when it fails (the code, as getValues gives it). */
const isError = (v: unknown) => typeof v === 'string' && /^#(REF!|NAME\?|VALUE!|N\/A|DIV\/0!|NUM!|ERROR!)$/.test(v);

let seeded: WorkbookJSON | undefined;

/**
 * Ana, Bo and Cy with profiles; Ana scored by Ben and Cleo (a red flag) and revealed, Bo scored by
 * Ben (the middle row) and still sealed, Cy not scored yet. Built once (under the beliefs the
 * emulator assumes); behaviour: beliefs switched for what is done with it afterwards.
 */
export function seededTracker(behaviour: Partial<SheetsBehaviour> = {}): Addon {
  if (!seeded) {
    const addon = newAddon();
    insertTracker(addon);
    call(addon, 'addCandidate', {
      trackerId: 1,
      name: 'Ana',
      stage: 'interview',
      level: 'senior',
      region: 'eastern_europe',
      spec: 'backend',
      quote: 70,
    });
    call(addon, 'addCandidate', { trackerId: 1, name: 'Bo', stage: 'screening', years: 3, region: 'asia', spec: 'ai', quote: 40 });
    call(addon, 'addCandidate', { trackerId: 1, name: 'Cy', stage: 'take-home', level: 'mid', region: 'latin_america', spec: 'backend' });
    call(addon, 'submitScorecard', scorecard('Ana', 'Ben', [4, 3, 4, 3, 3, null], { notes: 'clear on indexes' }));
    call(addon, 'submitScorecard', scorecard('Bo', 'Ben', [3, 3, 3, 3, 3, 3]));
    call(addon, 'submitScorecard', scorecard('Ana', 'Cleo', [2, 3, 2, 3, 4, 2], { redFlags: [FLAG_IDS[0]], vote: 'No' }));
    call(addon, 'revealScores', { trackerId: 1, candidate: 'Ana', interviewer: 'Ben' });
    seeded = serializeWorkbook(addon.workbook);
  }
  const addon = loadAddon({ strictLock: true, addonName: 'DevRate', workbook: deserializeWorkbook(structuredClone(seeded)), behaviour });
  addon.open('FULL');
  return addon;
}

// ---- the view ---------------------------------------------------------------------------------

/** Columns people added during an edit: theirs, compared on their own. */
export const PEOPLES_HEADER = 'Email';

/** When a reveal happened (yyyy-mm-dd hh:mm) depends on the clock, not on the edit. */
const REVEAL_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
const cell = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === 'string' && REVEAL_TIME.test(v) ? '<time>' : v);
/** An answer with its reveal times left out. */
const timeless = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null, (_key, v: unknown) => cell(v)));

/**
 * Every row below the header with something in it, as "header → value", one JSON string per row.
 * Left out: people's own columns, and columns whose header shows an error (no name to know them
 * by; what people typed there is in their snapshot).
 */
export function view(sheet: Sheet | null): string[] {
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const at = headerAt(values);
  const header = values[at];
  const named = (i: number) => header[i] !== PEOPLES_HEADER && header[i] !== '' && !isError(header[i]);
  return values
    .slice(at + 1)
    .filter((row) => row.some((v, i) => named(i) && v !== '' && v !== false))
    .map((row) =>
      JSON.stringify(
        Object.fromEntries(
          header
            .map((h, i) => [String(h), cell(row[i]), named(i)] as const)
            .filter(([, , keep]) => keep)
            .map(([h, v]) => [h, v])
            .sort(([a], [b]) => String(a).localeCompare(String(b))),
        ),
      ),
    );
}

export interface Snapshot {
  candidates: string[];
  scorecards: string[];
  rules: string[];
  /** Values in people's own columns, wherever they are, and values typed where a formula writes (its header shows an error). */
  peoples: string[];
}

export function snapshot(addon: Addon): Snapshot {
  const peoples = (['candidates', 'scorecards'] as const).flatMap((part) => {
    const sheet = partSheet(addon, part);
    if (!sheet) return [];
    const values = sheet.getDataRange().getValues();
    const header = values[headerAt(values)];
    return header.flatMap((h, i) =>
      h === PEOPLES_HEADER || isError(h)
        ? values
            .map((row) => row[i])
            .filter((v) => v !== '' && v !== h && !isError(v))
            .map((v) => `${String(h)}: ${String(v)}`)
        : [],
    );
  });
  return {
    candidates: view(partSheet(addon, 'candidates')),
    scorecards: view(partSheet(addon, 'scorecards')),
    rules: view(partSheet(addon, 'rules')),
    peoples,
  };
}

/** What an action changed: rows gone and rows new, per sheet (order-free). */
export function difference(before: Snapshot, after: Snapshot) {
  const diff = (a: string[], b: string[]) => {
    const left = [...a];
    const added: string[] = [];
    for (const row of b) {
      const i = left.indexOf(row);
      if (i >= 0) left.splice(i, 1);
      else added.push(row);
    }
    return { removed: left.sort(), added: added.sort() };
  };
  return {
    candidates: diff(before.candidates, after.candidates),
    scorecards: diff(before.scorecards, after.scorecards),
    rules: diff(before.rules, after.rules),
    peoples: diff(before.peoples, after.peoples),
  };
}

// ---- the actions -------------------------------------------------------------------------------

export const ACTIONS = {
  'add candidate': (addon: Addon) =>
    call(addon, 'addCandidate', {
      trackerId: 1,
      name: 'Zed',
      stage: 'sourced',
      level: 'junior',
      region: 'western_europe',
      spec: 'ai',
      quote: 35,
      profileUrl: 'https://example.com/zed',
    }).value,
  /** Ana is revealed: the scorecard goes onto the sheet in the open. */
  'submit scorecard': (addon: Addon) =>
    call(addon, 'submitScorecard', scorecard('Ana', 'Dee', [1, 2, 4, null, 3, 3], { redFlags: [FLAG_IDS[1]], notes: 'pairing went well' }))
      .value,
  /** Cy is not: a sealed row, the scorecard in the seal store. */
  'seal scorecard': (addon: Addon) =>
    call(addon, 'submitScorecard', scorecard('Cy', 'Dee', [3, 3, null, 4, 2, 3], { notes: 'solid take-home', vote: 'Strong yes' })).value,
  'reveal scores': (addon: Addon) => call(addon, 'revealScores', { trackerId: 1, candidate: 'Cy', interviewer: 'Dee' }).value,
  'read debrief': (addon: Addon) => call(addon, 'getDebrief', { trackerId: 1, candidate: 'ana', interviewer: 'Ben' }).value,
  recompute: (addon: Addon) => recomputed(addon),
} as const;
export type Action = keyof typeof ACTIONS;

/**
 * "Recompute": every candidate's debrief on the sheet against what the sidebar shows for them
 * (getDebrief, through the one mapping of the layout's debrief columns), by header; blank for a candidate not
 * revealed yet. A refusal of the sidebar's is the action's. Answers the sheet's figures per candidate.
 */
export function recomputed(addon: Addon): Record<string, unknown> {
  const candidates = view(partSheet(addon, 'candidates')).map((r) => JSON.parse(r) as Record<string, unknown>);
  const headerOf = new Map(CANDIDATE_COLUMNS.map((c) => [c.key, c.header]));
  const figures: Record<string, unknown> = {};
  for (const row of candidates) {
    const name = cellText(row.Candidate).trim();
    if (!name) continue;
    const revealed = cellText(row['Revealed by']).trim() !== '';
    const wanted = debriefCells(
      revealed ? call<DebriefView>(addon, 'getDebrief', { trackerId: 1, candidate: name, interviewer: 'Ben' }).value : null, // sealed: blank
    );
    // The columns the sheet still shows (an edit may have deleted or broken one).
    const keys = DEBRIEF_COLUMNS.map((c) => c.key).filter((k) => headerOf.get(k)! in row);
    expect(Object.fromEntries(keys.map((k) => [k, row[headerOf.get(k)!]])), `debrief of ${name}`).toEqual(
      Object.fromEntries(keys.map((k) => [k, wanted[k]])),
    );
    figures[name] = {
      scorecards: row.Scorecards,
      weighted: row['Weighted score'],
      votes: row.Votes,
      votesAgainst: row['Votes against'],
      disagreements: row.Disagreements,
      redFlags: row['Red flags'],
      recommendation: row.Recommendation,
    };
  }
  return figures;
}

// ---- the edits and the check ------------------------------------------------------------------

export type Outcome = 'same' | RegExp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export interface Edit {
  name: string;
  apply: (addon: Addon) => void;
  /** What each action does after the edit (default: the same as on the pristine tracker). */
  outcomes?: Partial<Record<Action, Outcome>>;
}

const sheetOf = (addon: Addon, part: Part) => partSheet(addon, part)!;
/** A person inserts a column and types a header and a value into it. */
const insertColumn = (part: Part, where: (sheet: Sheet) => number) => (addon: Addon) => {
  const sheet = sheetOf(addon, part);
  const column = where(sheet);
  sheet.insertColumnBefore(column);
  sheet.getRange(1, column).setValue(PEOPLES_HEADER);
  sheet.getRange(2, column).setValue('ana@example.com');
};
const tableWidth = (sheet: Sheet) =>
  sheet
    .getRange(1, 1, 1, sheet.getMaxColumns())
    .getValues()[0]
    .filter((h) => h !== '').length;

const LOST = (sheet: string) =>
  new RegExp(`lost its ${sheet} sheet \\(it was deleted\\)\\. Use DevRate > Repair tracker to add it back\\.`);
const NO_WEIGHTS =
  /The scoring weights of this tracker are gone \(the named range DevRateWeights was removed\)\. Use DevRate > Repair tracker/;

/** Every action refused the same way ("recompute" asks the sidebar, which refuses too). */
const everyAction = (outcome: RegExp) => Object.fromEntries((Object.keys(ACTIONS) as Action[]).map((a) => [a, outcome]));

export const EDITS: Edit[] = [
  ...(['candidates', 'scorecards'] as const).flatMap((part): Edit[] => [
    { name: `insert a column before the ${part} table`, apply: insertColumn(part, () => 1) },
    { name: `insert a column inside the ${part} table`, apply: insertColumn(part, () => 2) },
    { name: `insert a column after the ${part} table`, apply: insertColumn(part, (sheet) => tableWidth(sheet) + 1) },
    {
      name: `move a column of the ${part} table`,
      apply: (addon) => {
        const sheet = sheetOf(addon, part);
        sheet.moveColumns(sheet.getRange(1, 3), 1); // Stage / Date to the front
      },
    },
    {
      name: `hide a column of the ${part} table`,
      apply: (addon) => {
        const sheet = sheetOf(addon, part);
        sheet.hideColumns(columnOf(sheet, part === 'candidates' ? 'Region' : 'Interviewer'));
      },
    },
    { name: `delete a middle row of the ${part} table`, apply: (addon) => sheetOf(addon, part).deleteRow(3) },
    {
      name: `type in the next empty row of the ${part} table`,
      apply: (addon) => {
        const sheet = sheetOf(addon, part);
        sheet.getRange(5, columnOf(sheet, part === 'candidates' ? 'Reference 1' : 'Notes')).setValue('call back Friday');
      },
    },
    { name: `clear a name in the ${part} table`, apply: (addon) => sheetOf(addon, part).getRange('A3').clearContent() },
    {
      // The header and its array formulas move down a row; the frozen row stays the first, now a title.
      name: `insert a row above the ${part} header`,
      apply: (addon) => {
        const sheet = sheetOf(addon, part);
        const header = headerRowOf(sheet);
        sheet.insertRowBefore(header);
        sheet.getRange(header, 1).setValue(`Our ${part}, spring 2026`);
      },
    },
  ]),
  {
    // A note typed in a debrief column below the candidates: it stays (DevRate writes only
    // candidates' rows) and its row counts as used.
    name: 'type in a computed column of the candidates table',
    apply: (addon) => {
      const sheet = sheetOf(addon, 'candidates');
      sheet.getRange(firstRowWithoutCandidate(sheet), columnOf(sheet, 'Weighted score')).setValue('ask Ben');
    },
  },
  // The drift cases: what people type where a dropdown or a number was expected.
  {
    name: 'type a weight as text',
    apply: (addon) => addon.spreadsheet.getRangeByName('DevRateWeights')!.getCell(1, 1).setValue("'1"),
  },
  {
    name: 'type a vote in lower case, the dropdown cleared',
    apply: (addon) => {
      const sheet = sheetOf(addon, 'scorecards');
      const vote = sheet.getRange(2, columnOf(sheet, 'Overall vote'));
      vote.clearDataValidations();
      vote.setValue(' yes ');
    },
  },
  {
    name: 'delete a score column and type it back by hand at the end',
    apply: (addon) => {
      const sheet = sheetOf(addon, 'scorecards');
      const at = columnOf(sheet, 'Database');
      const values = sheet.getRange(1, at, sheet.getMaxRows(), 1).getValues();
      sheet.deleteColumn(at);
      const end = tableWidth(sheet) + 1;
      sheet.getRange(1, end, values.length, 1).setValues(values.map(([v]) => [typeof v === 'number' ? `'${v}` : v]));
    },
  },
  {
    name: 'delete the Stage column of the candidates table',
    apply: (addon) => sheetOf(addon, 'candidates').deleteColumn(columnOf(sheetOf(addon, 'candidates'), 'Stage')),
    outcomes: {
      'add candidate':
        /The sheet "Candidates" has no "Stage" column any more \(deleted, or its header renamed\)\. Use DevRate > Repair tracker to add it back\. Nothing was added\./,
    },
  },
  {
    name: 'delete the Interviewer column of the scorecards table',
    apply: (addon) => sheetOf(addon, 'scorecards').deleteColumn(columnOf(sheetOf(addon, 'scorecards'), 'Interviewer')),
    outcomes: {
      // The sidebar's list says who has submitted: without the column it cannot.
      'add candidate': /The sheet "Scorecards" has no "Interviewer" column any more .* Nothing was added\./,
      'submit scorecard': /The sheet "Scorecards" has no "Interviewer" column any more .* Your scorecard was not saved\./,
      'seal scorecard': /The sheet "Scorecards" has no "Interviewer" column any more .* Your scorecard was not saved\./,
      'reveal scores': /The sheet "Scorecards" has no "Interviewer" column any more .* Nothing was revealed\./,
      'read debrief': /The sheet "Scorecards" has no "Interviewer" column any more .* Nothing was changed\./,
      recompute: /The sheet "Scorecards" has no "Interviewer" column any more .* Nothing was changed\./,
    },
  },
  ...(['candidates', 'scorecards', 'rules', 'checklist'] as const).map((part): Edit => ({
    name: `rename the ${part} sheet`,
    apply: (addon) => sheetOf(addon, part).setName(`Our ${part}`),
  })),
  {
    name: 'delete the candidates sheet',
    apply: (addon) => addon.spreadsheet.deleteSheet(sheetOf(addon, 'candidates')),
    outcomes: { ...everyAction(LOST('Candidates')), recompute: 'same' },
  },
  {
    name: 'delete the scorecards sheet',
    apply: (addon) => addon.spreadsheet.deleteSheet(sheetOf(addon, 'scorecards')),
    outcomes: everyAction(LOST('Scorecards')),
  },
  {
    name: 'delete the rules sheet',
    apply: (addon) => addon.spreadsheet.deleteSheet(sheetOf(addon, 'rules')),
    // Every action that writes the debrief refuses before writing anything.
    outcomes: {
      'submit scorecard': NO_WEIGHTS,
      'seal scorecard': NO_WEIGHTS,
      'reveal scores': NO_WEIGHTS,
      'read debrief': NO_WEIGHTS,
      recompute: NO_WEIGHTS,
    },
  },
  { name: 'delete the checklist sheet', apply: (addon) => addon.spreadsheet.deleteSheet(sheetOf(addon, 'checklist')) },
];

export type Pristine = Record<Action, { value: unknown; change: ReturnType<typeof difference> }>;

/** The actions in turn on the pristine tracker: their answers and what each changed. */
export function pristineRun(): Pristine {
  const addon = seededTracker();
  const out = {} as Pristine;
  for (const action of Object.keys(ACTIONS) as Action[]) {
    const before = snapshot(addon);
    const value = ACTIONS[action](addon);
    out[action] = { value: timeless(value), change: difference(before, snapshot(addon)) };
  }
  return out;
}

/**
 * The header texts of the tracker's sheets now, less the columns showing errors below their
 * header (an edit that breaks a column's formulas is checked by "recompute": errors, not wrong figures).
 */
function headersOf(addon: Addon): Record<'candidates' | 'scorecards' | 'rules', Set<string>> {
  const of = (part: Part) => {
    const sheet = partSheet(addon, part);
    if (!sheet) return new Set<string>();
    const values = sheet.getDataRange().getValues();
    const at = headerAt(values);
    return new Set(values[at].filter((_, i) => !values.slice(at + 1).some((row) => isError(row[i]))).map(String));
  };
  return { candidates: of('candidates'), scorecards: of('scorecards'), rules: of('rules') };
}

/** A change with each row cut down to the given headers. */
function withHeaders(change: ReturnType<typeof difference>, headers: ReturnType<typeof headersOf>): ReturnType<typeof difference> {
  const cut = (rows: string[], keep: Set<string>) =>
    rows
      .map((row) =>
        JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(row) as Record<string, unknown>).filter(([h]) => keep.has(h)))),
      )
      .sort();
  const part = (name: 'candidates' | 'scorecards' | 'rules') => ({
    removed: cut(change[name].removed, headers[name]),
    added: cut(change[name].added, headers[name]),
  });
  return { candidates: part('candidates'), scorecards: part('scorecards'), rules: part('rules'), peoples: change.peoples };
}

/** A debrief lists scorecards and who submitted in sheet order, which sorting changes: compare them by interviewer. */
function inAnyOrder(value: unknown): unknown {
  const debrief = value as { scorecards?: { interviewer: string; row?: number }[]; status?: { submitted: string[] } };
  if (!Array.isArray(debrief?.scorecards)) return value;
  const status = debrief.status && { ...debrief.status, submitted: [...debrief.status.submitted].sort() };
  // A scorecard's sheet row (which names duplicates) moves with sorts, inserts and deletes: where it sits, not what it says.
  const scorecards = debrief.scorecards.map(({ row: _row, ...card }) => card);
  return { ...debrief, status, scorecards: scorecards.sort((a, b) => a.interviewer.localeCompare(b.interviewer)) };
}

/** The names the sidebar lists when it loads. */
const listedNames = (addon: Addon) =>
  (addon.run('getScoringContext', [1], { fromClient: true }).value as ScoringContext).candidates.map((c) => c.name);

/** Runs the actions in turn after an edit, each checked against the pristine run. */
export function checkEdit(edit: Edit, pristine: Pristine): void {
  const addon = seededTracker();
  edit.apply(addon);
  for (const action of Object.keys(ACTIONS) as Action[]) {
    const outcome = edit.outcomes?.[action] ?? 'same';
    const before = snapshot(addon);
    if (outcome === 'same') {
      const value = ACTIONS[action](addon);
      const change = difference(before, snapshot(addon));
      if (action === 'add candidate') {
        expect((value as CandidateAdded).candidate.name, action).toBe('Zed');
        expect(listedNames(addon), action).toContain('Zed');
      } else if (action !== 'recompute') expect(inAnyOrder(timeless(value)), action).toEqual(inAnyOrder(pristine[action].value));
      // Compared on the headers both layouts have (an edit may have deleted a column).
      const shared = (c: ReturnType<typeof difference>) => withHeaders(c, headersOf(addon));
      expect(shared(change), `${action}: what changed`).toEqual(shared(pristine[action].change));
    } else {
      expect(() => ACTIONS[action](addon), action).toThrow(outcome);
      expect(difference(before, snapshot(addon)), `${action}: nothing changed`).toEqual(difference(before, before));
    }
  }
}
