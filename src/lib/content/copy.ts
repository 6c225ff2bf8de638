import { countWord, listPhrase, papersPhrase, pluralPhrase } from '../i18n/counts.ts';
import type { Lang } from '../../site/languages.ts';
import { getTopicPages } from './chapters.ts';
import { getPapers } from './papers.ts';
import { topics } from './topics.ts';

/**
 * The values the copy's counts and lists take from the data (t(key, await copyVars(lang))):
 * papers "six papers", count "six", topics "political PR, … and …" (the topics that have papers, as
 * running text names them after "on"), chapters "three editorial chapters".
 */
export async function copyVars(lang: Lang): Promise<Record<'papers' | 'count' | 'topics' | 'chapters', string>> {
  const papers = await getPapers();
  const chapters = (await getTopicPages(lang)).filter((p) => p.entry).length;
  const covered = topics().filter((tp) => papers.some((p) => p.manifest.topics.includes(tp.id)));
  return {
    papers: papersPhrase(lang, papers.length),
    count: countWord(lang, papers.length),
    topics: listPhrase(lang, covered.map((tp) => tp.about[lang])),
    chapters: pluralPhrase(lang, 'count.chapters', chapters),
  };
}
