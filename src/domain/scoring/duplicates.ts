// One scorecard per interviewer and candidate (the sidebar refuses a second submission, see
// server/sealed/access.ts), yet a row copied and pasted on the Scorecards sheet repeats one. The
// rule, applied before anything is counted:
// - Rows of one candidate by the same interviewer (names compared by skeleton, name-skeleton.ts)
//   with the same scores, vote and red flags are one scorecard: the top row counts, each other
//   says "repeats row 9". Whichever is counted the figures are the same, so counting once is exact
//   (notes, date or round may differ: no figure reads them).
// - Rows of one interviewer that differ are a conflict. The sheet records no submission time (a
//   pasted row's date is a copy), so nothing says which row holds the interviewer's judgement;
//   picking one would be silently wrong whenever it is the other. Neither counts (scores, vote nor
//   red flags), both rows say why, and the recommendation asks to resolve it (recommendation.ts)
//   unless other interviewers' red flags stop the candidate anyway, which no choice could change.
// - Rows without an interviewer are nobody in particular: only exact repeats among them count once.
import { hiring } from '../dataset';
import type { ScorecardRecord } from './debrief';
import { nameSkeleton } from './name-skeleton';

/** The rule in one sentence, as the README and the Scoring rules sheet state it. */
export const DUPLICATE_RULE =
  'Duplicates: a Scorecards row that repeats another by the same interviewer for the same candidate (the same scores, vote and red flags) counts once and is marked "Repeats row N"; rows of one interviewer that differ are marked, count for nothing until the wrong one is deleted, and the recommendation says "Resolve duplicate scorecards".';

export interface RepeatedRow {
  interviewer: string;
  /** The repeating row and the row it repeats (Scorecards sheet rows; undefined off the sheet). */
  row?: number;
  of?: number;
}

export interface ConflictingRows {
  interviewer: string;
  /** Two or more rows, top first (undefined off the sheet). */
  rows: (number | undefined)[];
}

export interface Duplicates {
  /** The scorecards that count, each once: no repeat, no row of a conflict. */
  distinct: ScorecardRecord[];
  repeats: RepeatedRow[];
  conflicts: ConflictingRows[];
}

/** What the figures read from a scorecard: two rows alike here give the same debrief. */
function answers(card: ScorecardRecord): string {
  return JSON.stringify([
    hiring.questions.map((q) => card.scores[q.id] ?? null),
    card.vote,
    [...card.redFlags].sort(),
    [...(card.unreadable ?? [])].sort(),
  ]);
}

/** Top row first; cards without a row keep their order after those with one. */
const byRow = (a: ScorecardRecord, b: ScorecardRecord) => (a.row ?? Infinity) - (b.row ?? Infinity);

/** One candidate's scorecards, duplicates found. */
export function findDuplicates(cards: readonly ScorecardRecord[]): Duplicates {
  const groups = new Map<string, ScorecardRecord[]>();
  for (const card of cards) {
    const who = nameSkeleton(card.interviewer);
    // A blank interviewer is grouped with exact repeats only: two different rows are two people.
    const key = who === '' ? `\u0000${answers(card)}` : who;
    const group = groups.get(key);
    if (group) group.push(card);
    else groups.set(key, [card]);
  }
  const left = new Set<ScorecardRecord>();
  const repeats: RepeatedRow[] = [];
  const conflicts: ConflictingRows[] = [];
  for (const group of groups.values()) {
    const rows = [...group].sort(byRow);
    const first = rows[0];
    if (new Set(rows.map(answers)).size > 1) {
      conflicts.push({ interviewer: first.interviewer, rows: rows.map((c) => c.row) });
      continue;
    }
    left.add(first);
    for (const repeat of rows.slice(1)) repeats.push({ interviewer: repeat.interviewer, row: repeat.row, of: first.row });
  }
  return { distinct: cards.filter((c) => left.has(c)), repeats, conflicts };
}

const rowName = (row: number | undefined) => (row === undefined ? 'a row' : `row ${row}`);

/** "row 12 repeats row 9" */
export const repeatText = (r: RepeatedRow) => `${rowName(r.row)} repeats ${rowName(r.of)}`;

/** "rows 9 and 12", "rows 9, 12 and 15" */
function rowsText(rows: readonly (number | undefined)[]): string {
  const named = rows.map((r) => (r === undefined ? 'a row off the sheet' : String(r)));
  return `rows ${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

/** What the debrief's evidence says of the duplicates ('' parts left out). */
export function duplicatesText(d: Pick<Duplicates, 'repeats' | 'conflicts'>): string[] {
  const parts: string[] = [];
  const n = d.repeats.length;
  if (n) parts.push(`${n} duplicate scorecard row${n === 1 ? '' : 's'} (${d.repeats.map(repeatText).join('; ')}): counted once`);
  for (const c of d.conflicts) {
    parts.push(
      `${c.interviewer || 'no interviewer'} has different scorecards in ${rowsText(c.rows)}: neither counted until the wrong one is deleted`,
    );
  }
  return parts;
}

/** What each row of a duplicate says on the Scorecards sheet, by row: the repeat, and every row of a conflict. */
export function duplicateRowFlags(d: Pick<Duplicates, 'repeats' | 'conflicts'>): Map<number, string> {
  const flags = new Map<number, string>();
  for (const r of d.repeats) if (r.row !== undefined) flags.set(r.row, `Repeats ${rowName(r.of)}: counted once`);
  for (const c of d.conflicts) {
    for (const row of c.rows) {
      if (row === undefined) continue;
      const others = c.rows.filter((r) => r !== row);
      const which = others.length === 1 ? rowName(others[0]) : rowsText(others);
      flags.set(row, `Conflicts with ${which} (also ${c.interviewer}'s, different answers): neither counts until the wrong one is deleted`);
    }
  }
  return flags;
}

/** Text DevRate wrote in the flag column (a row that is no longer a scorecard has it cleared; anything else typed there stays). */
export const isDuplicateFlag = (text: string) => /^(Repeats|Conflicts with) (a row|rows? \d)/.test(text);
