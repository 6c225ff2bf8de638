/*
 * The number check: every number a dataset shows must occur in the passage its record cites.
 * Numbers are compared as digit runs, so "15.4" in a dataset matches "15,4" in a Kazakh text and
 * "13383" matches "13 383". Identifiers, coordinates, ranks and versions are not numbers a reader
 * takes from the source, so they are exempt; so are the editorial bounds of centuries and eras.
 */

/** Keys whose values are identifiers or editorial, never checked against the source. */
export const EXEMPT_KEYS: ReadonlySet<string> = new Set([
  'id', 'rank', 'version', 'lat', 'lon', 'url', 'country', 'theme', 'precision', 'kind', 'unit', 'network', 'source',
]);

/** One number shown by a record: where it is (path inside the record) and its digit run. */
export interface ShownNumber {
  path: (string | number)[];
  /** The value as written in the dataset. */
  value: string;
  /** The digit run that must occur in the passage (leading zeros dropped). */
  run: string;
}

const trimZeros = (run: string) => run.replace(/^0+(?=\d)/, '');

/** Digits grouped by thousand separators ("13 383", "1,200"), or a plain digit run. */
const NUMBER = /(?<!\d)\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?!\d)|\d+/g;

/** The digit runs of a text, leading zeros dropped: "2,20 млн" → ["2", "20"]. */
export function digitRuns(text: string): string[] {
  return (text.match(/\d+/g) ?? []).map(trimZeros);
}

/**
 * The numbers of a text as digit runs, thousand separators ignored: "some 1,200 journalists" →
 * ["1200"], "4.5 thousand" → ["4", "5"].
 */
export function numberRuns(text: string): string[] {
  return (text.match(NUMBER) ?? []).map((m) => trimZeros(m.replace(/\D/g, '')));
}

/**
 * The numbers a reader finds in a passage: every digit run, and every group of runs joined by
 * thousand separators (space, no-break space, comma, dot): "13 383" gives 13, 383 and 13383.
 */
export function passageNumbers(text: string): Set<string> {
  return new Set([...digitRuns(text), ...numberRuns(text)]);
}

/** A record is any object that cites its own passage. */
export const isRecord = (x: unknown): x is Record<string, unknown> & { source: unknown } =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && 'source' in x;

/**
 * The numbers a record shows, in order, with their paths: strings and numbers anywhere inside it,
 * except under exempt keys and inside nested records (those are checked against their own passage).
 * Dates contribute their years (and days) unless they are the editorial bounds of a century or era.
 */
export function shownNumbers(record: Record<string, unknown>): ShownNumber[] {
  const out: ShownNumber[] = [];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (typeof node === 'number') {
      for (const run of digitRuns(String(node))) out.push({ path, value: String(node), run });
    } else if (typeof node === 'string') {
      for (const run of numberRuns(node)) out.push({ path, value: node, run });
    } else if (Array.isArray(node)) {
      node.forEach((v, i) => visit(v, [...path, i]));
    } else if (typeof node === 'object' && node !== null) {
      if (path.length && isRecord(node)) return;
      if (path.at(-1) === 'date' && 'precision' in node) {
        for (const n of dateNumbers(node as DateLike)) out.push({ path: [...path, n.key], value: n.value, run: n.run });
        if ('label' in node) visit(node.label, [...path, 'label']);
        return;
      }
      for (const [k, v] of Object.entries(node)) if (!EXEMPT_KEYS.has(k)) visit(v, [...path, k]);
    }
  };
  visit(record, []);
  return out;
}

interface DateLike { start: string; end?: string; precision: string }

/** The parts of a date a source states in digits: years always, days when the date is a day. */
function dateNumbers(d: DateLike): { key: string; value: string; run: string }[] {
  if (d.precision === 'century' || d.precision === 'era') return [];
  const parts = (key: 'start' | 'end', s: string | undefined) => {
    if (!s || s.startsWith('-')) return [];
    const [y, , day] = s.split('-');
    return [y, day].filter((r): r is string => !!r).map((r) => ({ key, value: s, run: trimZeros(r) }));
  };
  return [...parts('start', d.start), ...parts('end', d.end)];
}

/** The numbers of a record that its passage does not contain. */
export function missingNumbers(record: Record<string, unknown>, passage: string): ShownNumber[] {
  const found = passageNumbers(passage);
  return shownNumbers(record).filter((n) => !found.has(n.run));
}
