const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML or SVG markup, safe in element content and in double-quoted attribute values. */
export const escapeHtml = (s: string | number): string => String(s).replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
