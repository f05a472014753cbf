// Adding a candidate from the sidebar: the first entirely empty row of the Candidates sheet; the
// header row's array formulas compute the rest. Call it under the document lock.
import { normalizeName } from '../../domain/scoring/interviewer';
import type { NewCandidatePayload } from '../../domain/scoring/payloads';
import { asText, cellText } from '../cell-text';
import { CANDIDATE_COLUMNS } from './layout';
import type { ListedCandidate } from './reveal-sheet';
import { FreeRows, columnBelow, firstDataRow, namesMatcher, readHead, writeFreeRow } from './targeted-reads';
import { requiredColumn } from './tracker-reads';
import type { OpenTracker } from './tracker-registry';

/** The typed columns the sidebar fills. */
export const ENTRY_KEYS = ['name', 'profile', 'stage', 'level', 'years', 'region', 'spec', 'quote'] as const;
const NOT_ADDED = 'Nothing was added.';

/** Adds the candidate's row; answers it as the list reads it (read back from the sheet). */
export function addCandidateRow(tracker: OpenTracker<'candidates'>, candidate: NewCandidatePayload): ListedCandidate {
  // The header and the name column only: a new row needs no other candidate's cells.
  const head = readHead(tracker.candidates, CANDIDATE_COLUMNS, ENTRY_KEYS, NOT_ADDED);
  const names = columnBelow(head, 'name');
  const existing = names.findIndex(namesMatcher(candidate.name));
  if (existing >= 0)
    throw new Error(
      `"${cellText(names[existing]).trim()}" is already on the Candidates sheet (row ${firstDataRow(head) + existing}). Pick them from the list instead.`,
    );
  // The formulas tell the header row by its name cell, so a candidate cannot share that name.
  const header = cellText(head.headerValues[requiredColumn(head, 'name') - 1]);
  if (normalizeName(header) === normalizeName(candidate.name)) {
    throw new Error(`"${candidate.name}" is the title of the name column. Add the candidate under another name. ${NOT_ADDED}`);
  }
  const values: Record<(typeof ENTRY_KEYS)[number], string | number> = {
    name: asText(candidate.name),
    profile: candidate.profileUrl ? asText(candidate.profileUrl) : '',
    stage: candidate.stage ?? '',
    level: candidate.level ?? '',
    years: candidate.years ?? '',
    region: candidate.region ?? '',
    spec: candidate.spec ?? '',
    quote: candidate.quote ?? '',
  };
  if (ENTRY_KEYS.some((k) => !CANDIDATE_COLUMNS.some((c) => c.key === k)))
    throw new Error('ENTRY_KEYS names a column the layout does not have.');
  const row = writeFreeRow(head, new FreeRows(head, names), values);
  const written = head.sheet.getRange(row, 1, 1, head.sheet.getLastColumn()).getValues()[0];
  const cell = (key: string) => (head.columns.has(key) ? cellText(written[requiredColumn(head, key) - 1]).trim() : '');
  return { name: cell('name'), stage: cell('stage'), row, panelCell: cell('panel') };
}
