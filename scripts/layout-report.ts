// `npm run layout:report`: the typesetter's test of the paragraph segmentation, independent of the
// ingestion's rules. For every two consecutive content lines of a paper it asks: did the line end a
// sentence, and would the next line's first word have fitted on it? Then it compares with what the
// ingestion made of the pair:
//   - missing break: one block, but the line ends a sentence and the next word would have fitted
//     (the typesetter broke the line on purpose: an author's paragraph end?);
//   - doubtful break: two blocks, but the line was full (the next word would not have fitted) and
//     ends no sentence.
// Every candidate is written to .build/layout-report.md with both lines, for a reader to decide;
// the counts per paper are printed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadCorpus } from '../src/lib/ingest/corpus.ts';
import { capacities, nextWordFits, printedWidth } from '../src/lib/ingest/line-fit.ts';

const FINAL = /[.!?…]["»”)\]]*\s*$|[.!?…]\s*\[[^\]]*\]\.?\s*$/u;
const corpus = loadCorpus('content/sources');
const md: string[] = ['# Layout report: paragraph ends by the "would the next word have fitted" test', ''];
const rows: string[] = [];

for (const paper of corpus.papers) {
  const blockOf = new Map<number, { n: number; kind: string }>();
  for (const b of paper.blocks) {
    if (b.kind === 'heading') continue;
    for (let k = b.lines[0]; k <= b.lines[1]; k++) blockOf.set(k, { n: b.n, kind: b.kind });
  }
  // The content lines of the paper's text, in order (blank, excluded, heading and table lines left out).
  const lines = paper.lines.filter((l) => l.status === 'text');
  const caps = capacities(lines.map((l) => printedWidth(l.text)));
  const missing: string[] = [];
  const doubtful: string[] = [];
  let pairs = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    const ba = blockOf.get(a.n);
    const bb = blockOf.get(b.n);
    if (!ba || !bb) continue;
    pairs++;
    const ends = FINAL.test(a.text.trimEnd());
    const fits = nextWordFits(a.text, b.text, caps[i]!);
    const show = () => `- ${paper.id}:${a.n}|${b.n} (¶ ${ba.n}${ba.n === bb.n ? '' : ` | ¶ ${bb.n}`}, width ${printedWidth(a.text)} of ${caps[i]})\n  \`${a.text.trim().slice(-70)}\` ⏎ \`${b.text.trim().slice(0, 50)}\``;
    if (ba.n === bb.n && ends && fits) missing.push(show());
    if (ba.n !== bb.n && ba.kind === 'paragraph' && bb.kind === 'paragraph' && !ends && !fits) doubtful.push(show());
  }
  rows.push(`${paper.id} ${paper.slug.padEnd(36)} blocks ${String(paper.paragraphCount).padStart(4)}  line pairs ${String(pairs).padStart(5)}  missing breaks ${String(missing.length).padStart(3)}  doubtful breaks ${String(doubtful.length).padStart(3)}`);
  md.push(`## ${paper.id} ${paper.slug}`, '', `### Missing breaks (${missing.length})`, '', ...missing, '', `### Doubtful breaks (${doubtful.length})`, '', ...doubtful, '');
}

mkdirSync('.build', { recursive: true });
writeFileSync('.build/layout-report.md', md.join('\n'));
console.log(rows.join('\n'));
console.log('\ncandidates with both lines: .build/layout-report.md');
