// The seal store reads one candidate by its own keys, so a debrief costs the same with a thousand
// candidates as with one; what lists, counts or writes reads the whole store at once, the one
// snapshot a concurrent write cannot tear.
import { describe, expect, it } from 'vitest';
import {
  candidateKey,
  openSealStore,
  readCandidate,
  sealChunks,
  stateEntry,
  statesWithManifests,
  sweepUnreferencedChunks,
  writeStore,
  type CandidateState,
} from '../../src/server/sealed/seal-store';
import type { ScorecardRecord } from '../../src/domain/scoring/debrief';
import { BINDING_PREFIX } from '../../src/server/sealed/name-binding';
import { freeUnusedNames } from '../../src/server/sealed/reveal';
import { nameSkeleton } from '../../src/domain/scoring/name-skeleton';

/** Document properties as a plain map, counting how they were read. */
function properties(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const reads = { one: [] as string[], whole: 0 };
  const props = {
    getProperty: (key: string) => (reads.one.push(key), data.get(key) ?? null),
    getProperties: () => (reads.whole++, Object.fromEntries(data)),
    setProperties: (batch: Record<string, string>) => {
      for (const [k, v] of Object.entries(batch)) data.set(k, v);
      return props;
    },
    deleteProperty: (key: string) => (data.delete(key), props),
  };
  return { data, reads, props: props as unknown as GoogleAppsScript.Properties.Properties };
}

const card = (interviewer: string): ScorecardRecord => ({
  candidate: 'Ana',
  interviewer,
  round: 'technical',
  date: '2026-12-07',
  vote: 'Yes',
  scores: { q1: 3 },
  redFlags: [],
  notes: '',
});

/** A store holding Ana's sealed scorecard by Ben and 200 other candidates. */
function storeWithSealed() {
  const { data, reads, props } = properties();
  const store = openSealStore(props, 'whole');
  const { manifest, chunks } = sealChunks(store, card('Ben'));
  const ana: CandidateState = {
    candidate: 'Ana',
    panel: [],
    panelBy: null,
    submissions: [{ name: 'Ben', sealed: manifest }],
    revealed: null,
  };
  const others = Array.from({ length: 200 }, (_, i) =>
    stateEntry(candidateKey(1, `Other ${i}`), { candidate: `Other ${i}`, panel: [], panelBy: null, submissions: [], revealed: null }),
  );
  writeStore(store, [chunks, stateEntry(candidateKey(1, 'Ana'), ana), ...others], () => 'full');
  reads.one.length = 0;
  reads.whole = 0;
  return { data, reads, props, manifest, ana };
}

describe('the seal store read for one candidate', () => {
  it("asks for that candidate's keys alone, however many candidates the store holds", () => {
    const { reads, props, manifest } = storeWithSealed();
    const record = readCandidate(openSealStore(props), 1, 'Ana');
    expect(record.sealed.map((s) => s.card?.interviewer)).toEqual(['Ben']);
    expect(reads.whole).toBe(0);
    expect(reads.one).toEqual([candidateKey(1, 'Ana'), `devrate.sealed.${manifest.sequence}.0`]);
  });

  it('reads the whole store again when a scorecard looks torn, so a reveal between two reads is no damage', () => {
    const { data, reads, props, manifest, ana } = storeWithSealed();
    const revealedAt = { by: 'Ben', at: '2026-12-07 10:00', panelSubmitted: 0, panelSize: 0 };
    const store = openSealStore(props);
    // Ana's state is read by key; a reveal then deletes the chunk and records the reveal before the chunk is read.
    const realGet = props.getProperty.bind(props);
    props.getProperty = (key: string) => {
      if (key.startsWith('devrate.sealed.')) {
        data.delete(key);
        data.set(candidateKey(1, 'Ana'), JSON.stringify({ ...ana, submissions: [{ name: 'Ben', sealed: null }], revealed: revealedAt }));
      }
      return realGet(key);
    };
    const record = readCandidate(store, 1, 'Ana');
    expect(record.sealed).toEqual([]);
    expect(record.state?.revealed).toEqual(revealedAt);
    expect(reads.whole).toBe(1);
    expect(manifest.chunks).toBe(1);
  });

  it('still reports a scorecard whose part is gone from the whole store as damaged', () => {
    const { data, props, manifest } = storeWithSealed();
    data.delete(`devrate.sealed.${manifest.sequence}.0`);
    const record = readCandidate(openSealStore(props), 1, 'Ana');
    expect(record.sealed[0].card).toBeNull();
    expect(record.sealed[0].problem).toMatch(/part 1 of 1 is missing/);
  });

  it('counts the whole store before a write, even when the reads before it were by key', () => {
    const { reads, props } = storeWithSealed();
    const store = openSealStore(props);
    readCandidate(store, 1, 'Ana');
    expect(reads.whole).toBe(0);
    // 200 states and a scorecard are already there: a write that fits alone is refused for the whole.
    expect(() => writeStore(store, [{ 'devrate.big': 'x'.repeat(400 * 1024 - 1000) }], (kb) => `full at ${kb} KB`)).toThrow(
      /full at \d+ KB/,
    );
    expect(reads.whole).toBe(1);
  });
});

