// `npm run translations`: coverage and faithfulness of the editorial translations, per paper and
// language (content/translations/{lang}/{slug}.yaml; see src/lib/translations/).
//
//   npm run translations                      # coverage and the checks' findings
//   npm run translations -- --template SLUG   # write the missing keys of SLUG's files, the original as a comment
//   npm run translations -- --template SLUG --part PAGE   # one reading page of a long paper: {lang}/{slug}/{page}.yaml
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCorpus } from '../src/lib/ingest/corpus.ts';
import type { NumberedBlock } from '../src/lib/ingest/blocks.ts';
import { keyOf, readTranslationFile, readTranslations, TRANSLATION_LANGS } from '../src/lib/translations/store.ts';
import { attachTranslations, coverage, needsTranslation } from '../src/lib/translations/attach.ts';
import { checkTranslations } from '../src/lib/translations/checks.ts';
import { loadGlossary } from '../src/lib/glossary/index.ts';
import { readNames } from '../src/lib/translations/names.ts';
import { readAccepted, withoutAccepted } from '../src/lib/translations/accepted.ts';

const CONTENT = process.env.ARCHIVE_CONTENT ?? 'content';
const DIR = join(CONTENT, 'translations');
const corpus = loadCorpus(join(CONTENT, 'sources'));
const args = process.argv.slice(2);

const textOf = (b: NumberedBlock) => (b.kind === 'table' ? [b.caption ?? '', ...b.header, ...b.rows.map((r) => r.join(' | '))].join('\n') : b.text);
const comment = (text: string) => text.replace(/\s+/g, ' ').match(/.{1,96}(\s|$)/g)!.map((l) => `# ${l.trim()}`).join('\n');

if (args[0] === '--template') {
  const partAt = args.indexOf('--part');
  const part = partAt > 0 ? args[partAt + 1] : undefined;
  for (const slug of args.slice(1).filter((a, i, all) => a !== '--part' && all[i - 1] !== '--part')) {
    const paper = corpus.papers.find((p) => p.slug === slug);
    if (!paper) throw new Error(`no paper "${slug}"`);
    const page = part === undefined ? undefined : paper.pages.find((pg) => pg.slug === part);
    if (part !== undefined && !page) throw new Error(`${slug} has no reading page "${part}" (${paper.pages.map((pg) => pg.slug).join(', ')})`);
    for (const lang of TRANSLATION_LANGS) {
      const path = page ? join(DIR, lang, slug, `${page.slug}.yaml`) : join(DIR, lang, `${slug}.yaml`);
      const have = existsSync(path) ? readTranslationFile(path, lang, process.cwd(), slug).blocks : new Map();
      const blocks = (page ? page.blocks : paper.blocks).filter((b): b is NumberedBlock => b.kind !== 'heading' && needsTranslation(b, lang));
      if (blocks.length === 0) { rmSync(path, { force: true }); continue; }
      const out = [`# ${{ kk: 'Kazakh', ru: 'Russian', en: 'English' }[lang]} translation of ${paper.id} ${slug}${page ? `, part ${page.slug}` : ''}: the archive's editorial translation.`,
        '# Each key is a block\'s source lines (its data-lines); the original follows as a comment.', ''];
      for (const b of blocks) {
        const key = keyOf(b.lines);
        out.push(`# ¶ ${b.n} [${b.lang}]`, comment(textOf(b)));
        const old = have.get(key)?.value;
        if (b.kind === 'table' && typeof old === 'object') {
          out.push(`"${key}":`, `  caption: ${JSON.stringify(old.caption ?? null)}`, `  header: ${JSON.stringify(old.header)}`, '  rows:', ...old.rows.map((r: string[]) => `    - ${JSON.stringify(r)}`), '');
        } else if (b.kind === 'table') {
          // A table is translated cell by cell: the original's structure to fill in, as a comment.
          out.push('# as a table: replace "" by', `#   caption: ${JSON.stringify(b.caption)}`, `#   header: ${JSON.stringify(b.header)}`, '#   rows:', ...b.rows.map((r) => `#     - ${JSON.stringify(r)}`), `"${key}": ""`, '');
        } else {
          out.push(`"${key}": ${JSON.stringify(typeof old === 'string' ? old : '')}`, '');
        }
      }
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, out.join('\n'));
      console.log(`${path}: ${blocks.length} blocks`);
    }
  }
  process.exit(0);
}

const files = readTranslations(DIR);
const attached = attachTranslations(corpus.papers, files);
for (const row of coverage(corpus.papers, attached)) {
  console.log(`${row.id} ${row.slug.padEnd(34)} ${TRANSLATION_LANGS.map((l) => `${l} ${String(row.langs[l].done).padStart(4)}/${String(row.langs[l].of).padEnd(4)} ${row.langs[l].of ? `${Math.round((100 * row.langs[l].done) / row.langs[l].of)}%`.padStart(4) : '  — '}`).join('   ')}   words ${TRANSLATION_LANGS.map((l) => `${l} ${row.langs[l].words}`).join(', ')}`);
}
const all = checkTranslations(corpus.papers, attached, { glossary: loadGlossary(join(CONTENT, 'glossary', 'terms.yaml')), names: readNames(join(DIR, 'names.yaml')) });
const { open: findings, stale } = withoutAccepted(all, readAccepted(join(DIR, 'accepted.yaml')));
for (const f of findings) console.log(`${f.file}:${f.line}: [${f.check}] ${f.message}  (subject: ${f.subject})`);
for (const a of stale) console.log(`${join(DIR, 'accepted.yaml')}: the accepted finding ${a.slug} ${a.lang} ${a.lines} ${a.check} ${a.subject} no longer occurs: remove it`);
console.log(`\n${all.length - findings.length} accepted findings (${join(DIR, 'accepted.yaml')})`);
console.log(findings.length || stale.length ? `${findings.length} findings, ${stale.length} stale acceptances` : 'all translations pass the checks');
process.exitCode = findings.length || stale.length ? 1 : 0;
