// The arguments the custom functions share, each with its JSDoc text and its parser.
import { bandsText, type LevelArg } from '../domain/experience';
import { PROJECT_TYPES, REGIONS, SOURCE_IDS } from '../domain/terms';
import {
  normalizeWord,
  parseAmount,
  parseLevelArg,
  parsePoint,
  parseProjectType,
  parseRegion,
  parseSpec,
  parseUnit,
  quote,
  type CellValue,
} from '../domain/vocabulary';
import { InputError } from '../domain/input-error';
import type { ParamSpec } from './broadcast';

const RANGE = '|Array<Array<string|number>>';

export const level: ParamSpec<LevelArg> = {
  name: 'level',
  type: `string|number${RANGE}`,
  main: true,
  parse: parseLevelArg,
  description: `junior, mid or senior (also jr, sr, entry, intermediate…), or years of experience, banded by the source of the figure: ${SOURCE_IDS.map((id) => `${id} ${bandsText(id)}`).join('; ')}.`,
};
export const region: ParamSpec<ReturnType<typeof parseRegion>> = {
  name: 'region',
  type: `string${RANGE}`,
  optional: true,
  parse: parseRegion,
  description: `${REGIONS.join(', ')} (also us, uk, poland, india, latam…). Default global.`,
};
export const spec: ParamSpec<ReturnType<typeof parseSpec>> = {
  name: 'spec',
  type: `string${RANGE}`,
  optional: true,
  parse: parseSpec,
  description: 'backend or ai (also python, ml, machine learning). Default backend.',
};
export const point: ParamSpec<ReturnType<typeof parsePoint>> = {
  name: 'point',
  type: `string${RANGE}`,
  optional: true,
  parse: parsePoint,
  description: 'low, mid (midpoint) or high; range gives low and high in two cells side by side. Default mid.',
};
export const projectType: ParamSpec<ReturnType<typeof parseProjectType>> = {
  name: 'type',
  type: `string${RANGE}`,
  main: true,
  parse: parseProjectType,
  description: `${PROJECT_TYPES.join(', ')} (also api, startup mvp, saas platform, ai-powered, mobile app).`,
};
export const unit: ParamSpec<ReturnType<typeof parseUnit>> = {
  name: 'unit',
  type: `string${RANGE}`,
  optional: true,
  parse: parseUnit,
  description: 'months or weeks (52/12 weeks a month). Default months.',
};

export function amount(name: string, description: string, options: { main?: boolean; fallback?: number } = {}): ParamSpec<number> {
  return {
    name,
    type: `number${RANGE}`,
    description,
    main: options.main,
    optional: options.fallback !== undefined,
    parse: (value: CellValue) => parseAmount(value, name, options.fallback),
  };
}

const KINDS = ['hourly', 'monthly', 'project', 'timeline', 'salary', 'agency', 'loaded', 'badhire'] as const;
export type SourceKind = (typeof KINDS)[number];
export const sourceKind: ParamSpec<SourceKind> = {
  name: 'kind',
  type: `string${RANGE}`,
  main: true,
  description: `${KINDS.join(', ')}.`,
  parse(value) {
    const text = typeof value === 'string' ? normalizeWord(value).replace(/_/g, '').replace(/cost$/, '') : '';
    const found = KINDS.find((k) => k === text);
    if (!found) throw new InputError(`unknown kind ${quote(value)}. Use ${KINDS.join(', ')}.`);
    return found;
  },
};
/** RATESOURCE's key: a level or a project type depending on the kind, so it is parsed later. */
export const sourceKey: ParamSpec<CellValue> = {
  name: 'key',
  type: `string|number${RANGE}`,
  optional: true,
  parse: (value) => value,
  description: 'the level (hourly, monthly, salary) or project type (project, timeline); ignored for agency, loaded and badhire.',
};
