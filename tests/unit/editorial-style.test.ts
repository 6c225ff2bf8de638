import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// content/EDITORIAL-STYLE.md, rule 3: in English, "Kazakhstani" for the state of Kazakhstan and what
// belongs to it («қазақстандық», «казахстанский»); "Kazakh" for the language, the ethnic group and
// the Khanate. A state institution, party, embassy, official or scholar is never "Kazakh".
const CIVIC = /\bKazakh (?:state bod|state institution|state's|government|embass|part(?:y|ies)\b|scholar|political|politician|analyst|ministr|Foreign Ministry|MFA|akimat|institution|official|universit|citizen|president|authorit|PR\b|media|expert|researcher|foreign policy|public diplomacy|digital diplomacy|internet users|users)/g;

/** Every English text of the archive, as [where, text]. */
function englishTexts(): [string, string][] {
  const texts: [string, string][] = [];
  for (const f of readdirSync('content/chapters/en')) texts.push([`content/chapters/en/${f}`, readFileSync(join('content/chapters/en', f), 'utf8')]);
  texts.push(['content/pages/about.en.md', readFileSync('content/pages/about.en.md', 'utf8')]);
  const editorial = parse(readFileSync('content/sources/editorial.yaml', 'utf8')) as Record<string, { title: { en: string }; summary: { en: string } }>;
  for (const [slug, e] of Object.entries(editorial)) texts.push([`editorial.yaml ${slug}`, `${e.title.en}\n${e.summary.en}`]);
  const terms = parse(readFileSync('content/glossary/terms.yaml', 'utf8')) as { id: string; en: { term: string; definition: string } }[];
  for (const t of terms) texts.push([`terms.yaml ${t.id}`, `${t.en.term}\n${t.en.definition}`]);
  return texts;
}

describe('English usage: Kazakhstani and Kazakh', () => {
  const texts = englishTexts();

  it('reads the chapters, the about page, the summaries and the glossary', () => {
    expect(texts.filter(([w]) => w.startsWith('content/chapters/en/'))).toHaveLength(3);
    expect(texts.length).toBeGreaterThan(100);
  });

  it('no English text calls a state institution, party, embassy, official or scholar "Kazakh"', () => {
    const hits = texts.flatMap(([where, text]) => [...text.matchAll(CIVIC)].map((m) => `${where}: …${text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 20).replace(/\s+/g, ' ')}…`));
    expect(hits).toEqual([]);
  });

  it('the test catches the usage it forbids', () => {
    expect('the Kazakh embassy in Riyadh and Kazakh political scientists'.match(CIVIC)).toEqual(['Kazakh embass', 'Kazakh political']);
    expect('the Kazakh Khanate, the Kazakh language, Kazakh-language posts, one of the first Kazakh diplomats'.match(CIVIC)).toBeNull();
  });

  it('names follow the glossary: Wusun, not Usun', () => {
    expect(texts.filter(([, t]) => /\bUsun/.test(t)).map(([w]) => w)).toEqual([]);
  });
});
