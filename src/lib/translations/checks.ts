// Checks that a translation is faithful to its original, block by block. Each finding names the
// translation file and line. They run in the build (a finding stops it) and in `npm run translations`.
import type { GlossaryEntry } from '../glossary/index.ts';
import type { Lang } from '../ingest/manifest.ts';
import type { IngestedPaper, NumberedBlock } from '../ingest/pipeline.ts';
import type { Attached } from './attach.ts';
import type { NameEntry } from './names.ts';
import { keyOf, type BlockTranslation } from './store.ts';

export interface Finding { file: string; line: number; check: 'numbers' | 'markers' | 'glossary' | 'letters' | 'length' | 'names'; message: string }

/**
 * Bounds of a translation's length against its original, in characters, for blocks of 200
 * characters or more: measured on the archive's translations (see the README, "Translations").
 */
export const LENGTH_BOUNDS: Record<Lang, Partial<Record<Lang, [number, number]>>> = {
  kk: { ru: [0.55, 1.7], en: [0.55, 1.7] },
  ru: { kk: [0.6, 1.8], en: [0.5, 1.4] },
  en: { kk: [0.7, 2.0], ru: [0.7, 2.0] },
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

/** Lower-case stems of a phrase's words, for matching inflected forms: the first letters of each word. */
const stems = (phrase: string, keep = 0.7) => phrase.toLowerCase().split(/[\s-]+/).filter(Boolean).map((w) => w.slice(0, Math.max(3, Math.ceil(w.length * keep))));

/** Does `text` contain the phrase, each word possibly inflected? */
export function containsPhrase(text: string, phrase: string, keep = 0.7): boolean {
  const want = stems(phrase, keep);
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let i = 0; i + want.length <= words.length; i++) if (want.every((s, k) => words[i + k]!.startsWith(s))) return true;
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
        const at = (check: Finding['check'], message: string) => findings.push({ file: t.file, line: t.line, check, message: `¶ ${b.n} (lines ${keyOf(b.lines)}): ${message}` });
        const have = numbersOf(text);
        const missing = [...new Set(numbersOf(original))].filter((n) => !have.includes(n));
        if (missing.length) at('numbers', `the number${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of the original ${missing.length > 1 ? 'are' : 'is'} not in the translation`);
        const lost = [...new Set(markersOf(original))].filter((m) => !markersOf(text).includes(m));
        if (lost.length) at('markers', `the footnote marker${lost.length > 1 ? 's' : ''} ${lost.map((m) => `[${m}]`).join(', ')} of the original ${lost.length > 1 ? 'are' : 'is'} missing`);
        if (lang !== 'kk') {
          const rest = keepNames.reduce((s, n) => s.split(n.kk).join(''), text);
          const kk = [...new Set(rest.match(KAZAKH_ONLY) ?? [])];
          if (kk.length) at('letters', `Kazakh letters (${kk.join(' ')}) in a ${lang} translation, in «${rest.match(/\S*[әғқңөұүһіӘҒҚҢӨҰҮҺІ]\S*/u)?.[0]}»: write the ${lang} form, or list the name in names.yaml with keep: true`);
        }
        if (b.lang === 'kk' && lang !== 'kk') {
          for (const g of opts.glossary) {
            const forms = [g.kk.term, ...g.kk.variants].filter((f) => f.length >= 5 && !/[A-Za-z]/.test(f));
            if (!forms.some((f) => containsPhrase(original, f))) continue;
            const targets = [g[lang].term, ...g[lang].variants];
            if (!targets.some((f) => containsPhrase(text, f, 0.6))) at('glossary', `the glossary term «${g.kk.term}» (${g.id}) is not rendered as "${g[lang].term}"${g[lang].variants.length ? ` or a listed variant (${g[lang].variants.join(', ')})` : ''}`);
          }
        }
        if (b.lang === 'kk') {
          for (const n of opts.names) {
            if (!containsPhrase(original, n.kk, 0.75)) continue;
            const forms = lang === 'kk' ? [n.kk] : [n[lang], ...n.variants];
            if (!forms.some((f) => containsPhrase(text, f, 0.75))) at('names', `«${n.kk}» is written "${n[lang as 'ru' | 'en']}" in the names table`);
          }
        }
        const bounds = LENGTH_BOUNDS[b.lang]?.[lang];
        if (bounds && original.length >= 200) {
          const ratio = text.length / original.length;
          if (ratio < bounds[0] || ratio > bounds[1]) at('length', `the translation is ${ratio.toFixed(2)} times the original's length (expected ${bounds[0]}–${bounds[1]}): a sentence left out or added?`);
        }
      }
    }
  }
  return findings;
}
