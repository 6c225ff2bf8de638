/**
 * Results grouped for display: one group per paper (papers first, in the order of their best
 * passage), then one group per other kind (chapters, glossary, timeline events). A page of results
 * shows up to `perPage` passages: up to three per paper and one per other group, so that the
 * first screen shows as many papers as possible and still the best glossary entry, chapter passage
 * and timeline event. "More" raises both limits. Within such a group the passages `prefer` picks
 * come first (the copy of a glossary entry or an event in the reader's language).
 */
import type { Ranked } from './execute.ts';

export interface GroupFacets { kind: string; paper?: string | undefined }
export interface Group { key: string; paper?: string | undefined; kind: string; total: number; items: Ranked[] }

export function groupResults(ranked: readonly Ranked[], facetsOf: (id: string) => GroupFacets | undefined, pages = 1, perPage = 12, prefer: (id: string) => boolean = () => false): Group[] {
  const groups = new Map<string, Group>();
  for (const r of ranked) {
    const f = facetsOf(r.id);
    const key = f?.paper ? `paper:${f.paper}` : `kind:${f?.kind ?? 'page'}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, paper: f?.paper, kind: f?.kind ?? 'page', total: 0, items: [] }));
    g.total++;
  }
  const ordered = [...groups.values()].sort((a, b) => Number(!a.paper) - Number(!b.paper)); // stable: best first within each
  const others = ordered.filter((g) => !g.paper);
  const limit = perPage * pages;
  const reserve = Math.min(limit, others.length * pages);
  const cap = (g: Group) => (g.paper ? 3 * pages : pages);
  let shown = 0;
  const preferred = [...ranked].sort((a, b) => Number(prefer(b.id)) - Number(prefer(a.id))); // stable
  for (const pass of ['paper', 'other'] as const) {
    for (const r of pass === 'paper' ? ranked : preferred) {
      const f = facetsOf(r.id);
      const g = groups.get(f?.paper ? `paper:${f.paper}` : `kind:${f?.kind ?? 'page'}`)!;
      if ((pass === 'paper') !== Boolean(g.paper)) continue;
      if (pass === 'paper' && shown >= limit - reserve) break;
      if (shown >= limit) break;
      if (g.items.length < cap(g)) { g.items.push(r); shown++; }
    }
  }
  return ordered.filter((g) => g.items.length);
}
