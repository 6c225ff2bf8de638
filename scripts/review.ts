// `npm run review`: the claim review of the archive's editorial texts.
//
// Writes one readable file per chapter to .build/review/ (every citation's sentence beside the
// cited passage, with the stored verdict), and one each for the summaries, the glossary and the
// datasets (every source line they name, beside its passage). Prints the verdict counts per
// chapter. With --template, adds a "todo" verdict to content/review/{lang}/{topic}.yaml for every
// citation that has none, and drops verdicts whose sentence no longer exists.
//
//   npm run review                 # write .build/review/*.md, print the counts
//   npm run review -- --template   # also bring the verdict files up to date (new → todo)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadCorpus } from '../src/lib/ingest/corpus.ts';
import { parseYaml } from '../src/lib/core/yaml.ts';
import { loadGlossary } from '../src/lib/glossary/index.ts';
import { claimsOf, passageAt, tally, VerdictFile, type Tally, type VerdictEntry } from '../src/lib/review/claims.ts';

const CONTENT = process.env.ARCHIVE_CONTENT ?? 'content';
const OUT = '.build/review';
const template = process.argv.includes('--template');

const corpus = loadCorpus(join(CONTENT, 'sources'));
const sourceLines = new Map(corpus.papers.map((p) => [p.id, p.lines.map((l) => l.text)]));
const paragraphOf = (src: string, line: number) => corpus.papers.find((p) => p.id === src)?.lineToParagraph.get(line);

/** The cited passage as Markdown lines, or a warning when the paper or line does not exist. */
function passage(src: string, line: number): string[] {
  const lines = sourceLines.get(src);
  if (!lines || line < 1 || line > lines.length) return [`> **no such line: ${src}:${line}**`];
  const n = paragraphOf(src, line);
  return [`${src}:${line}${n === undefined ? ' (outside every paragraph)' : ` — ¶ ${n}`}`, '```', ...passageAt(lines, line).text, '```'];
}

mkdirSync(OUT, { recursive: true });
const rows: { chapter: string; t: Tally }[] = [];

for (const lang of readdirSync(join(CONTENT, 'chapters')).sort()) {
  for (const name of readdirSync(join(CONTENT, 'chapters', lang)).filter((f) => f.endsWith('.mdx')).sort()) {
    const topic = name.replace(/\.mdx$/, '');
    const chapterFile = join(CONTENT, 'chapters', lang, name);
    const claims = claimsOf(readFileSync(chapterFile, 'utf8'));
    const verdictPath = join(CONTENT, 'review', lang, `${topic}.yaml`);
    const verdicts: VerdictEntry[] = existsSync(verdictPath) ? parseYaml(readFileSync(verdictPath, 'utf8'), verdictPath, VerdictFile, 'verdict file') : [];
    const { tally: t, byClaim } = tally(claims, verdicts);
    rows.push({ chapter: `${lang}/${topic}`, t });

    const md = [`# Claim review: ${lang}/${topic}`, '', `${claims.length} citations in ${chapterFile}; verdicts in ${verdictPath}.`, ''];
    for (const c of claims) {
      const v = byClaim.get(c.index);
      md.push(`## ${c.index}. ${c.src}:${c.line} · sentence ${c.hash} · ${chapterFile}:${c.fileLine} · ${v ? v.verdict : 'UNREVIEWED'}`, '',
        `> ${c.sentence}`, '', ...passage(c.src, c.line), ...(v?.note ? ['', `Note: ${v.note}`] : []), '');
    }
    writeFileSync(join(OUT, `${lang}-${topic}.md`), md.join('\n'));

    if (template) {
      const byKey = new Map(verdicts.map((v) => [`${v.cite}#${v.sentence}`, v]));
      const next = claims.map((c) => byKey.get(`${c.src}:${c.line}#${c.hash}`) ?? { cite: `${c.src}:${c.line}`, sentence: c.hash, verdict: 'todo' as const });
      const unique = [...new Map(next.map((v) => [`${v.cite}#${v.sentence}`, v])).values()];
      mkdirSync(join(CONTENT, 'review', lang), { recursive: true });
      writeFileSync(verdictPath, `# Verdicts of the claim review of content/chapters/${lang}/${topic}.mdx (npm run review; see content/review/README.md).\n${stringify(unique, { lineWidth: 0 })}`);
    }
  }
}

