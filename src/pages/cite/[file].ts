import type { APIRoute, GetStaticPaths } from 'astro';
import { getPapers } from '../../lib/content/papers.ts';
import { BUILD_ACCESS_DATE } from '../../lib/cite/access-date.ts';
import { EXPORT_FORMATS, exportWork, type ExportFormat } from '../../lib/cite/exports.ts';
import { chapterWorkFor, getChapterEntries, paperWorkFor } from '../../lib/cite/site-works.ts';
import type { Work } from '../../lib/cite/work.ts';

/*
 * /cite/{slug}.bib, .ris, .json for every paper (described as on its /kk/ page, the site's default
 * language) and /cite/{lang}-{topic}.* for every chapter.
 */
export const getStaticPaths = (async ({ site }: { site?: URL }) => {
  const works: Work[] = [
    ...(await getPapers()).map((p) => paperWorkFor(p, 'kk', site)),
    ...(await getChapterEntries()).map((c) => chapterWorkFor(c, site)),
  ];
  return works.flatMap((work) => EXPORT_FORMATS.map((format) => ({ params: { file: `${work.key}.${format}` }, props: { work, format } })));
}) as unknown as GetStaticPaths;

const TYPES: Record<ExportFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export const GET: APIRoute = ({ props }) => {
  const { work, format } = props as { work: Work; format: ExportFormat };
  return new Response(exportWork(work, format, BUILD_ACCESS_DATE), { headers: { 'content-type': TYPES[format] } });
};
