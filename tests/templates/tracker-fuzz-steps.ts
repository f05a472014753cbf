// The steps of the tracker's model-based fuzz (tracker-fuzz.ts): what a team does to the
// tracker's sheets in the emulator, and what the tracker's sidebars and menu do, as data that
// fast-check generates. Positions are fractions (of a table's rows or columns), so a step fits
// however the sheets have grown or been rearranged before it.
import fc from 'fast-check';
import { LEVELS, REGIONS, SPECS } from '../../src/domain/terms';
import { DEBRIEF_COLUMNS } from '../../src/sheets/tracker/layout';

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
/** Where in a table: a fraction of its rows (or columns), so it fits whatever the table's size. */
const at = fc.integer({ min: 0, max: 999 }).map((n) => n / 1000);
const part = pick(['candidates', 'scorecards'] as const);
export type TablePart = 'candidates' | 'scorecards';

/** Interviewers and the accounts they use (Ben and Cleo scored the seeded tracker from the default account). */
export const INTERVIEWERS = {
  Ben: 'user@example.com',
  Cleo: 'user@example.com',
  Dee: 'dee@example.com',
  Eve: 'eve@example.com',
} as const;
export type Interviewer = keyof typeof INTERVIEWERS;
const interviewer = pick(Object.keys(INTERVIEWERS) as Interviewer[]);

/** Columns a person types a note into (free text): DevRate's or their own. */
export const NOTE_COLUMNS = { candidates: ['ref1', 'people'], scorecards: ['notes', 'people'] } as const;
/** Columns DevRate computes on the Candidates sheet: an array formula's cells, and the debrief's values. */
export const COMPUTED_COLUMNS = ['market', 'rate_check', ...DEBRIEF_COLUMNS.map((c) => c.key)] as const;

export type Step =
  // A team's edits.
  | { kind: 'insert a column'; part: TablePart; at: number }
  | { kind: 'delete a column'; part: TablePart; at: number }
  | { kind: 'move a column'; part: TablePart; from: number; to: number }
  | { kind: 'sort'; part: TablePart; column: number; ascending: boolean }
  | { kind: 'insert a row'; part: TablePart; at: number }
  | { kind: 'delete a row'; part: TablePart; at: number }
  | { kind: 'type a note'; part: TablePart; at: number; column: number; below: boolean }
  | { kind: 'type a score'; at: number; question: number; score: number }
  | { kind: 'type a profile'; at: number; field: 'level' | 'region' | 'spec' | 'years' | 'quote'; choice: number }
  | { kind: 'type over a computed cell'; at: number; column: number }
  | { kind: 'clear a cell'; part: TablePart; at: number; column: number }
  | { kind: 'rename a tab'; part: TablePart | 'rules' }
  | { kind: 'copy a row below the table'; part: TablePart; at: number }
  | { kind: 'merge cells'; part: TablePart; at: number; column: number; width: number }
  | { kind: 'merge header cells'; part: TablePart; column: number }
  | { kind: 'paste a row as values'; part: TablePart; at: number }
  | { kind: 'paste the sheet as values'; part: TablePart }
  | { kind: 'filter'; part: TablePart; at: number }
  | { kind: 'sort with the header'; part: TablePart; column: number; ascending: boolean }
  | { kind: 'delete the header row'; part: TablePart }
  | { kind: 'type a weight'; question: number; weight: number | string }
  | { kind: 'sort the weights'; ascending: boolean }
  | { kind: 'insert a row inside the weights'; at: number }
  // The tracker's actions, as the sidebars and the menu call them.
  | { kind: 'add candidate'; level: number; region: number; spec: number; quote: number }
  | { kind: 'submit scorecard'; at: number; interviewer: Interviewer; scores: (number | null)[]; vote: number }
  | { kind: 'reveal'; at: number; interviewer: Interviewer }
  | { kind: 'set panel'; at: number; interviewer: Interviewer; panel: Interviewer[] }
  | { kind: 'refresh debrief' }
  | { kind: 'repair' };

const edit = <K extends Step['kind']>(weight: number, kind: K, rest: Record<string, fc.Arbitrary<unknown>>) => ({
  weight,
  arbitrary: fc.record({ kind: fc.constant(kind), ...rest }),
});

export const stepArbitrary = fc.oneof(
  edit(2, 'insert a column', { part, at }),
  edit(1, 'delete a column', { part, at }),
  edit(2, 'move a column', { part, from: at, to: at }),
  edit(2, 'sort', { part, column: at, ascending: fc.boolean() }),
  edit(2, 'insert a row', { part, at }),
  edit(2, 'delete a row', { part, at }),
  edit(3, 'type a note', { part, at, column: at, below: fc.boolean() }),
  edit(3, 'type a score', { at, question: fc.integer({ min: 0, max: 5 }), score: fc.integer({ min: 1, max: 4 }) }),
  edit(2, 'type a profile', {
    at,
    field: pick(['level', 'region', 'spec', 'years', 'quote'] as const),
    choice: fc.integer({ min: 0, max: 20 }),
  }),
  edit(2, 'type over a computed cell', { at, column: fc.integer({ min: 0, max: COMPUTED_COLUMNS.length - 1 }) }),
  edit(2, 'clear a cell', { part, at, column: at }),
  edit(1, 'rename a tab', { part: pick(['candidates', 'scorecards', 'rules'] as const) }),
  edit(1, 'copy a row below the table', { part, at }),
  edit(1, 'merge cells', { part, at, column: at, width: fc.integer({ min: 2, max: 3 }) }),
  edit(1, 'merge header cells', { part, column: at }),
  edit(1, 'paste a row as values', { part, at }),
  edit(1, 'paste the sheet as values', { part }),
  edit(1, 'filter', { part, at }),
  edit(1, 'sort with the header', { part, column: at, ascending: fc.boolean() }),
  edit(1, 'delete the header row', { part }),
  edit(2, 'type a weight', {
    question: fc.integer({ min: 0, max: 5 }),
    weight: fc.oneof(fc.integer({ min: 0, max: 5 }), pick(['high', "'2", ''])),
  }),
  edit(1, 'sort the weights', { ascending: fc.boolean() }),
  edit(1, 'insert a row inside the weights', { at }),
  edit(3, 'add candidate', {
    level: fc.integer({ min: -1, max: LEVELS.length - 1 }),
    region: fc.integer({ min: 0, max: REGIONS.length - 1 }),
    spec: fc.integer({ min: 0, max: SPECS.length - 1 }),
    quote: fc.integer({ min: 20, max: 200 }),
  }),
  edit(5, 'submit scorecard', {
    at,
    interviewer,
    scores: fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 4 }), { minLength: 6, maxLength: 6 }),
    vote: fc.integer({ min: 0, max: 3 }),
  }),
  edit(3, 'reveal', { at, interviewer }),
  edit(2, 'set panel', { at, interviewer, panel: fc.uniqueArray(interviewer, { maxLength: 3 }) }),
  edit(1, 'refresh debrief', {}),
  edit(3, 'repair', {}),
) as fc.Arbitrary<Step>;