// Summaries: the line ranges named in the comments of editorial.yaml, e.g. "Estonia 2011 115-119".
{
  const text = readFileSync(join(CONTENT, 'sources', 'editorial.yaml'), 'utf8');
  const md = ['# Summaries: the source lines named above each entry of editorial.yaml', ''];
  for (const m of text.matchAll(/^# (\d{3})_[0-9a-f]+\.txt — ([\s\S]*?)(?=\n[^#])/gm)) {
    const src = m[1]!;
    const notes = m[2]!.replace(/\n# ?/g, ' ');
    md.push(`## ${src}`, '', notes, '');
    for (const r of notes.matchAll(/([^;,()]*?)\s(\d+)(?:-(\d+))?(?=[;,.)]|$)/g)) {
      const first = Number(r[2]);
      if (!sourceLines.get(src) || first > sourceLines.get(src)!.length || first < 1) continue;
      md.push(`### ${r[1]!.trim()} ${r[2]}${r[3] ? `-${r[3]}` : ''}`, ...passage(src, first), '');
    }
  }
  writeFileSync(join(OUT, 'summaries.md'), md.join('\n'));
}

// Glossary: every term beside each line it cites.
{
  const terms = loadGlossary(join(CONTENT, 'glossary', 'terms.yaml'));
  const md = ['# Glossary: every term beside the lines it cites', ''];
  for (const t of terms) {
    md.push(`## ${t.id}: ${t.kk.term} / ${t.ru.term} / ${t.en.term}`, `kk variants: ${t.kk.variants.join(', ') || '—'}`, '');
    for (const ref of t.lines) { const [src, line] = ref.split(':'); md.push(...passage(src!, Number(line)), ''); }
  }
  writeFileSync(join(OUT, 'glossary.md'), md.join('\n'));
}

// Datasets: every record's source passage.
{
  const md = ['# Datasets: every record beside its source passage', ''];
  const files = [...readdirSync(join(CONTENT, 'data')).filter((f) => f.endsWith('.yaml')).map((f) => join(CONTENT, 'data', f)),
    ...readdirSync(join(CONTENT, 'data', 'timelines')).filter((f) => f.endsWith('.yaml')).map((f) => join(CONTENT, 'data', 'timelines', f))];
  for (const file of files.sort()) {
    md.push(`## ${file}`, '');
    const walk = (node: unknown, label: string) => {
      if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${label}[${i}]`));
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        const src = o.source as { paper?: string; lines?: [number, number] } | undefined;
        if (src?.paper && src.lines) {
          const what = JSON.stringify(Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'source'))).slice(0, 400);
          md.push(`### ${label}`, '', `\`${what}\``, '', ...passage(src.paper, src.lines[0]), '');
        }
        for (const [k, v] of Object.entries(o)) if (k !== 'source') walk(v, `${label}.${k}`);
      }
    };
    walk(parse(readFileSync(file, 'utf8')), file.split('/').pop()!);
  }
  writeFileSync(join(OUT, 'datasets.md'), md.join('\n'));
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`${'chapter'.padEnd(24)}${pad('claims', 8)}${pad('supported', 11)}${pad('partly', 8)}${pad('not', 5)}${pad('todo', 6)}${pad('unreviewed', 12)}${pad('stale', 7)}`);
for (const { chapter, t } of rows) {
  const total = t.supported + t.partly + t.not + t.todo + t.unreviewed;
  console.log(`${chapter.padEnd(24)}${pad(total, 8)}${pad(t.supported, 11)}${pad(t.partly, 8)}${pad(t.not, 5)}${pad(t.todo, 6)}${pad(t.unreviewed, 12)}${pad(t.stale, 7)}`);
}
console.log(`\nreview files: ${OUT}/{lang}-{topic}.md, summaries.md, glossary.md, datasets.md${template ? '\nverdict files brought up to date (new citations: todo)' : ''}`);
