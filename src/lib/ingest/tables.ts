import { SourceError } from '../core/errors.ts';
import { cellText, type Cell, type TableManifest } from './manifest.ts';
import { compact } from './text.ts';

/**
 * Checks a table reconstruction against the source lines it replaces: every cell (or every part
 * of a cell joined from pieces) must occur in those lines, compared letters and digits only.
 * Returns the number of values checked.
 */
export function verifyTable(table: TableManifest, rangeText: string, where: { file: string; line: (path: (string | number)[]) => number | undefined; slug: string; index: number }): number {
  const haystack = compact(rangeText);
  let checked = 0;
  const check = (cell: Cell, path: (string | number)[]) => {
    const parts = typeof cell === 'string' ? [cell] : cell.parts;
    for (const part of parts) {
      const needle = compact(part);
      if (needle === '') continue;
      checked++;
      if (!haystack.includes(needle)) {
        throw new SourceError(where.file, where.line([where.slug, where.index, ...path]),
          `table "${table.id}": the value «${part}» does not occur in source lines ${table.lines[0]}–${table.lines[1]}`,
          'copy the value exactly as printed in those lines (letters and digits are compared), split it into `parts` if the source interrupts it, or widen `lines`');
      }
    }
  };
  if (table.caption) check(table.caption, ['caption']);
  table.header.forEach((h, i) => check(h, ['header', i]));
  table.rows.forEach((row, r) => {
    if (row.length !== table.header.length) {
      throw new SourceError(where.file, where.line([where.slug, where.index, 'rows', r]),
        `table "${table.id}": row ${r + 1} has ${row.length} cells but the header has ${table.header.length}`,
        'give every row as many cells as the header (use "" for an empty cell)');
    }
    row.forEach((cell, c) => check(cell, ['rows', r, c]));
  });
  if (table.note && !table.note.startsWith('[Ред.]')) check(table.note, ['note']);
  return checked;
}

export const tableRows = (table: TableManifest): string[][] => table.rows.map((row) => row.map(cellText));
