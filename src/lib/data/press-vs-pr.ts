import type { PaperData } from '../content/paper-schema.ts';

/** Paper 002's comparison of a press service and a PR department: a table block of the paper itself. */
export const PRESS_VS_PR = { paper: 'political-pr-state-bodies', table: 'press-vs-pr' } as const;

/** The table block, or a clear error if the ingestion no longer yields it. */
export function pressVsPrTable(papers: readonly PaperData[]) {
  const paper = papers.find((p) => p.slug === PRESS_VS_PR.paper);
  const block = paper?.blocks.find((b) => b.kind === 'table' && b.id === PRESS_VS_PR.table);
  if (!paper || !block || block.kind !== 'table') {
    throw new Error(`press-vs-pr: no table block "${PRESS_VS_PR.table}" in paper "${PRESS_VS_PR.paper}". Fix: check content/sources/tables.yaml`);
  }
  return { paper, block };
}
