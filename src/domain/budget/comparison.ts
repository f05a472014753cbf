// The hire-type comparison in words: what each row really is, why a monthly retainer and hourly
// billing of the same person differ, and the sources' own like-for-like claim. The sidebar and
// the budget sheet show the same text.
import { factors, figures } from '../dataset';
import { formatRange } from '../provenance';
import { FULL_TIME_HOURS_PER_MONTH, hireCompare } from '../costs';
import { builtInTable } from '../figure-table';
import { LEVELS, REGIONS, type Region } from '../terms';
import { REGION_LABELS, type HireType } from './choices';
import { DEVRATE_DEFAULTS } from './defaults';

/** Short labels (they sit in a column of labels); the how-notes beside them say the rest. */
const AGENCY_NOT_BY_LEVEL = 'not by level';

/** The row label for a hire type; the agency row names its region. */
export function hireRowLabel(hire: HireType, agencyRegion: Region): string {
  if (hire === 'agency') return agencyRowLabel(REGION_LABELS[agencyRegion]);
  return HIRE_ROW_LABELS[hire];
}
export const HIRE_ROW_LABELS = {
  freelance: "Freelance (the team's regions)",
  full_time: 'US full-time hire',
} as const;

/** What the two rows that are not like for like really are, in one line for the sidebar. */
export const HIRE_ROWS_NOTE =
  "Freelance and agency are priced on the same hours a month. The agency row is one rate for the agency region whatever the level: the sources' agency rates are not by level. The US full-time row uses US backend salaries, the only ones the sources give (none for AI), whatever the hours.";

/** The hours every row but the salary is priced on. */
export const HOURS_HOW = `Full-time retainer ${FULL_TIME_HOURS_PER_MONTH}; part-time: hours a week × 52/12; hourly: hours per month. Freelance and agency are priced on these same hours`;

/** What each row computes, in full. */
export const HIRE_ROW_HOW: Record<HireType, string> = {
  freelance: `Each member's freelance rate for their level and region × count × allocation × months: hourly, the hourly rate × hours worked a month; a retainer, the monthly rate × hours worked ÷ ${FULL_TIME_HOURS_PER_MONTH} (at most 1)`,
  agency:
    "One agency rate for the agency region, whatever the level (the sources' agency rates are not by level) × hours worked a month (the same as freelance) × full-time equivalents × months",
  full_time:
    'US salary for each level (the sources give US salaries only, and backend ones: none for AI) × loaded cost × count × allocation × months ÷ 12, whatever the hours',
};

/** The ratio row: a full-time salary against the freelance cost on the engagement's hours, said as such. */
export const RATIO_LABEL = 'US full-time (a full salary) ÷ freelance total cost on these hours (mid)';

/** The contractor's costs beyond the rate, beside the loaded cost of a US hire (DevRate has no source figure for them). */
export const CONTRACTOR_ROWS = {
  platform: {
    label: 'Freelance: platform or payment fees',
    how: 'Freelance team cost × platform or payment fee % (your figure: DevRate has no source for it)',
  },
  exchange: {
    label: 'Freelance: currency-exchange fees',
    how: 'Freelance team cost × currency-exchange fee % (your figure: DevRate has no source for it)',
  },
  employerOfRecord: {
    label: 'Freelance: employer of record',
    how: 'Employer of record per person per month × people × months (your figure: DevRate has no source for it)',
  },
  total: {
    label: 'Freelance total cost',
    how: 'Freelance team cost + the fees and employer of record above: the figure to set beside the loaded US full-time cost',
  },
} as const;
/** The agency label around a region name (text, or a formula's reference on the sheet). */
export const agencyRowLabel = (region: string): string => `Agency in ${region} (${AGENCY_NOT_BY_LEVEL})`;
export const AGENCY_LABEL_PARTS = { before: 'Agency in ', after: ` (${AGENCY_NOT_BY_LEVEL})` } as const;

const thousands = (n: number) => n.toLocaleString('en-US');

/** Why a monthly retainer and hourly billing differ: the sources' two ranges, not hours × rate. */
export function engagementNote(): string {
  const find = (kind: 'hourly' | 'monthly') => {
    const figure = figures.find((f) => f.default && f.kind === kind && f.key === 'senior' && f.region === 'global' && f.spec === 'backend');
    if (!figure) throw new Error(`data/figures.json has no default ${kind} figure for a senior global backend developer.`); // validateDataset requires both
    return figure;
  };
  const hour = find('hourly');
  const month = find('monthly');
  const hours = DEVRATE_DEFAULTS.hoursPerMonth;
  return (
    `Monthly retainer vs hourly: the sources give monthly rates as their own ranges (${month.source}: senior backend ${thousands(month.low)}–${thousands(month.high)} a month), ` +
    `not as hours × rate (its ${formatRange(hour.low, hour.high)} an hour × ${hours} hours is ${thousands(hour.low * hours)}–${thousands(hour.high * hours)}). ` +
    'DevRate uses each range as given, so the same person on a retainer costs less than at full-time hourly billing.'
  );
}

const times2 = (n: number) => `${(Math.round(n * 100) / 100).toFixed(2)}×`;

/**
 * The sources' own comparison of a freelancer with a US full-time hire, with the conditions under
 * which it holds by DevRate's own figures: a claim is never shown without them.
 */
export function freelanceAdvantageNote(): string {
  const f = factors.freelanceCostAdvantage;
  return `${f.source} (${f.section}): a global freelancer is often ${f.low}–${f.high}× cheaper than a US full-time hire; ${freelanceAdvantageConditions()}`;
}

/**
 * When the claim holds by DevRate's own figures (HIRECOMPARE's mid full_time_us ÷ freelance,
 * backend, full-time hours), in one clause: the levels and regions where the ratio reaches the
 * claim's low end, and the span everywhere else.
 */
export function freelanceAdvantageConditions(): string {
  const f = factors.freelanceCostAdvantage;
  const table = builtInTable();
  const ratios = LEVELS.flatMap((level) =>
    REGIONS.map((region) => {
      const { rows } = hireCompare(table, level, 12, region, 'backend', FULL_TIME_HOURS_PER_MONTH);
      const us = rows.full_time_us;
      const free = rows.freelance;
      const ratio = 'problem' in us || 'problem' in free ? NaN : us.mid / free.mid;
      return { level, region, ratio };
    }),
  );
  const holds = ratios.filter((r) => r.ratio >= f.low);
  const rest = ratios.filter((r) => !(r.ratio >= f.low)).map((r) => r.ratio);
  const where = LEVELS.map((level) => {
    const at = holds.filter((r) => r.level === level);
    return at.length ? `${level} in ${at.map((r) => `${REGION_LABELS[r.region]} (${times2(r.ratio)})`).join(', ')}` : '';
  })
    .filter(Boolean)
    .join('; ');
  const basis = `by DevRate's own figures (US full-time ÷ freelance at the mid point, backend, ${FULL_TIME_HOURS_PER_MONTH} hours a month billed hourly)`;
  if (!holds.length) return `${basis} it holds for no level or region`;
  return `${basis} that holds only for ${where}. Everywhere else a US hire costs ${times2(Math.min(...rest))} to ${times2(Math.max(...rest))} a freelancer`;
}
