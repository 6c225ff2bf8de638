/*
 * Where text labels go so that none covers another. Layout runs without a DOM, so a label's box is
 * estimated from its text (svg.ts textWidth) and its font size: the box a browser draws for a line of
 * text is about 1.35 em high (ascent and descent of the UI fonts), centred on the baseline + 0.35 em
 * that the charts use (dy="0.35em" puts the middle of the glyphs at y).
 */
import { textWidth } from './svg.ts';

export interface Box { left: number; right: number; top: number; bottom: number }

/** Height of a one-line label's box, in font sizes. */
const LINE_BOX = 1.35;

/** The box of a one-line label drawn at (x, y) with dy="0.35em", anchored at its start or end. */
export function labelBox(label: string, x: number, y: number, fontSize: number, anchor: 'start' | 'end' = 'start'): Box {
  const w = textWidth(label, fontSize);
  const h = LINE_BOX * fontSize;
  const left = anchor === 'start' ? x : x - w;
  return { left, right: left + w, top: y - h / 2, bottom: y + h / 2 };
}

/** True when two boxes share more than an edge. */
export const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/**
 * The y at which a label (its box given at its preferred place) covers none of the fixed boxes:
 * where it belongs if it is free there, else moved down just below the lowest box it would cover,
 * `gap` apart (repeated, since the new place can meet another box).
 */
export function clearBelow(label: Box, fixed: readonly Box[], gap: number): number {
  let box = label;
  for (let hit = fixed.find((f) => overlap(box, f)); hit; hit = fixed.find((f) => overlap(box, f))) {
    const shift = hit.bottom + gap - box.top;
    box = { ...box, top: box.top + shift, bottom: box.bottom + shift };
  }
  return (box.top + box.bottom) / 2;
}
