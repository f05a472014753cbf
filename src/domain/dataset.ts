// The built-in dataset, inlined into the bundle. It is validated against schema.ts by the
// build and by tests, so here it is only typed, never parsed (no start-up cost in Apps Script).
import sources from '../../data/sources.json';
import figures from '../../data/figures.json';
import factors from '../../data/factors.json';
import hiring from '../../data/hiring.json';
import type { Dataset } from './schema';

export const dataset = { sources, figures, factors, hiring } as unknown as Dataset;
