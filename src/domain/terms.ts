// The contract's fixed vocabulary. Kept apart from schema.ts so code that needs only these
// words (the custom functions) does not pull zod into its bundle.
export const SOURCE_IDS = ['abbacus-2026', 'navspace-2026'] as const;
export const LEVELS = ['junior', 'mid', 'senior'] as const;
export const REGIONS = ['global', 'north_america', 'western_europe', 'eastern_europe', 'asia', 'latin_america'] as const;
export const SPECS = ['backend', 'ai'] as const;
export const PROJECT_TYPES = ['simple_api', 'mvp', 'saas', 'ai_platform', 'mobile_backend'] as const;
export const FIGURE_KINDS = ['hourly', 'monthly', 'project', 'timeline', 'salary', 'agency'] as const;

export type SourceId = (typeof SOURCE_IDS)[number];
export type Level = (typeof LEVELS)[number];
export type Region = (typeof REGIONS)[number];
export type Spec = (typeof SPECS)[number];
export type ProjectType = (typeof PROJECT_TYPES)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
