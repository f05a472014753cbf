// The hire-type comparison in words: what each row really is, why a monthly retainer and hourly
// billing of the same person differ, and the sources' own like-for-like claim. The sidebar and
// the budget sheet show the same text.
import { dataset } from '../dataset';
import { formatRange } from '../provenance';
import type { Region } from '../terms';
import { REGION_LABELS, type HireType } from './choices';
import { DEVRATE_DEFAULTS } from './defaults';

const AGENCY_NOT_BY_LEVEL = "one rate for every level: the sources' agency rates are not by level";

/** The row label for a hire type; the agency row names its region. */
export function hireRowLabel(hire: HireType, agencyRegion: Region): string {
  if (hire === 'agency') return agencyRowLabel(REGION_LABELS[agencyRegion]);
  return HIRE_ROW_LABELS[hire];
}
export const HIRE_ROW_LABELS = {
  freelance: "Freelance (the team's own levels and regions)",
  full_time: 'US full-time hire (US salary + loaded cost)',
} as const;
/** The agency label around a region name (text, or a formula's reference on the sheet). */
export const agencyRowLabel = (region: string): string => `Agency in ${region} (${AGENCY_NOT_BY_LEVEL})`;
export const AGENCY_LABEL_PARTS = { before: 'Agency in ', after: ` (${AGENCY_NOT_BY_LEVEL})` } as const;

const thousands = (n: number) => n.toLocaleString('en-US');

/** Why a monthly retainer and hourly billing differ: the sources' two ranges, not hours × rate. */
export function engagementNote(): string {
  const find = (kind: 'hourly' | 'monthly') => dataset.figures.find((f) => f.default && f.kind === kind && f.key === 'senior' && f.region === 'global' && f.spec === 'backend')!;
  const hour = find('hourly');
  const month = find('monthly');
  const hours = DEVRATE_DEFAULTS.hoursPerMonth;
  return (
    `Monthly retainer vs hourly: the sources give monthly rates as their own ranges (${month.source}: senior backend ${formatRange(month.low, month.high)} a month), ` +
    `not as hours × rate (its ${formatRange(hour.low, hour.high)} an hour × ${hours} hours is ${thousands(hour.low * hours)}–${thousands(hour.high * hours)}). ` +
    'DevRate uses each range as given, so the same person on a retainer costs less than at full-time hourly billing.'
  );
}

/** The sources' own comparison of a freelancer with a US full-time hire. */
export function freelanceAdvantageNote(): string {
  const f = dataset.factors.freelanceCostAdvantage;
  return `${f.source} (${f.section}): a global freelancer is often ${f.low}–${f.high}× cheaper than a US full-time hire`;
}
