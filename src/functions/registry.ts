// The custom-function catalogue: one entry per function drives the Apps Script stubs and their
// JSDoc, the README reference and the sidebar's help. Names and argument order are the contract.
import {
  badHireFactor,
  FULL_TIME_HOURS_PER_MONTH,
  HIRE_OPTIONS,
  hireCompare,
  hoursPerMonthFromWeek,
  loadedFactor,
  OPEN_TOP_VERDICT,
  pick,
  rateCheck,
  retainerShare,
  times,
} from '../domain/costs';
import { factors } from '../domain/dataset';
import { describe } from '../domain/provenance';
import { agency, hourly, monthly, project, salary, timeline } from '../domain/resolve';
import { bandsApplied, levelAt, rateSource, salarySource } from '../domain/experience';
import { parseLevelArg, parseProjectType, type CellValue } from '../domain/vocabulary';
import type { Level } from '../domain/terms';
import type { FunctionSpec } from './broadcast';
import { amount, level, point, projectType, region, sourceKey, sourceKind, spec, unit } from './params';

/**
 * Checks each entry's compute against its own params' parsed types, then lists it with the rest;
 * no cast: compute receives exactly what its params parse (runCustomFunction pairs them).
 */
const define = <A extends readonly unknown[]>(spec: FunctionSpec<A>): FunctionSpec<readonly unknown[]> => spec;

const round = (n: number) => Math.round(n * 100) / 100;

/** RATESOURCE of a level figure: years are banded by the figure's own source, and it says which bands. */
function withBands(key: CellValue, source: string, describeLevel: (level: Level) => string): string {
  const arg = parseLevelArg(key);
  return `${describeLevel(levelAt(arg, source))}${bandsApplied(arg, source)}`;
}

const salaryParam = amount('salary', 'annual salary in USD, e.g. from SALARY().', { main: true });
const factorText = (f: { low: number; high: number }, what: string) =>
  `${what} × ${f.low} / ${(f.low + f.high) / 2} / ${f.high} (low / mid / high)`;

