import { describe, expect, it } from 'vitest';
import { groupLines, isListItem, type LayoutCounts, type LayoutOptions } from '../../src/lib/ingest/layout.ts';
import { line, textRun } from '../fixtures/source-lines.ts';

/**
 * Groups source lines first…last of a real paper, as the pipeline does for a run of text, and
 * describes each block as "start first–last" (the lines it holds) for readable assertions.
 */
function layout(id: string, first: number, last: number, opts: Partial<LayoutOptions> & Pick<LayoutOptions, 'spacing'>) {
  const run = textRun(id, first, last);
  const counts: LayoutCounts = { 'page-break-joined': 0, 'false-break-joined': 0 };
  const blocks = groupLines(run.lines, run.blankBefore, { runIn: new Set(), ...opts }, counts);
  return {
    blocks: blocks.map((b) => `${b.start} ${b.lines[0]?.n}–${b.lines.at(-1)?.n}`),
    lines: blocks.map((b) => b.lines.map((l) => l.n)),
    counts,
  };
}

describe('double-spaced extractions (a blank line after every line)', () => {
  // 004:585–616: a paragraph running over a page break (595/596), ending on a short line (600).
  const dissertation = layout('004', 585, 616, { spacing: 'double' });

  it('a page-break line (one leading space, no blank line before) continues the line before it: 004:595/596', () => {
    expect(line('004', 596)).toMatch(/^ ролін күшейтеді\./);
    expect(dissertation.lines[0]).toEqual([585, 587, 589, 591, 593, 595, 596, 598, 600]);
    expect(dissertation.counts['page-break-joined']).toBe(1);
  });

  it('a paragraph ends where a sentence ends on a visibly short line: 004:600 → 602', () => {
    expect(line('004', 600).trim()).toBe('субъектілер, сондай-ақ жеке тұлғалар жүзеге асырады.');
    expect(dissertation.blocks).toEqual(['first 585–600', 'short-line 602–616']);
  });

  it('a sentence that ends at full width does not end the paragraph: 004:606 → 608', () => {
    expect(line('004', 606)).toMatch(/белгілі\. $/);
    expect(dissertation.lines[1]).toContain(608);
  });

  it('an indented line after a full-width sentence end starts a paragraph: 000:145 → 147', () => {
    expect(line('000', 147)).toMatch(/^ Виртуалды емес медиаға/);
    expect(layout('000', 141, 151, { spacing: 'double' }).blocks).toEqual(['first 141–145', 'indent 147–151']);
  });

  it('blank lines are not paragraph ends: the same lines read as single-spaced would break after every sentence-final line', () => {
    expect(layout('004', 585, 616, { spacing: 'single' }).blocks.length).toBeGreaterThan(2);
  });
});

describe('single-spaced extractions (a blank line is a paragraph end, unless it falls inside a sentence)', () => {
  // 001:87–130: a two-column false break at 99, a real paragraph end at 117.
  const akimats = layout('001', 87, 130, { spacing: 'single' });

  it('a blank line inside a sentence is a false break and is joined: 001:98 → 100', () => {
    expect(line('001', 98).trim()).toBe('асырып келеді. Ашық үкімет порталы');
    expect(line('001', 99).trim()).toBe('');
    expect(akimats.lines[0]).toEqual(expect.arrayContaining([98, 100]));
    expect(akimats.counts['false-break-joined']).toBe(1);
  });

  it('a blank line after a sentence end starts a paragraph: 001:116 → 118', () => {
    expect(akimats.blocks).toEqual(['first 87–116', 'blank 118–130']);
  });
});

describe('list items and run-in heads', () => {
  it('each dash item is its own block: 004:9233–9245', () => {
    expect(layout('004', 9233, 9245, { spacing: 'double' }).blocks).toEqual(['first 9233–9235', 'list 9237–9239', 'list 9241–9241', 'list 9243–9245']);
  });

  it('recognises the markers the papers use, and not a hyphenated word', () => {
    expect(isListItem(line('004', 9237))).toBe(true); // "- Қазақстанның …"
    expect(isListItem(line('004', 9241))).toBe(true); // "-    мемлекеттің …"
    expect(isListItem(line('004', 8650))).toBe(true); // "4.   Ағылшын тілінен емтихан өткізу."
    expect(isListItem('• Мемлекеттік және жеке меншік')).toBe(true); // 000:369 after bullet repair
    expect(isListItem(line('004', 531))).toBe(true); // "1) ақпаратттық жобалар (насихат);"
    expect(isListItem('а) ақпараттық кампаниялар')).toBe(true);
    expect(isListItem(line('004', 9245))).toBe(false); // "қатынас орнату, …"
    expect(isListItem('2050 жылға дейін')).toBe(false);
  });

  it('run-in heads from the manifest start blocks the layout alone cannot see (004:85); the fit test finds 96 by itself', () => {
    expect(line('004', 85)).toMatch(/^Зерттеу нысаны:/);
    expect(line('004', 88)).toMatch(/^ Зерттеу пәні:/);
    const starts = (blocks: string[]) => blocks.map((b) => Number(b.split(/[ –]/)[1]));
    expect(starts(layout('004', 81, 100, { spacing: 'double' }).blocks)).not.toContain(85);
    expect(starts(layout('004', 81, 100, { spacing: 'double' }).blocks)).toContain(96); // «құрайды.» left room for «Зерттеу»
    expect(layout('004', 81, 100, { spacing: 'double', runIn: new Set([85, 88, 96]) }).blocks)
      .toEqual(['first 81–83', 'run-in 85–87', 'run-in 88–94', 'run-in 96–100']);
  });

});

describe('page-break lines that start a new block', () => {
  it('a page-break line after a short sentence-final line starts a paragraph: 004:2328 «белгілі.» → 2329', () => {
    expect(line('004', 2328).trim()).toBe('белгілі.');
    expect(layout('004', 2316, 2335, { spacing: 'double' }).blocks).toEqual(['first 2316–2328', 'short-line 2329–2335']);
  });

  it('a page-break line that is a list item starts an item: 004:9245 → 9246', () => {
    expect(line('004', 9246)).toMatch(/^ -\s+қазақстандық саяси жүйенің/);
    expect(layout('004', 9241, 9248, { spacing: 'double' }).blocks).toEqual(['first 9241–9241', 'list 9243–9245', 'list 9246–9248']);
  });
});
