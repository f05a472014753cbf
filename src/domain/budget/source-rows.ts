// The rows of the "Sources" sheet: every figure DevRate carries (defaults and alternatives), every
// factor, and every combination the functions derive, each with its source, section and rule.
import { factors, figures, sources } from '../dataset';
import { freelanceAdvantageConditions } from './comparison';
import { builtInTable } from '../figure-table';
import { UNIT } from '../provenance';
import { hourly, monthly, type Resolved } from '../resolve';
import type { Figure } from '../schema';
import { LEVELS, REGIONS, SPECS } from '../terms';

export const SOURCE_HEADERS = [
  'kind',
  'key',
  'region',
  'spec',
  'low',
  'high',
  'unit',
  'source',
  'section',
  'used by default',
  'derived',
  'how derived / what it covers',
] as const;
export type SourceRow = (string | number)[];

function defaultText(f: Figure): string {
  if (f.default) return 'yes';
  return f.variant ? `no: ${f.variant} variant` : 'no: alternative';
}

function figureRow(f: Figure): SourceRow {
  const unit = f.kind === 'timeline' ? (f.unit ?? 'months') : UNIT[f.kind];
  return [
    f.kind,
    f.key,
    f.region,
    f.spec,
    f.low,
    f.high,
    `${unit}${f.openEnded ? ' (open-ended)' : ''}`,
    f.source,
    f.section,
    defaultText(f),
    'no',
    '',
  ];
}

const unique = (values: string[]) => [...new Set(values)].join('; ');

function derivedRow(kind: 'hourly' | 'monthly', key: string, region: string, spec: string, r: Resolved): SourceRow {
  return [
    kind,
    key,
    region,
    spec,
    r.low,
    r.high,
    UNIT[kind],
    unique(r.basis.map((e) => e.source)),
    unique(r.basis.map((e) => e.section)),
    'yes',
    'yes',
    r.derivation ?? '',
  ];
}

/** Every hourly and monthly combination the sources do not give, as the functions derive it. */
function derivedRows(): SourceRow[] {
  const table = builtInTable();
  const rows: SourceRow[] = [];
  for (const [kind, resolve] of [
    ['hourly', hourly],
    ['monthly', monthly],
  ] as const) {
    for (const spec of SPECS) {
      for (const region of REGIONS) {
        for (const level of LEVELS) {
          const r = resolve(table, level, region, spec);
          if (r.derivation) rows.push(derivedRow(kind, level, region, spec, r));
        }
      }
    }
  }
  return rows;
}

function factorRows(): SourceRow[] {
  const f = factors;
  const row = (
    key: string,
    low: number,
    high: number | '',
    unit: string,
    cited: { source: string; section: string },
    covers: string,
  ): SourceRow => ['factor', key, '', '', low, high, unit, cited.source, cited.section, 'yes', 'no', covers];
  return [
    row('loaded overhead', f.loadedOverhead.low, f.loadedOverhead.high, 'share of salary', f.loadedOverhead, f.loadedOverhead.covers),
    row('bad hire', f.badHireMultiple.low, f.badHireMultiple.high, '× annual salary', f.badHireMultiple, f.badHireMultiple.covers),
    row(
      'regional discount',
      f.regionalDiscount.low,
      f.regionalDiscount.high,
      'share below US/Western Europe',
      f.regionalDiscount,
      `${f.regionalDiscount.covers} (regions: ${f.regionalDiscount.regions.join(', ')})`,
    ),
    row(
      'freelance cost advantage',
      f.freelanceCostAdvantage.low,
      f.freelanceCostAdvantage.high,
      '× cheaper',
      f.freelanceCostAdvantage,
      // A claim is never listed without when it holds by DevRate's own figures.
      `${f.freelanceCostAdvantage.covers}; ${freelanceAdvantageConditions()}`,
    ),
    row('take-home effort', f.takeHome.hoursLow, f.takeHome.hoursHigh, 'hours', f.takeHome, f.takeHome.covers),
    row('take-home pay', f.takeHome.payLow, f.takeHome.payHigh, 'USD per candidate', f.takeHome, f.takeHome.covers),
    row(
      'paired session',
      f.pairedSessionMinutes.value,
      f.pairedSessionMinutes.value,
      'minutes',
      f.pairedSessionMinutes,
      f.pairedSessionMinutes.covers,
    ),
    row('equity', f.equity.lowPercent, f.equity.highPercent, '% of the company', f.equity, f.equity.covers),
    row('equity vesting', f.equity.cliffYears, f.equity.vestingYears, 'years: cliff, then full vesting', f.equity, f.equity.covers),
    row(
      'freelance hourly, all levels',
      f.freelanceHourlyOverall.low,
      f.freelanceHourlyOverall.high,
      'USD/hour',
      f.freelanceHourlyOverall,
      f.freelanceHourlyOverall.covers,
    ),
    ...f.experienceYears.flatMap((e) =>
      LEVELS.map((level) =>
        row(
          `${level} experience`,
          e[level][0],
          e[level][1] ?? '',
          'years',
          e,
          `years of experience the source means by ${level}${e[level][1] === null ? ' (and more)' : ''}`,
        ),
      ),
    ),
  ];
}

export function sourceRows(): SourceRow[] {
  return [...figures.map(figureRow), ...factorRows(), ...derivedRows()];
}

/** The documents themselves, for the top of the sheet. */
export function sourceDocumentRows(): string[][] {
  return sources.map((s) => [s.id, s.publisher, s.title, `published ${s.published}${s.updated ? `, updated ${s.updated}` : ''}`, s.covers]);
}