export const customFunctions = [
  define({
    name: 'DEVRATE',
    summary: 'Market hourly rate (USD) of a freelance Python or AI backend developer.',
    example: '=DEVRATE("senior", "asia")',
    returns: 'USD per hour, or low and high side by side with point "range".',
    params: [level, region, spec, point],
    ratecard: true,
    compute: ([lv, rg, sp, pt], t) => pick(hourly(t, levelAt(lv, rateSource(rg)), rg, sp), pt),
  }),
  define({
    name: 'DEVMONTHLY',
    summary: 'Market monthly retainer (USD) of a freelance Python or AI backend developer, full-time or part-time.',
    example: '=DEVMONTHLY("mid", "eastern_europe", "ai")',
    returns: `USD per month: the full-time retainer, or for fewer hours (part-time) the retainer × hours_per_month ÷ ${FULL_TIME_HOURS_PER_MONTH}, a derived figure.`,
    params: [
      level,
      region,
      spec,
      point,
      amount(
        'hours_per_month',
        `hours worked a month, after ratecard: blank or ${FULL_TIME_HOURS_PER_MONTH} and more is full time; part-time is fewer (20 hours a week is ${round(hoursPerMonthFromWeek(20))}).`,
        { fallback: FULL_TIME_HOURS_PER_MONTH },
      ),
    ],
    ratecard: true,
    cardAt: 4, // hours_per_month came after the contract fixed the rate card's place
    compute: ([lv, rg, sp, pt, hours], t) => {
      const r = monthly(t, levelAt(lv, rateSource(rg)), rg, sp);
      const share = retainerShare(hours);
      return pick({ low: r.low * share, high: r.high * share }, pt);
    },
  }),
  define({
    name: 'PROJECTCOST',
    summary: 'Typical backend development cost (USD) of a project type.',
    example: '=PROJECTCOST("mvp", "high")',
    returns: 'USD for the whole project.',
    params: [projectType, point],
    ratecard: true,
    compute: ([ty, pt], t) => pick(project(t, ty), pt),
  }),
  define({
    name: 'PROJECTTIMELINE',
    summary: 'Typical duration of a project type, in months or weeks.',
    example: '=PROJECTTIMELINE("saas", "mid", "weeks")',
    returns: 'Duration in the unit asked for.',
    params: [projectType, point, unit],
    ratecard: true,
    compute: ([ty, pt, un], t) => pick(timeline(t, ty, un), pt),
  }),
  define({
    name: 'SALARY',
    summary: 'US full-time annual salary (USD) of a Python backend developer.',
    example: '=SALARY("senior")',
    returns: 'USD per year.',
    params: [level, point],
    ratecard: true,
    compute: ([lv, pt], t) => pick(salary(t, levelAt(lv, salarySource())), pt),
  }),
  define({
    name: 'LOADEDCOST',
    summary: 'Fully loaded yearly cost of a salary: benefits, taxes, equipment and management on top.',
    example: '=LOADEDCOST(SALARY("mid"))',
    returns: `USD per year: ${factorText(loadedFactor(), 'salary')}.`,
    params: [salaryParam, point],
    ratecard: false,
    compute: ([s, pt]) => pick(times(s, loadedFactor()), pt),
  }),
  define({
    name: 'BADHIRECOST',
    summary: 'What a wrong hire costs once lost output and rehiring are counted.',
    example: '=BADHIRECOST(120000)',
    returns: `USD: ${factorText(badHireFactor(), 'salary')}.`,
    params: [salaryParam, point],
    ratecard: false,
    compute: ([s, pt]) => pick(times(s, badHireFactor()), pt),
  }),
  define({
    name: 'AGENCYRATE',
    summary: 'Hourly rate (USD) of a development agency, per developer.',
    example: '=AGENCYRATE("eastern_europe")',
    returns: 'USD per hour; regions with agency figures: global, north_america, eastern_europe, asia.',
    params: [{ ...region, description: 'global, north_america, eastern_europe or asia (or one a rate card adds). Default global.' }, point],
    ratecard: true,
    compute: ([rg, pt], t) => pick(agency(t, rg), pt),
  }),
  define({
    name: 'RATECHECK',
    summary: 'Whether a quoted hourly rate is below, inside (low end, mid range, high end) or above the market range.',
    example: '=RATECHECK(95, "senior", "eastern_europe")',
    returns: `below range, low end, mid range, high end or above range; where the source's top is open-ended (180+), a quote above it is "${OPEN_TOP_VERDICT}": the source sets no ceiling.`,
    params: [amount('quote', 'the quoted rate in USD per hour.', { main: true }), { ...level, main: false }, region, spec],
    ratecard: true,
    compute: ([q, lv, rg, sp], t) => rateCheck(q, hourly(t, levelAt(lv, rateSource(rg)), rg, sp)),
  }),
  define({
    name: 'HIRECOMPARE',
    summary:
      'Cost of one developer over some months on the same hours a month: freelance billed hourly, on a monthly retainer, through an agency, or as a US full-time hire.',
    example: '=HIRECOMPARE("senior", 6, "north_america", "backend", 80)',
    returns: `A table: header option, low, mid, high, then rows freelance (hourly rate × hours per month × months), freelance_retainer (monthly retainer × months × the share of ${FULL_TIME_HOURS_PER_MONTH} hours worked), agency (agency rate × hours per month × months) and full_time_us (US salary × loaded cost × months ÷ 12); for spec ai a last row says the salaries are backend figures. A row the sources give no figure for (an agency in a region without agency rates) says so in its cells.`,
    params: [
      level,
      amount('months', 'how many months. Default 6.', { fallback: 6 }),
      region,
      spec,
      amount(
        'hours_per_month',
        `hours worked a month, for every option but the salary: ${FULL_TIME_HOURS_PER_MONTH} is full time (the default); part-time is fewer (20 hours a week is ${round(hoursPerMonthFromWeek(20))}).`,
        { fallback: FULL_TIME_HOURS_PER_MONTH },
      ),
    ],
    ratecard: true,
    table: true,
    compute: ([lv, months, rg, sp, hours], t) => {
      const c = hireCompare(t, lv, months, rg, sp, hours);
      // A row without figures (no agency rate there, a bad card row) says why in its own cells.
      return [
        ['option', 'low', 'mid', 'high'],
        ...HIRE_OPTIONS.map((o) => {
          const r = c.rows[o];
          return 'problem' in r ? [o, ...Array<string>(3).fill(`HIRECOMPARE: ${r.problem}`)] : [o, r.low, r.mid, r.high];
        }),
        ...c.notes.map((note) => [`note: ${note}`, '', '', '']),
      ];
    },
  }),
  define({
    name: 'RATESOURCE',
    summary: 'Where a figure comes from: its source and section, or the rule it is derived by.',
    example: '=RATESOURCE("hourly", "senior", "asia", "ai")',
    returns: 'Text naming source ids, or "derived" with the rule.',
    params: [sourceKind, sourceKey, region, spec],
    ratecard: true,
    compute: ([kind, key, rg, sp], t) => {
      const f = factors;
      switch (kind) {
        case 'loaded':
          return `salary × ${loadedFactor().low}–${loadedFactor().high}: ${f.loadedOverhead.source} (${f.loadedOverhead.section}), ${f.loadedOverhead.covers}.`;
        case 'badhire':
          return `salary × ${f.badHireMultiple.low}–${f.badHireMultiple.high}: ${f.badHireMultiple.source} (${f.badHireMultiple.section}), ${f.badHireMultiple.covers}.`;
        case 'agency':
          return describe(agency(t, rg), kind);
        case 'project':
          return describe(project(t, parseProjectType(key)), kind);
        case 'timeline':
          return describe(timeline(t, parseProjectType(key), 'months'), kind);
        case 'salary':
          return withBands(key, salarySource(), (lv) => describe(salary(t, lv), kind));
        case 'monthly':
          return withBands(key, rateSource(rg), (lv) => describe(monthly(t, lv, rg, sp), kind));
        default:
          return withBands(key, rateSource(rg), (lv) => describe(hourly(t, lv, rg, sp), kind));
      }
    },
  }),
];

export type CustomFunctionSpec = (typeof customFunctions)[number];
