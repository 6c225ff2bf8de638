// Checks that a translation is faithful to its original, block by block. Each finding names the
// translation file and line. They run in the build (a finding stops it) and in `npm run translations`.
import type { GlossaryEntry } from '../glossary/index.ts';
import { LANG, type Lang } from '../../site/languages.ts';
import type { NumberedBlock } from '../ingest/blocks.ts';
import type { IngestedPaper } from '../ingest/pipeline.ts';
import type { Attached } from './attach.ts';
import type { NameEntry } from './names.ts';
import { keyOf, type BlockTranslation } from './store.ts';

export interface Finding {
  file: string;
  line: number;
  check: 'numbers' | 'markers' | 'glossary' | 'letters' | 'length' | 'names';
  slug: string;
  lang: Lang;
  /** The block's source lines, "17-29". */
  key: string;
  /** What the finding is about: the glossary id, the name, the numbers. */
  subject: string;
  message: string;
}

/**
 * Bounds of a translation's length against its original, in characters, for blocks of 200
 * characters or more: measured on the archive's translations (see the README, "Translations").
 */
export const LENGTH_BOUNDS: Record<Lang, Partial<Record<Lang, [number, number]>>> = {
  // Measured on the four articles' 180 Kazakh paragraphs of 200 characters or more (2026-12):
  // Russian 0.87–1.25 (median 1.03), English 0.85–1.24 (median 1.00); abstracts ru/en ↔ kk 0.90–1.08.
  // A paragraph with one sentence in four left out falls below the lower bound.
  kk: { ru: [0.75, 1.45], en: [0.75, 1.45] },
  ru: { kk: [0.75, 1.35], en: [0.75, 1.35] },
  en: { kk: [0.75, 1.35], ru: [0.75, 1.35] },
};

const textOf = (v: BlockTranslation | NumberedBlock): string => {
  if (typeof v === 'string') return v;
  if ('kind' in v) return v.kind === 'table' ? [v.caption ?? '', ...v.header, ...v.rows.flat()].join(' \n ') : v.text;
  return [v.caption ?? '', ...v.header, ...v.rows.flat()].join(' \n ');
};

/** The numbers of a text: digit runs, with thousands separators removed ("2 190", "2,190" → 2190). */
export function numbersOf(text: string): string[] {
  let t = text;
  for (let i = 0; i < 3; i++) t = t.replace(/(\d)[\s\u00a0\u202f,.](\d{3})(?!\d)/g, '$1$2');
  return t.match(/\d+/g) ?? [];
}

