// The claim review: every citation of the editorial texts beside the passage it cites.
//
// A chapter cites a paper by source line (`<Cite src="004" line="1880" />`). For each citation
// this module finds the sentence that carries it and the cited passage, so that a reviewer can
// read one beside the other. A reviewer's verdict is stored in content/review/{lang}/{topic}.yaml,
// keyed by the citation and a fingerprint of its sentence: when the sentence is rewritten, the
// verdict no longer applies and the citation is reported as unreviewed again.
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';

export const VERDICTS = ['supported', 'partly', 'not', 'todo'] as const;

/** One stored verdict. */
export const VerdictEntry = z.object({
  /** The cited paper and source line, "004:1880". */
  cite: z.string().regex(/^[0-9a-z]+:\d+$/, 'a citation is "PAPER:LINE", e.g. "004:1880"'),
  /** The fingerprint of the citing sentence, printed by `npm run review`. */
  sentence: z.string().regex(/^[0-9a-f]{8}$/, 'the sentence fingerprint is 8 hex digits, as `npm run review` prints it'),
  verdict: z.enum(VERDICTS),
  /** What is wrong or only partly supported; optional for "supported". */
  note: z.string().optional(),
}).strict();
export type VerdictEntry = z.infer<typeof VerdictEntry>;
export const VerdictFile = z.array(VerdictEntry);

export interface Claim {
  /** 1-based order of the citation in the chapter. */
  index: number;
  src: string;
  line: number;
  /** The line of the chapter file the citation is on. */
  fileLine: number;
  /** The citing sentence, components reduced to their text, citations shown as [PAPER:LINE]. */
  sentence: string;
  /** Fingerprint of `sentence`. */
  hash: string;
}

const CITE = /<Cite\s+src="([0-9a-z]+)"\s+line="(\d+)"\s*\/>/g;

/** Sentence ends: a full stop, question or exclamation mark (after a closing quote or bracket too), then a space and a capital, a quote or a bracket. */
const SENTENCE_END = /(?<=[.!?][»”"')]?)\s+(?=[\p{Lu}«“"(])/gu;

/** Reduces MDX prose to readable text: citations as [PAPER:LINE], other components to their content. */
export function plainProse(mdx: string): string {
  return mdx
    .replace(CITE, (_m, src: string, line: string) => `[${src}:${line}]`)
    .replace(/<Figure[^>]*\/>/g, '')
    .replace(/<\/?[A-Z][A-Za-z]*[^>]*>/g, '')
    .replace(/\*\*?|__?/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

export const sentenceHash = (sentence: string): string => createHash('sha256').update(sentence.normalize('NFC')).digest('hex').slice(0, 8);

/** Every citation of a chapter with the sentence that carries it. */
export function claimsOf(mdx: string): Claim[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ' '));
  const claims: Claim[] = [];
  // Blocks are separated by blank lines; a citation's sentence never crosses a block.
  let offset = 0;
  for (const block of body.split(/\n\s*\n/)) {
    const start = offset;
    offset += block.length + 2;
    if (!block.includes('<Cite')) continue;
    // Cut the block into sentences on the raw text, so each citation knows its sentence.
    const bounds = [0, ...[...block.matchAll(SENTENCE_END)].map((m) => m.index! + m[0].length), block.length];
    for (const m of block.matchAll(CITE)) {
      let i = 0;
      while (i < bounds.length - 2 && bounds[i + 1]! <= m.index!) i++;
      const sentence = plainProse(block.slice(bounds[i], bounds[i + 1]));
      const fileLine = body.slice(0, start + m.index!).split('\n').length;
      claims.push({ index: claims.length + 1, src: m[1]!, line: Number(m[2]), fileLine, sentence, hash: sentenceHash(sentence) });
    }
  }
  return claims;
}

/** The passage a citation points at: the cited line with up to `around` non-blank lines either side. */
export function passageAt(lines: readonly string[], line: number, around = 5): { from: number; to: number; text: string[] } {
  const nonBlank = (n: number) => (lines[n - 1] ?? '').trim() !== '';
  let from = line;
  for (let k = 0; k < around && from > 1;) { from--; if (nonBlank(from)) k++; }
  let to = line;
  for (let k = 0; k < around && to < lines.length;) { to++; if (nonBlank(to)) k++; }
  const text: string[] = [];
  for (let n = from; n <= to; n++) if (nonBlank(n)) text.push(`${n === line ? '▶' : ' '} ${String(n).padStart(5)}  ${lines[n - 1]!.trim()}`);
  return { from, to, text };
}

export interface Tally { supported: number; partly: number; not: number; todo: number; unreviewed: number; stale: number }

/**
 * Matches claims with stored verdicts. A verdict whose sentence fingerprint matches no current
 * claim is stale (its sentence was rewritten or removed).
 */
export function tally(claims: readonly Claim[], verdicts: readonly VerdictEntry[]): { tally: Tally; byClaim: Map<number, VerdictEntry | undefined> } {
  const key = (cite: string, hash: string) => `${cite}#${hash}`;
  const stored = new Map(verdicts.map((v) => [key(v.cite, v.sentence), v]));
  const used = new Set<string>();
  const t: Tally = { supported: 0, partly: 0, not: 0, todo: 0, unreviewed: 0, stale: 0 };
  const byClaim = new Map<number, VerdictEntry | undefined>();
  for (const c of claims) {
    const k = key(`${c.src}:${c.line}`, c.hash);
    const v = stored.get(k);
    byClaim.set(c.index, v);
    if (v) { used.add(k); t[v.verdict]++; } else t.unreviewed++;
  }
  t.stale = [...stored.keys()].filter((k) => !used.has(k)).length;
  return { tally: t, byClaim };
}
