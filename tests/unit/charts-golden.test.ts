/*
 * Golden SVG snapshots of the charts, drawn from the real datasets. A mismatch writes
 * tests/golden/NAME-changed.svg beside the golden and fails; a missing golden fails unless
 * UPDATE_GOLDEN=1 (never in CI). Ids are normalised, so renaming a prefix is not a change.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

import { FIGURES, type FigureId } from '../../src/lib/charts/figures/index.ts';
import { timelineOverview } from '../../src/lib/charts/figures/timelines.ts';
import type { FigureContext } from '../../src/lib/charts/figures/model.ts';
import { PaperData } from '../../src/lib/content/paper-schema.ts';
import { loadDatasets } from '../../src/lib/data/datasets.ts';
import { useTranslations } from '../../src/lib/i18n/index.ts';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';

const GOLDEN = 'tests/golden';
const papers = loadCorpus('content/sources').papers.map((p) => PaperData.parse({ ...p, lineToParagraph: [...p.lineToParagraph.entries()] }));
const ds = loadDatasets(papers);
const ctx = (lang: 'kk' | 'ru' | 'en', idPrefix: string): FigureContext => ({ lang, t: useTranslations(lang), ds, papers, idPrefix });

/**
 * Renames ids to id1, id2… in order of appearance, with every reference to them, and writes one
 * element per line. Paragraph numbers become ¶N: they belong to the ingestion (pinned by the link
 * tests below), not to the drawing.
 */
function normalise(svg: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  let out = svg;
  ids.forEach((id, i) => {
    const safe = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<=[\\s"#(])${safe}(?=[\\s")])`, 'g'), `id${i + 1}`);
  });
  return out.replace(/#p\d+/g, '#pN').replace(/¶\d+(–\d+)?/g, '¶N').replace(/></g, '>\n<') + '\n';
}

function golden(name: string, svg: string) {
  const file = join(GOLDEN, `${name}.svg`);
  const changed = join(GOLDEN, `${name}-changed.svg`);
  const actual = normalise(svg);
  const update = process.env.UPDATE_GOLDEN === '1' && !process.env.CI;
  if (!existsSync(file)) {
    if (!update) throw new Error(`no golden ${file}: run with UPDATE_GOLDEN=1 to create it, check it, and commit it`);
    writeFileSync(file, actual);
    return;
  }
  if (readFileSync(file, 'utf8') === actual) { rmSync(changed, { force: true }); return; }
  if (update) { writeFileSync(file, actual); rmSync(changed, { force: true }); return; }
  writeFileSync(changed, actual);
  expect.fail(`${name}: the chart differs from ${file}; see ${changed} (UPDATE_GOLDEN=1 accepts it)`);
}

const charts: [string, FigureId, 'kk' | 'ru' | 'en'][] = [
  ['embassies-bar.en', 'embassies-bar', 'en'],
  ['embassies-bar.kk', 'embassies-bar', 'kk'],
  ['embassies-map.en', 'embassies-map', 'en'],
  ['akimat-engagement.ru', 'akimat-engagement', 'ru'],
  ['steppe-timeline.en', 'steppe-timeline', 'en'],
  ['independence-timeline.kk', 'independence-timeline', 'kk'],
  ['candidates-2008.en', 'candidates-2008', 'en'],
  ['social-stats.en', 'social-stats', 'en'],
];

describe('golden SVG', () => {
  it.each(charts)('%s', (name, id, lang) => {
    const model = FIGURES[id](ctx(lang, `fig-${id}`));
    golden(name, model.svg!);
  });

  it('timelines-overview.en', () => {
    golden('timelines-overview.en', timelineOverview(ctx('en', 'fig-timelines-overview')).svg!);
  });

  it('normalises ids and their references', () => {
    expect(normalise('<svg aria-labelledby="a-title a-desc"><title id="a-title">T</title><desc id="a-desc">D</desc><rect fill="url(#a-hatch)"/><pattern id="a-hatch"/></svg>'))
      .toBe('<svg aria-labelledby="id1 id2">\n<title id="id1">T</title>\n<desc id="id2">D</desc>\n<rect fill="url(#id3)"/>\n<pattern id="id3"/>\n</svg>\n');
  });
});

describe('what the charts show', () => {
  it('the embassy bar chart has a mark for each of the 21 embassies, each linking to its paragraph', () => {
    const svg = FIGURES['embassies-bar'](ctx('en', 'x')).svg!;
    const hrefs = [...svg.matchAll(/class="mark[^"]*" data-key="[^"]+" data-href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toHaveLength(21);
    const paper = papers.find((p) => p.id === '004')!;
    const table = paper.blocks.find((b) => b.kind === 'table' && b.id === 'embassies-facebook') as { n: number };
    const page = paper.pages.find((pg) => pg.blocks.some((b) => b.kind === 'table' && b.n === table.n))!;
    expect(new Set(hrefs)).toEqual(new Set([`/en/papers/public-diplomacy-dissertation/${page.slug}/#p${table.n}`]));
  });

  it('the map draws 21 area-proportional circles', () => {
    const svg = FIGURES['embassies-map'](ctx('en', 'x')).svg!;
    const r = [...svg.matchAll(/class="bubble" cx="[^"]+" cy="[^"]+" r="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(r).toHaveLength(21);
    const [big, small] = [Math.max(...r), Math.min(...r)];
    expect((big / small) ** 2).toBeCloseTo(33343 / 212, -1);
  });

  it('numbers are formatted for the interface language', () => {
    expect(FIGURES['embassies-bar'](ctx('kk', 'x')).svg).toContain('33\u00a0343');
    expect(FIGURES['embassies-bar'](ctx('en', 'x')).svg).toContain('33,343');
  });

  it('conflicting dates are drawn side by side', () => {
    const svg = FIGURES['steppe-timeline'](ctx('en', 'x')).svg!;
    const kasym = /<g class="mark tone-2 conflict" data-key="kasym-khan-reign"[\s\S]*?<\/g>/.exec(svg)?.[0] ?? '';
    expect(kasym).toContain('class="alt range"');
    expect(kasym).toContain('class="main range"');
  });

  it('an unknown figure id is a clear error', async () => {
    const { buildFigure } = await import('../../src/lib/charts/figures/index.ts');
    await expect(buildFigure('embassy-bars', 'en')).rejects.toThrow(/unknown figure id\. Known ids: steppe-timeline, independence-timeline/);
  });
});
