import { paragraphUrl } from '../../content/papers.ts';
import type { UiKey } from '../../i18n/index.ts';
import { pressVsPrTable } from '../../data/press-vs-pr.ts';
import { downloads, type Comparison, type FigureContext, type FigureModel } from './model.ts';

/** Row heads of the source table and their names in the interface strings. */
const ROW_KEYS: Record<string, UiKey> = { 'Басты мақсаты': 'charts.pvp.aim', 'Ерекшелігі': 'charts.pvp.feature' };

/** Paper 002's comparison of a press service and a PR department, as two columns side by side. */
export function pressVsPr(c: FigureContext): FigureModel {
  const { paper, block } = pressVsPrTable(c.papers);
  const href = paragraphUrl(c.lang, paper, block.n);
  const rows: Comparison['rows'] = [];
  for (const r of block.rows) {
    const [head = '', left = '', right = ''] = r;
    const last = rows.at(-1);
    if (!head && last && !last.original) {
      if (left) last.cells[0].push(left);
      if (right) last.cells[1].push(right);
    } else if (!head) {
      rows.push({ label: c.t('charts.pvp.functions'), cells: [left ? [left] : [], right ? [right] : []] });
    } else {
      const key = ROW_KEYS[head];
      rows.push({ ...(key ? { label: c.t(key) } : {}), original: head, cells: [left ? [left] : [], right ? [right] : []] });
    }
  }
  const [, press = '', pr = ''] = block.header;
  return {
    id: 'press-vs-pr',
    title: c.t('charts.pvp.title'),
    caption: c.t('charts.pvp.caption', { n: block.n }),
    comparison: {
      lang: block.lang,
      columns: [{ label: c.t('charts.pvp.press'), original: press }, { label: c.t('charts.pvp.pr'), original: pr }],
      rows,
      href,
    },
    legend: [],
    notes: block.note ? [{ text: c.t('charts.pvp.truncated') }] : [],
    downloads: downloads('press-vs-pr'),
    cite: { version: block.fingerprint.slice(0, 8), sources: [{ paper, paragraphs: `¶${block.n}` }] },
    interactive: false,
  };
}
