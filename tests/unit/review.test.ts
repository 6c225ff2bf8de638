import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/core/yaml.ts';
import { claimsOf, passageAt, plainProse, tally, VerdictFile } from '../../src/lib/review/claims.ts';

// The claim review (npm run review): every citation of the nine chapters has a reviewer's verdict
// for its current wording, and none says the passage does not support the sentence.

describe('the claim review of a chapter', () => {
  const mdx = [
    '---', 'title: "T"', '---', '',
    'The author counts 21 pages <Cite src="004" line="5502" />. A <Term id="akimat">regional akimat</Term> answers nobody <Cite src="001" line="585" /> <Cite src="001" line="590" />.',
    '', '## Head', '', 'No citation here. “Quoted.” Then a claim <Cite src="003" line="83" />; and more.',
  ].join('\n');
  const claims = claimsOf(mdx);

  it('finds each citation with the sentence that carries it, components reduced to text', () => {
    expect(claims.map((c) => [`${c.src}:${c.line}`, c.sentence, c.fileLine])).toEqual([
      ['004:5502', 'The author counts 21 pages [004:5502].', 5],
      ['001:585', 'A regional akimat answers nobody [001:585] [001:590].', 5],
      ['001:590', 'A regional akimat answers nobody [001:585] [001:590].', 5],
      ['003:83', 'Then a claim [003:83]; and more.', 9],
    ]);
    expect(plainProse('<Figure id="x" /> **bold** <Term id="a">term</Term>')).toBe('bold term');
  });

  it('a rewritten sentence makes its verdict stale and the citation unreviewed', () => {
    const verdicts = claims.map((c) => ({ cite: `${c.src}:${c.line}`, sentence: c.hash, verdict: 'supported' as const }));
    expect(tally(claims, verdicts).tally).toMatchObject({ supported: 4, unreviewed: 0, stale: 0 });
    const rewritten = claimsOf(mdx.replace('counts 21 pages', 'counts 22 pages'));
    expect(tally(rewritten, verdicts).tally).toMatchObject({ supported: 3, unreviewed: 1, stale: 1 });
  });

  it('shows the cited line with five non-blank lines either side', () => {
    const lines = Array.from({ length: 30 }, (_, i) => (i % 2 ? '' : `line ${i + 1}`));
    const p = passageAt(lines, 15);
    expect(p.text).toHaveLength(11);
    expect(p.text[5]).toMatch(/^▶ +15 {2}line 15$/);
  });
});

describe('the verdicts of the nine chapters', () => {
  for (const lang of ['kk', 'ru', 'en']) {
    for (const file of readdirSync(join('content/chapters', lang)).filter((f) => f.endsWith('.mdx'))) {
      const topic = file.replace(/\.mdx$/, '');
      it(`${lang}/${topic}: every citation reviewed for its current wording, none unsupported`, () => {
        const claims = claimsOf(readFileSync(join('content/chapters', lang, file), 'utf8'));
        const path = join('content/review', lang, `${topic}.yaml`);
        const verdicts = parseYaml(readFileSync(path, 'utf8'), path, VerdictFile, 'verdict file');
        const { tally: t, byClaim } = tally(claims, verdicts);
        expect(claims.length).toBeGreaterThan(100);
        expect({ unreviewed: t.unreviewed, todo: t.todo, not: t.not, stale: t.stale }).toEqual({ unreviewed: 0, todo: 0, not: 0, stale: 0 });
        const partlyWithoutNote = claims.filter((c) => byClaim.get(c.index)?.verdict === 'partly' && !byClaim.get(c.index)?.note);
        expect(partlyWithoutNote.map((c) => `${c.src}:${c.line}`)).toEqual([]);
      });
    }
  }
});
