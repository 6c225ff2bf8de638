import type { APIRoute, GetStaticPaths } from 'astro';
import { getPapers } from '../../lib/content/papers.ts';
import { EXPORT_FORMATS, exportName, exportWork, type ExportFormat } from '../../lib/cite/exports.ts';
import { chapterWorkFor, getChapterEntries, paperWorkFor } from '../../lib/cite/site-works.ts';
import { LANGS } from '../../site/languages.ts';
import type { Work } from '../../lib/cite/work.ts';

/*
 * /cite/{slug}.bib, .ris, .json for every paper as its /kk/ page describes it, /cite/{slug}.{ru,en}.*
 * as the ru and en pages do, and /cite/{lang}-{topic}.* for every chapter. No access date (exports.ts).
 */
export const getStaticPaths = (async ({ site }: { site?: URL }) => {
  const papers = await getPapers();
  const works: Work[] = [
    ...LANGS.flatMap((lang) => papers.map((p) => paperWorkFor(p, lang, site))),
    ...(await getChapterEntries()).map((c) => chapterWorkFor(c, site)),
  ];
  return works.flatMap((work) => EXPORT_FORMATS.map((format) => ({ params: { file: exportName(work, format) }, props: { work, format } })));
}) as unknown as GetStaticPaths;

const TYPES: Record<ExportFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export const GET: APIRoute = ({ props }) => {
  const { work, format } = props as { work: Work; format: ExportFormat };
  return new Response(exportWork(work, format), { headers: { 'content-type': TYPES[format] } });
};
