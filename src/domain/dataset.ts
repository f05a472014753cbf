// The built-in dataset, inlined into the bundle. It is validated against schema.ts by the
// build and by tests, so here it is only typed, never parsed (no start-up cost in Apps Script).
// Import the part you need: each bundle then carries only the files (or parts) it uses.
import sourcesJson from '../../data/sources.json';
import figuresJson from '../../data/figures.json';
import factorsJson from '../../data/factors.json';
import hiringJson from '../../data/hiring.json';
import { hiddenCosts as hiddenCostsJson } from '../../data/hiring.json';
import type { Dataset } from './schema';

export const sources = sourcesJson as Dataset['sources'];
export const figures = figuresJson as Dataset['figures'];
export const factors = factorsJson as Dataset['factors'];
export const hiring = hiringJson as Dataset['hiring'];
/** One part of hiring.json alone (esbuild drops the JSON's other parts): the wizard shows only this. */
export const hiddenCosts = hiddenCostsJson as Dataset['hiring']['hiddenCosts'];
export const dataset: Dataset = { sources, figures, factors, hiring };
