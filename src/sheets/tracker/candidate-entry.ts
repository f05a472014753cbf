// Adding a candidate from the sidebar: the first empty row of the Candidates table, whose
// formulas are already in place. Call it under the document lock.
import { sameName } from '../../domain/scoring/interviewer';
import type { NewCandidatePayload } from '../../domain/scoring/payloads';
import { asText } from '../cell-text';
import { CANDIDATE_CAPACITY, CANDIDATE_COLUMNS, columnOf } from './layout';
import { readCandidates } from './tracker-reads';
import type { OpenTracker } from './tracker-registry';

/** The typed columns the sidebar fills, in sheet order from "Candidate". */
const ENTRY_KEYS = ['name', 'profile', 'stage', 'level', 'years', 'region', 'spec', 'quote'] as const;

export function addCandidateRow(tracker: Pick<OpenTracker, 'candidates'>, candidate: NewCandidatePayload): string {
  const { candidates, freeOffset } = readCandidates(tracker);
  const existing = candidates.find((c) => sameName(c.name, candidate.name));
  if (existing)
    throw new Error(`"${existing.name}" is already on the Candidates sheet (row ${existing.offset + 1}). Pick them from the list instead.`);
  if (!freeOffset) {
    throw new Error(
      `The Candidates sheet is full: its formulas cover ${CANDIDATE_CAPACITY} candidates. Insert a new candidate tracker for more. Nothing was added.`,
    );
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
  ENTRY_KEYS.forEach((key, i) => {
    if (columnOf(CANDIDATE_COLUMNS, key) !== i + 1) throw new Error(`Candidates column "${key}" moved; update ENTRY_KEYS.`);
  });
  tracker.candidates.offset(freeOffset, 0, 1, ENTRY_KEYS.length).setValues([ENTRY_KEYS.map((k) => values[k])]);
  return candidate.name;
}
