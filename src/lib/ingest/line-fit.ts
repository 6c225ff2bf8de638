/**
 * A typesetter's evidence for paragraph ends in justified text: a line that ends a paragraph is
 * short because the paragraph ended, not because the next word was too long for it. If the next
 * line's first word would have fitted on this line, the typesetter broke the line on purpose.
 *
 * Widths are counted in characters (the extraction keeps no coordinates), and a line's capacity is
 * the longest line among its neighbours (a high percentile, so one overlong line does not count).
 */

/** Characters of a line as printed: trailing spaces and doubled inner spaces do not take room. */
export const printedWidth = (text: string): number => text.trim().replace(/\s{2,}/g, ' ').length;

/** The first word of a line (with its punctuation), as it would have been set on the line before. */
export const firstWord = (text: string): string => text.trim().split(/\s+/)[0] ?? '';

/**
 * The capacity of each line: the 90th percentile of the printed widths of the `radius` content
 * lines on either side (blank lines do not count).
 */
export function capacities(widths: readonly number[], radius = 20): number[] {
  return widths.map((_, i) => {
    const win = widths.slice(Math.max(0, i - radius), i + radius + 1).filter((w) => w > 0).sort((a, b) => a - b);
    return win[Math.min(win.length - 1, Math.floor(win.length * 0.9))] ?? 0;
  });
}

/**
 * Would the next line's first word have fitted at the end of this line? `slack` characters of
 * the capacity can be kept back (none by default: the capacity is already a high percentile).
 */
export function nextWordFits(line: string, next: string, capacity: number, slack = 0): boolean {
  const word = firstWord(next);
  return word !== '' && printedWidth(line) + 1 + word.length <= capacity - slack;
}
