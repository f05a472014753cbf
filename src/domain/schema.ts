// The shape of data/*.json. The build and a test validate the files with these schemas;
// the bundle only inlines the already-validated JSON, so nothing parses at Apps Script start-up.
import * as z from 'zod';

import { FIGURE_KINDS, LEVELS, PROJECT_TYPES, REGIONS, SOURCE_IDS, SPECS } from './terms';

const sourceId = z.enum(SOURCE_IDS);
const cited = { source: sourceId, section: z.string().min(1) };

export const sourceSchema = z.object({
  id: sourceId,
  publisher: z.string(),
  title: z.string(),
  published: z.string().regex(/^\d{4}(-\d{2})?$/),
  updated: z
    .string()
    .regex(/^\d{4}(-\d{2})?$/)
    .optional(),
  seedFile: z.string(),
  covers: z.string(),
});

export const figureSchema = z
  .object({
    kind: z.enum(FIGURE_KINDS),
    key: z.union([z.enum(LEVELS), z.enum(PROJECT_TYPES), z.literal('')]),
    region: z.enum(REGIONS),
    spec: z.enum(SPECS),
    low: z.number().nonnegative(),
    high: z.number().nonnegative(),
    unit: z.enum(['weeks', 'months']).optional(),
    openEnded: z.literal(true).optional(),
    default: z.boolean(),
    variant: z.string().optional(),
    ...cited,
  })
  .refine((f) => f.low <= f.high, { error: 'low must not exceed high' })
  .refine((f) => (f.kind === 'timeline') === (f.unit !== undefined), { error: 'timelines, and only timelines, have a unit' });

const range = z.object({ low: z.number(), high: z.number(), covers: z.string(), ...cited });
const years = z.tuple([z.number(), z.number().nullable()]);

export const factorsSchema = z.object({
  loadedOverhead: range,
  badHireMultiple: range,
  regionalDiscount: range.extend({ regions: z.array(z.enum(REGIONS)) }),
  freelanceCostAdvantage: range,
  takeHome: z.object({
    hoursLow: z.number(),
    hoursHigh: z.number(),
    payLow: z.number(),
    payHigh: z.number(),
    covers: z.string(),
    ...cited,
  }),
  pairedSessionMinutes: z.object({ value: z.number(), covers: z.string(), ...cited }),
  equity: z.object({
    lowPercent: z.number(),
    highPercent: z.number(),
    vestingYears: z.number(),
    cliffYears: z.number(),
    covers: z.string(),
    ...cited,
  }),
  freelanceHourlyOverall: range,
  experienceYears: z.array(z.object({ junior: years, mid: years, senior: years, ...cited })),
});

const question = z.object({
  id: z.string(),
  name: z.string(),
  ask: z.string(),
  tests: z.string(),
  strong: z.string(),
  weak: z.string(),
  ...cited,
});
const redFlag = z.object({ id: z.string(), name: z.string(), signal: z.string(), ...cited });
const task = z.object({ id: z.string(), task: z.string(), ...cited });

export const hiringSchema = z.object({
  questions: z.array(question).length(6),
  redFlags: z.array(redFlag).length(6),
  checklist: z.array(task),
  hiringSteps: z.array(task),
  scopeQuestions: z.array(z.object({ id: z.string(), ask: z.string(), ...cited })),
  hiddenCosts: z.array(z.object({ id: z.string(), name: z.string(), why: z.string(), ...cited })),
});

export const datasetSchema = z.object({
  sources: z.array(sourceSchema),
  figures: z.array(figureSchema),
  factors: factorsSchema,
  hiring: hiringSchema,
});

export type Source = z.infer<typeof sourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Factors = z.infer<typeof factorsSchema>;
export type Hiring = z.infer<typeof hiringSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

/** The schema plus what one file cannot say alone: one default per figure, and every default the contract needs. */
export function validateDataset(data: unknown): Dataset {
  const parsed = datasetSchema.parse(data);
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const f of parsed.figures) {
    if (!f.default) continue;
    const id = `${f.kind} ${f.key} ${f.region} ${f.spec}`;
    if (seen.has(id)) problems.push(`two default figures for ${id}`);
    seen.set(id, f.source);
  }
  const need = (id: string) => seen.has(id) || problems.push(`no default figure for ${id}`);
  for (const level of LEVELS) {
    for (const spec of SPECS) {
      need(`hourly ${level} global ${spec}`);
      need(`monthly ${level} global ${spec}`);
    }
    for (const region of ['north_america', 'western_europe', 'eastern_europe', 'asia']) need(`hourly ${level} ${region} backend`);
    need(`salary ${level} north_america backend`);
  }
  // One origin per ratio: the built-in global figures a derivation divides come from one source.
  const sourceOf = (id: string) => seen.get(id);
  for (const level of LEVELS) {
    for (const spec of SPECS) {
      const pairs: [string, string][] = [
        [`hourly ${level} global ${spec}`, `hourly ${level} global backend`],
        [`monthly ${level} global ${spec}`, `hourly ${level} global ${spec}`],
      ];
      for (const [top, bottom] of pairs) {
        if (sourceOf(top) && sourceOf(bottom) && sourceOf(top) !== sourceOf(bottom))
          problems.push(`the defaults ${top} and ${bottom} come from different sources, so their ratio would mix origins`);
      }
    }
  }
  for (const type of PROJECT_TYPES) {
    need(`project ${type} global backend`);
    need(`timeline ${type} global backend`);
  }
  for (const region of ['global', 'north_america', 'eastern_europe', 'asia']) need(`agency  ${region} backend`);
  const sourceIds = new Set(parsed.sources.map((s) => s.id));
  for (const id of SOURCE_IDS) if (!sourceIds.has(id)) problems.push(`source ${id} is not described in sources.json`);
  // Years become a level by the bands of the figure's own source (src/domain/experience.ts).
  for (const id of SOURCE_IDS) {
    const bands = parsed.factors.experienceYears.find((e) => e.source === id);
    if (!bands) problems.push(`no experience bands for ${id} in factors.json`);
    else if (!(bands.mid[0] < bands.senior[0])) problems.push(`the experience bands of ${id} do not rise from mid to senior`);
  }
  if (problems.length) throw new Error(`data/ is inconsistent:\n- ${problems.join('\n- ')}`);
  return parsed;
}
