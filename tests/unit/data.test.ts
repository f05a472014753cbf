// data/ is the single source of every figure: valid, cited, and complete for the contract.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '../../src/domain/schema';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const read = (file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
const data = () => ({ sources: read('sources.json'), figures: read('figures.json'), factors: read('factors.json'), hiring: read('hiring.json') });
const seeds = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

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
      ...d.hiring.questions, ...d.hiring.redFlags, ...d.hiring.checklist, ...d.hiring.hiringSteps, ...d.hiring.scopeQuestions, ...d.hiring.hiddenCosts,
    ] as { source: string; section: string }[];
    for (const item of cited) {
      expect(ids.has(item.source), JSON.stringify(item)).toBe(true);
      expect(item.section.length).toBeGreaterThan(3);
    }
  });

  it('marks the "+" bounds of the sources as open-ended', () => {
    const open = data().figures.filter((f: { openEnded?: boolean }) => f.openEnded);
    expect(open.map((f: { kind: string; key: string; spec: string }) => `${f.kind} ${f.key} ${f.spec}`)).toEqual(
      expect.arrayContaining(['hourly senior backend', 'hourly senior ai', 'monthly senior backend', 'monthly senior ai', 'project ai_platform backend']),
    );
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

  it('every number of every figure appears in its source document', () => {
    const text: Record<string, string> = {
      'abbacus-2026': readFileSync(join(seeds, '000_a56358741fe0bf9e.txt'), 'utf8'),
      'navspace-2026': readFileSync(join(seeds, '002_a086e67a7b739ac0.txt'), 'utf8'),
    };
    const written = (n: number) => [String(n), n.toLocaleString('en-US')];
    for (const f of data().figures) {
      for (const n of [f.low, f.high]) {
        expect(written(n).some((w) => text[f.source].includes(w)), `${n} of ${JSON.stringify(f)}`).toBe(true);
      }
    }
  });

  it('copies no sentence of the source documents into the hiring texts', () => {
    const sources = ['000_a56358741fe0bf9e.txt', '002_a086e67a7b739ac0.txt'].map((f) => readFileSync(join(seeds, f), 'utf8').toLowerCase());
    const texts = JSON.stringify(data().hiring).toLowerCase().match(/[a-z][a-z ,'’-]{40,}/g) ?? [];
    // No run of 8 words in a row from a source.
    for (const t of texts) {
      const words = t.split(/\s+/);
      for (let i = 0; i + 8 <= words.length; i++) {
        const run = words.slice(i, i + 8).join(' ');
        expect(sources.some((s) => s.includes(run)), run).toBe(false);
      }
    }
  });
});