/** Footnote markers: the first number inside square brackets ("[87]", "[3, 16 б.]" → "3"). */
export const markersOf = (text: string): string[] => [...text.matchAll(/\[(\d+)/g)].map((m) => m[1]!);

const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;

/**
 * The stem of a word, for finding its inflected forms. Kazakh adds its endings to the whole word,
 * changing only a final к, қ, п (әкімдік → әкімдігі): the whole word, less such a final letter.
 * Russian and English change the word's end (сеть → сети, network → networks): its first 60 %, at
 * least three letters, never the whole word.
 */
export function stemOf(word: string, side: typeof LANG.kk | 'target'): string {
  const w = word.toLowerCase();
  if (side === LANG.kk) return w.length > 3 && /[кқп]$/u.test(w) ? w.slice(0, -1) : w;
  return w.length <= 3 ? w : w.slice(0, Math.max(3, Math.min(w.length - 1, Math.ceil(w.length * 0.6))));
}

/** A text's words, lower-cased, as the phrase matching reads them. */
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Does `text` contain the phrase, each word possibly inflected? A word of under three letters must stand as it is. */
export function containsPhrase(text: string | readonly string[], phrase: string, side: typeof LANG.kk | 'target'): boolean {
  const want = wordsOf(phrase).map((w) => (w.length < 3 ? w : stemOf(w, side)));
  const words = typeof text === 'string' ? wordsOf(text) : text;
  const fits = (word: string, stem: string) => (stem.length < 3 ? word === stem : word.startsWith(stem));
  for (let i = 0; i + want.length <= words.length; i++) if (want.every((s, k) => fits(words[i + k]!, s))) return true;
  return false;
}

export function checkTranslations(papers: readonly Pick<IngestedPaper, 'slug' | 'blocks'>[], attached: Attached, opts: { glossary: GlossaryEntry[]; names: NameEntry[] }): Finding[] {
  const findings: Finding[] = [];
  const keepNames = opts.names.filter((n) => n.keep);
  for (const p of papers) {
    for (const b of p.blocks) {
      if (b.kind === 'heading') continue;
      const tr = attached.get(p.slug)?.get(keyOf(b.lines));
      if (!tr) continue;
      const original = textOf(b);
      for (const [lang, t] of Object.entries(tr) as [Lang, NonNullable<(typeof tr)[Lang]>][]) {
        const text = textOf(t.value);
        const at = (check: Finding['check'], message: string, subject = '') => findings.push({ file: t.file, line: t.line, check, slug: p.slug, lang, key: keyOf(b.lines), subject, message: `¶ ${b.n} (lines ${keyOf(b.lines)}): ${message}` });
        const have = numbersOf(text);
        // A decade written out in full counts ("40-шы жылдары" of the 17th century → "the 1640s").
        const missing = [...new Set(numbersOf(original))].filter((n) => !have.some((h) => h === n || (n.length === 2 && h.length === 4 && h.endsWith(n))));
        if (missing.length) at('numbers', `the number${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of the original ${missing.length > 1 ? 'are' : 'is'} not in the translation`, missing.join(','));
        const lost = [...new Set(markersOf(original))].filter((m) => !markersOf(text).includes(m));
        if (lost.length) at('markers', `the footnote marker${lost.length > 1 ? 's' : ''} ${lost.map((m) => `[${m}]`).join(', ')} of the original ${lost.length > 1 ? 'are' : 'is'} missing`, lost.join(','));
        if (lang !== LANG.kk) {
          const rest = keepNames.reduce((s, n) => s.split(n.kk).join(''), text);
          const kk = [...new Set(rest.match(KAZAKH_ONLY) ?? [])];
          if (kk.length) at('letters', `Kazakh letters (${kk.join(' ')}) in a ${lang} translation, in «${rest.match(/\S*[әғқңөұүһіӘҒҚҢӨҰҮҺІ]\S*/u)?.[0]}»: write the ${lang} form, or list the name in names.yaml with keep: true`, kk.join(''));
        }
        // Each text is cut into words once: every glossary term and name is looked for in them.
        const originalWords = wordsOf(original);
        const textWords = wordsOf(text);
        if (b.lang === LANG.kk && lang !== LANG.kk) {
          for (const g of opts.glossary) {
            const forms = [g.kk.term, ...g.kk.variants].filter((f) => f.length >= 5 && !/[A-Za-z]/.test(f));
            if (!forms.some((f) => containsPhrase(originalWords, f, LANG.kk))) continue;
            const targets = [g[lang].term, ...g[lang].variants];
            if (!targets.some((f) => containsPhrase(textWords, f, 'target'))) at('glossary', `the glossary term «${g.kk.term}» (${g.id}) is not rendered as "${g[lang].term}"${g[lang].variants.length ? ` or a listed variant (${g[lang].variants.join(', ')})` : ''}`, g.id);
          }
        }
        if (b.lang === LANG.kk) {
          for (const n of opts.names) {
            if (!containsPhrase(originalWords, n.kk, LANG.kk)) continue;
            const forms = lang === LANG.kk ? [n.kk] : [n[lang], ...n.variants];
            if (!forms.some((f) => containsPhrase(textWords, f, lang === LANG.kk ? LANG.kk : 'target'))) at('names', `«${n.kk}» is written "${n[lang as Exclude<Lang, typeof LANG.kk>]}" in the names table`, n.kk);
          }
        }
        const bounds = LENGTH_BOUNDS[b.lang]?.[lang];
        if (bounds && original.length >= 200) {
          const ratio = text.length / original.length;
          if (ratio < bounds[0] || ratio > bounds[1]) at('length', `the translation is ${ratio.toFixed(2)} times the original's length (expected ${bounds[0]}–${bounds[1]}): a sentence left out or added?`, ratio.toFixed(2));
        }
      }
    }
  }
  return findings;
}