describe('what the store keeps of scorecards', () => {
  /** A state's JSON with every "sequence" key spelled with an escape, as JSON allows. */
  const escaped = (state: CandidateState) => JSON.stringify(state).replaceAll('"sequence"', '"\\u0073equence"');

  it('finds every state holding a sealed manifest, however its JSON spells the key, and no other', () => {
    const { data, props, manifest, ana } = storeWithSealed();
    data.set(
      candidateKey(1, 'Bo'),
      escaped({ ...ana, candidate: 'Bo', submissions: [{ name: 'Cy', sealed: { ...manifest, sequence: 7 } }] }),
    );
    data.set(candidateKey(1, 'A sequence of names'), JSON.stringify({ ...ana, candidate: 'A sequence of names', submissions: [] }));
    const found = statesWithManifests(openSealStore(props, 'whole')).map(({ key }) => key);
    expect(found.sort()).toEqual([candidateKey(1, 'Ana'), candidateKey(1, 'Bo')].sort());
    // A new scorecard takes a sequence no state refers to, even one whose chunks are gone.
    expect(sealChunks(openSealStore(props), card('Di')).manifest.sequence).toBe(8);
  });

  it('sweeps chunks no state refers to (a write cut short), keeping those a state refers to', () => {
    const { data, props, manifest } = storeWithSealed();
    data.set('devrate.sealed.99.0', 'left by a write cut short');
    const store = openSealStore(props);
    sweepUnreferencedChunks(store);
    expect(data.has('devrate.sealed.99.0')).toBe(false);
    expect(data.has(`devrate.sealed.${manifest.sequence}.0`)).toBe(true);
    expect(readCandidate(store, 1, 'Ana').sealed[0].card?.interviewer).toBe('Ben');
  });

  it('keeps every chunk while a state that cannot be read names a sequence, since they may be its', () => {
    const { data, props } = storeWithSealed();
    data.set('devrate.sealed.99.0', "perhaps the damaged one's");
    data.set(candidateKey(1, 'Bo'), '{"candidate":"Bo","submissions":[{"name":"Cy","sealed":{"sequence":99,"chu');
    sweepUnreferencedChunks(openSealStore(props));
    expect(data.has('devrate.sealed.99.0')).toBe(true);
  });

  it('sweeps all the same past a damaged state that names no sequence: it points at no chunk', () => {
    const { data, props } = storeWithSealed();
    data.set('devrate.sealed.99.0', 'left by a write cut short');
    data.set(candidateKey(1, 'Bo'), '{"candidate":"Bo","panel":[],"submissions":[{"name":"Cy","sealed":null}],"revealed":');
    sweepUnreferencedChunks(openSealStore(props));
    expect(data.has('devrate.sealed.99.0')).toBe(false);
  });
});

describe('names freed once nothing of theirs is sealed', () => {
  const bound = (data: Map<string, string>) =>
    data.set(BINDING_PREFIX + nameSkeleton('Dee'), JSON.stringify({ key: 'k', token: 't', name: 'Dee', trackers: [2] }));

  it('frees a name whose tracker holds nothing sealed', () => {
    const { data, props } = properties();
    bound(data);
    data.set(
      candidateKey(2, 'Bo'),
      JSON.stringify({ candidate: 'Bo', panel: [], panelBy: null, submissions: [{ name: 'Dee', sealed: null }], revealed: null }),
    );
    freeUnusedNames(openSealStore(props));
    expect(data.has(BINDING_PREFIX + nameSkeleton('Dee'))).toBe(false);
  });

  it('keeps it while a state of any tracker that cannot be read names a sequence', () => {
    const { data, props } = properties();
    bound(data);
    data.set(candidateKey(2, 'Bo'), '{"candidate":"Bo","submissions":[{"name":"Dee","sealed":{"sequence":4,');
    freeUnusedNames(openSealStore(props));
    expect(data.has(BINDING_PREFIX + nameSkeleton('Dee'))).toBe(true);
  });
});
