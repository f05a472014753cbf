// The 4-point scale every interviewer uses for every question. Four points leave no neutral
// middle, so each score leans one way; a blank means the interview gave no evidence.
export const SCORE_SCALE = [
  { value: 1, label: 'strong no' },
  { value: 2, label: 'no' },
  { value: 3, label: 'yes' },
  { value: 4, label: 'strong yes' },
] as const;

export type Score = (typeof SCORE_SCALE)[number]['value'];
export const MIN_SCORE = 1;
export const MAX_SCORE = 4;
export const NO_EVIDENCE = 'no evidence';

/** "1 strong no, 2 no, 3 yes, 4 strong yes; blank = no evidence", as written on the sheets. */
export const SCALE_TEXT = `${SCORE_SCALE.map((s) => `${s.value} ${s.label}`).join(', ')}; blank = ${NO_EVIDENCE}`;

export function scoreLabel(value: number): string {
  return SCORE_SCALE.find((s) => s.value === value)?.label ?? String(value);
}
