/**
 * Runs a query plan against the index and ranks the passages.
 *
 * Each concept is searched on its own (an alternative is one Pagefind search: all its keys in the
 * passage); a passage's score is the sum of its concepts' best scores, and passages holding every
 * concept come first. When fewer than `enough` passages hold them all, passages holding at least
 * half of the concepts follow, so a long question still finds something. A concept's fallback (the
 * Cyrillic readings of a Latin word) is searched when its own keys are rare in the index.
 */
import type { Concept, Plan } from './plan.ts';

export interface Location { at: number; exact: boolean; key?: string }
export interface Hit { id: string; score: number; locations: Location[] }
export interface SearchBackend { search(keys: string[]): Promise<Hit[]> }

export interface Ranked {
  id: string;
  score: number;
  /** Share of the query's concepts found in the passage (1 = all). */
  coverage: number;
  /** Word positions of the matches in the passage. */
  locations: number[];
}

export interface Outcome {
  ranked: Ranked[];
  /** Concepts found only through their fallback (Cyrillic readings of a Latin word). */
  usedFallback: Concept[];
}

/** A Latin word found in fewer passages than this is also searched in its Cyrillic readings. */
const RARE = 5;

/** A short word matches whole words only ("pr" must not find "president"), when there are any. */
async function searchAlternative(backend: SearchBackend, keys: string[], whole: readonly string[]): Promise<Hit[]> {
  const hits = await backend.search(keys);
  const strict = keys.filter((k) => whole.includes(k));
  if (!strict.length) return hits;
  const exact = hits
    .map((h) => ({ ...h, locations: h.locations.filter((l) => !l.key || !strict.includes(l.key) || l.exact) }))
    .filter((h) => strict.every((k) => h.locations.some((l) => l.exact && (l.key ?? k) === k)));
  return exact.length ? exact : hits;
}

async function searchConcept(backend: SearchBackend, alternatives: string[][], whole: readonly string[] = []): Promise<Map<string, Hit>> {
  const found = new Map<string, Hit>();
  for (const hits of await Promise.all(alternatives.map((a) => searchAlternative(backend, a, whole)))) {
    for (const h of hits) {
      const had = found.get(h.id);
      found.set(h.id, had ? { id: h.id, score: Math.max(had.score, h.score), locations: [...had.locations, ...h.locations] } : h);
    }
  }
  return found;
}

export async function execute(plan: Plan, backend: SearchBackend, enough = 10): Promise<Outcome> {
  const usedFallback: Concept[] = [];
  const perConcept = await Promise.all(plan.concepts.map(async (c) => {
    const found = await searchConcept(backend, c.alternatives, c.whole);
    if (found.size >= RARE || !c.fallback.length) return found;
    const fallback = await searchConcept(backend, c.fallback);
    if (!fallback.size) return found;
    usedFallback.push(c);
    for (const [id, h] of found) if (!fallback.has(id)) fallback.set(id, h);
    return fallback;
  }));
  const n = perConcept.length;
  const merged = new Map<string, { score: number; count: number; locations: Set<number> }>();
  for (const found of perConcept) {
    for (const h of found.values()) {
      const m = merged.get(h.id) ?? { score: 0, count: 0, locations: new Set<number>() };
      m.score += h.score;
      m.count += 1;
      for (const l of h.locations) m.locations.add(l.at);
      merged.set(h.id, m);
    }
  }
  let ranked: Ranked[] = [...merged].map(([id, m]) => ({ id, score: m.score, coverage: n ? m.count / n : 0, locations: [...m.locations].sort((a, b) => a - b) }));
  const complete = ranked.filter((r) => r.coverage === 1).length;
  ranked = ranked.filter((r) => r.coverage === 1 || (complete < enough && r.coverage >= 0.5));
  ranked.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  return { ranked, usedFallback };
}
