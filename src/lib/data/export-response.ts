import { getPapers } from '../content/papers.ts';
import { BUILD_ACCESS_DATE } from '../cite/access-date.ts';
import { useTranslations } from '../i18n/index.ts';
import { getDatasets } from './datasets.ts';
import { toCsv } from './csv.ts';
import { buildExport, exportNames, toJson } from './exports.ts';
import { LANG } from '../../site/languages.ts';

/** Static paths of the downloads: top-level files (/data/NAME.ext) or one folder (/data/timelines/ID.ext). */
export async function exportPaths(folder?: string): Promise<{ params: { name: string } }[]> {
  const names = exportNames(await getDatasets());
  return names
    .filter((n) => (folder ? n.startsWith(`${folder}/`) : !n.includes('/')))
    .map((n) => ({ params: { name: folder ? n.slice(folder.length + 1) : n } }));
}

/** The body of /data/NAME.csv or .json. */
export async function exportResponse(name: string, format: 'csv' | 'json', site: URL | undefined): Promise<Response> {
  const ex = buildExport(name, await getDatasets(), await getPapers(), site);
  if (format === 'csv') return new Response(toCsv(ex.records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  return new Response(toJson(ex, { archive: useTranslations(LANG.en)('site.name'), generated: BUILD_ACCESS_DATE }), { headers: { 'content-type': 'application/json' } });
}
