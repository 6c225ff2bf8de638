import { getPapers } from '../../content/papers.ts';
import { getDatasets } from '../../data/datasets.ts';
import { useTranslations } from '../../i18n/index.ts';
import type { Lang } from '../../../site/languages.ts';
import { akimatEngagement } from './akimats.ts';
import { candidates2008, socialStats } from './context.ts';
import { embassiesBar, embassiesMap } from './embassies.ts';
import type { FigureContext, FigureModel } from './model.ts';
import { pressVsPr } from './press-vs-pr.ts';
import { timelineColumn } from './timelines.ts';

export type { FigureModel } from './model.ts';

/** Every figure a chapter can embed with <Figure id="…" />. */
export const FIGURES = {
  'steppe-timeline': (c: FigureContext) => timelineColumn(c, 'steppe'),
  'independence-timeline': (c: FigureContext) => timelineColumn(c, 'independence'),
  'us-uk-timeline': (c: FigureContext) => timelineColumn(c, 'us-uk'),
  'digital-timeline': (c: FigureContext) => timelineColumn(c, 'digital'),
  'embassies-bar': embassiesBar,
  'embassies-map': embassiesMap,
  'akimat-engagement': akimatEngagement,
  'press-vs-pr': pressVsPr,
  'candidates-2008': candidates2008,
  'social-stats': socialStats,
} as const satisfies Record<string, (c: FigureContext) => FigureModel>;

export type FigureId = keyof typeof FIGURES;

/**
 * The archive's figure numbers ("Figure 8"): one number per figure, the same on every page that shows
 * it, so that a citation's number finds the figure wherever the reader meets it. The timeline
 * overview (/timelines/) comes first, then FIGURES in their order.
 */
const FIGURE_ORDER: readonly string[] = ['timelines-overview', ...Object.keys(FIGURES)];

export function figureNumber(id: string): number {
  const i = FIGURE_ORDER.indexOf(id);
  if (i < 0) throw new Error(`figure "${id}" has no number. Fix: add it to FIGURE_ORDER in src/lib/charts/figures/index.ts`);
  return i + 1;
}

export const isFigureId = (id: string): id is FigureId => Object.hasOwn(FIGURES, id);

/** The context a figure is built in: language, strings, checked datasets and papers. */
export async function figureContext(lang: Lang, idPrefix: string): Promise<FigureContext> {
  const [ds, papers] = await Promise.all([getDatasets(), getPapers()]);
  return { lang, t: useTranslations(lang), ds, papers, idPrefix };
}

/** Builds a figure by id; an unknown id is an error that lists the known ones. */
export async function buildFigure(id: string, lang: Lang, idPrefix = `fig-${id}`): Promise<FigureModel> {
  if (!isFigureId(id)) {
    throw new Error(`<Figure id="${id}">: unknown figure id. Known ids: ${Object.keys(FIGURES).join(', ')}. Fix: use one of them, or add the figure to FIGURES in src/lib/charts/figures/index.ts`);
  }
  return FIGURES[id](await figureContext(lang, idPrefix));
}
