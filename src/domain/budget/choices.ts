// The wizard's answers and the words a budget sheet shows for them. Sheet cells hold these
// labels (not the keys) so collaborators read "North America", and every label that a DevRate
// formula receives (level, region, spec, project type) is one the contract's vocabulary parses.
import { figures } from '../dataset';
import { LEVELS, PROJECT_TYPES, REGIONS, SPECS, type Level, type ProjectType, type Region, type Spec } from '../terms';

export const HIRE_TYPES = ['freelance', 'agency', 'full_time'] as const;
export const ENGAGEMENTS = ['monthly_retainer', 'part_time', 'hourly'] as const;
export const CODEBASES = ['greenfield', 'existing'] as const;
export const FRAMEWORKS = ['django', 'flask', 'fastapi', 'other'] as const;
export const DATABASES = ['postgresql', 'mysql', 'mongodb', 'other'] as const;
export const CLOUDS = ['aws', 'google_cloud', 'azure', 'other'] as const;
export const PERFORMANCE_NEEDS = ['throughput', 'latency', 'data_volume'] as const;

export type HireType = (typeof HIRE_TYPES)[number];
export type Engagement = (typeof ENGAGEMENTS)[number];
export type Codebase = (typeof CODEBASES)[number];
export type Framework = (typeof FRAMEWORKS)[number];
export type Database = (typeof DATABASES)[number];
export type Cloud = (typeof CLOUDS)[number];
export type PerformanceNeed = (typeof PERFORMANCE_NEEDS)[number];

/** Regions the built-in data has agency rates for (an agency bills one rate for its whole team). */
export const AGENCY_REGIONS: readonly Region[] = REGIONS.filter((region) =>
  figures.some((f) => f.default && f.kind === 'agency' && f.region === region),
);

export const LEVEL_LABELS: Record<Level, string> = { junior: 'Junior', mid: 'Mid', senior: 'Senior' };
export const REGION_LABELS: Record<Region, string> = {
  global: 'Global',
  north_america: 'North America',
  western_europe: 'Western Europe',
  eastern_europe: 'Eastern Europe',
  asia: 'Asia',
  latin_america: 'Latin America',
};
export const SPEC_LABELS: Record<Spec, string> = { backend: 'Backend', ai: 'AI' };
export const PROJECT_TYPE_LABELS: Record<ProjectType, string> = {
  simple_api: 'Simple API',
  mvp: 'MVP',
  saas: 'SaaS',
  ai_platform: 'AI platform',
  mobile_backend: 'Mobile backend',
};
export const HIRE_TYPE_LABELS: Record<HireType, string> = { freelance: 'Freelance', agency: 'Agency', full_time: 'Full-time' };
/** The same person full-time, part-time or by the hour; each is priced on its own hours a month. */
export const ENGAGEMENT_LABELS: Record<Engagement, string> = {
  monthly_retainer: 'Full-time retainer',
  part_time: 'Part-time retainer',
  hourly: 'Hourly',
};
export const CODEBASE_LABELS: Record<Codebase, string> = { greenfield: 'Greenfield (new code)', existing: 'Existing code' };
export const FRAMEWORK_LABELS: Record<Framework, string> = { django: 'Django', flask: 'Flask', fastapi: 'FastAPI', other: 'Other' };
export const DATABASE_LABELS: Record<Database, string> = { postgresql: 'PostgreSQL', mysql: 'MySQL', mongodb: 'MongoDB', other: 'Other' };
export const CLOUD_LABELS: Record<Cloud, string> = { aws: 'AWS', google_cloud: 'Google Cloud', azure: 'Azure', other: 'Other' };
export const PERFORMANCE_LABELS: Record<PerformanceNeed, string> = {
  throughput: 'Throughput',
  latency: 'Latency',
  data_volume: 'Data volume',
};
export const YES_NO_LABELS = { yes: 'Yes', no: 'No' } as const;

/** Key → label pairs in the vocabulary's order, for selects and dropdown validations. */
export function options<K extends string>(keys: readonly K[], labels: Record<K, string>): { value: K; label: string }[] {
  return keys.map((value) => ({ value, label: labels[value] }));
}

export const LEVEL_OPTIONS = options(LEVELS, LEVEL_LABELS);
export const REGION_OPTIONS = options(REGIONS, REGION_LABELS);
export const SPEC_OPTIONS = options(SPECS, SPEC_LABELS);
export const PROJECT_TYPE_OPTIONS = options(PROJECT_TYPES, PROJECT_TYPE_LABELS);
export const AGENCY_REGION_OPTIONS = options(AGENCY_REGIONS, REGION_LABELS);

/**
 * The agency region that follows the team: where most of its people work (rows weighed by their
 * count as typed), when the sources give agency rates there; otherwise global.
 */
export function agencyRegionFor(members: readonly { region: string; count: string | number }[]): Region {
  const people = new Map<string, number>();
  for (const m of members) {
    const count = Number(String(m.count).replace(/,/g, ''));
    people.set(m.region, (people.get(m.region) ?? 0) + (Number.isFinite(count) && count > 0 ? count : 1));
  }
  let best: Region = 'global';
  let most = 0;
  for (const [region, count] of people) {
    const agencyRegion = AGENCY_REGIONS.find((r) => r === region);
    if (agencyRegion && count > most) [best, most] = [agencyRegion, count];
  }
  return best;
}
