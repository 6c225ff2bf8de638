/** The CSV writer of the downloadable data (src/lib/data/exports.ts). */

type Value = string | number | null;

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe, as OWASP advises for CSV exports; numbers ("-12", "+7.5") stay numbers.
 */
export const neutraliseFormula = (s: string): string => (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(?:[.,]\d+)?$/.test(s) ? `'${s}` : s);

const csvField = (v: Value) => {
  if (v === null) return '';
  const s = typeof v === 'string' ? neutraliseFormula(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV with a header row (the keys of the first record). */
export function toCsv(records: readonly Record<string, Value>[]): string {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return [columns, ...records.map((r) => columns.map((c) => r[c] ?? null))].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

