import type { APIRoute, GetStaticPaths } from 'astro';
import { exportPaths, exportResponse } from '../../../lib/data/export-response.ts';

export const getStaticPaths = (() => exportPaths('timelines')) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params, site }) => exportResponse(`timelines/${String(params.name)}`, 'json', site);
