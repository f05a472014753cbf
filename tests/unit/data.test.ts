// data/ is the single source of every figure: valid, cited, and complete for the contract.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '../../src/domain/schema';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const read = (file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
const data = () => ({
  sources: read('sources.json'),
  figures: read('figures.json'),
  factors: read('factors.json'),
  hiring: read('hiring.json'),
});
// The two source documents live beside the repository in the team's workspace (and in its CI),
// not in the repository: checks against their text run where they are and skip, saying why, in
// a clone made anywhere else. DEVRATE_SEEDS points at another copy.
const seeds = process.env.DEVRATE_SEEDS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const SEED_FILES = { 'abbacus-2026': '000_a56358741fe0bf9e.txt', 'navspace-2026': '002_a086e67a7b739ac0.txt' } as const;
const haveSeeds = Object.values(SEED_FILES).every((f) => existsSync(join(seeds, f)));
const skipWhy = `the source documents are not at ${seeds} (set DEVRATE_SEEDS to their folder to run this check)`;
if (!haveSeeds) console.warn(`data.test.ts: skipping the checks against the source documents: ${skipWhy}.`);
const withSeeds = (name: string) => (haveSeeds ? name : `${name} — skipped: ${skipWhy}`);
const seedText = (id: keyof typeof SEED_FILES) => readFileSync(join(seeds, SEED_FILES[id]), 'utf8');

describe('data/', () => {
  it('passes the schema and the cross-checks the build runs', () => {
    expect(() => validateDataset(data())).not.toThrow();
  });

  it('cites a known source and a section for every figure, factor and hiring item', () => {
    const d = data();
    const ids = new Set(d.sources.map((s: { id: string }) => s.id));
    const cited = [
      ...d.figures,
      ...Object.values(d.factors).flat(),
      ...d.hiring.questions,
      ...d.hiring.redFlags,
      ...d.hiring.checklist,
      ...d.hiring.hiringSteps,
      ...d.hiring.scopeQuestions,
      ...d.hiring.hiddenCosts,
    ] as { source: string; section: string }[];
    for (const item of cited) {
      expect(ids.has(item.source), JSON.stringify(item)).toBe(true);
      expect(item.section.length).toBeGreaterThan(3);
    }
  });

  it('marks the "+" bounds of the sources as open-ended', () => {
    const open = data().figures.filter((f: { openEnded?: boolean }) => f.openEnded);
    expect(open.map((f: { kind: string; key: string; spec: string }) => `${f.kind} ${f.key} ${f.spec}`)).toEqual(
      expect.arrayContaining([
        'hourly senior backend',
        'hourly senior ai',
        'monthly senior backend',
        'monthly senior ai',
        'project ai_platform backend',
      ]),
    );
  });

  it("gives experience bands for every source, since years are banded by the figure's own source", () => {
    const noBands = data();
    noBands.factors.experienceYears = noBands.factors.experienceYears.filter((e: { source: string }) => e.source !== 'navspace-2026');
    expect(() => validateDataset(noBands)).toThrow(/no experience bands for navspace-2026/);
  });

  it('rejects a bad file: low above high, an unknown source, a duplicate default', () => {
    const bad = data();
    bad.figures[0] = { ...bad.figures[0], low: 500 };
    expect(() => validateDataset(bad)).toThrow(/low must not exceed high/);
    const unknown = data();
    unknown.figures[0] = { ...unknown.figures[0], source: 'blog-2026' };
    expect(() => validateDataset(unknown)).toThrow();
    const twice = data();
    twice.figures.push({ ...twice.figures[0] });
    expect(() => validateDataset(twice)).toThrow(/two default figures/);
  });

  it.skipIf(!haveSeeds)(withSeeds('every number of every figure appears in its source document'), () => {
    const text: Record<string, string> = { 'abbacus-2026': seedText('abbacus-2026'), 'navspace-2026': seedText('navspace-2026') };
    const written = (n: number) => [String(n), n.toLocaleString('en-US')];
    for (const f of data().figures) {
      for (const n of [f.low, f.high]) {
        expect(
          written(n).some((w) => text[f.source].includes(w)),
          `${n} of ${JSON.stringify(f)}`,
        ).toBe(true);
      }
    }
  });

  it.skipIf(!haveSeeds)(withSeeds('copies no sentence of the source documents into the hiring texts'), () => {
    const sources = [seedText('abbacus-2026'), seedText('navspace-2026')].map((t) => t.toLowerCase());
    const texts =
      JSON.stringify(data().hiring)
        .toLowerCase()
        .match(/[a-z][a-z ,'’-]{40,}/g) ?? [];
    // No run of 8 words in a row from a source.
    for (const t of texts) {
      const words = t.split(/\s+/);
      for (let i = 0; i + 8 <= words.length; i++) {
        const run = words.slice(i, i + 8).join(' ');
        expect(
          sources.some((s) => s.includes(run)),
          run,
        ).toBe(false);
      }
    }
  });
});
