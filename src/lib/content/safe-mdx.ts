/**
 * MDX is code, and a chapter is text: anything in a chapter that would run in the reader's browser
 * stops the build with the chapter's file and line — a raw <script> (or another element that loads
 * active content or inline styles), an event-handler attribute (onclick, onerror, …), and a link or
 * attribute whose address is not http(s), mailto or a path of the site (javascript:, data:, …). The
 * page's CSP would block most of them; refusing them here means they are never published.
 *
 * The check reads the chapter's source before MDX compiles it (Astro's default Markdown processor
 * runs no remark plugins), with code blocks and code spans blanked out: code shown as code is text.
 */

const ACTIVE_ELEMENTS = ['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link', 'form', 'style'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset'];

/** An address a chapter may link to: http(s), mailto, a fragment, or a path (absolute or relative) of the site. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore white space and control characters inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = compact.match(/^([a-z][a-z0-9+.-]*):/i)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

export interface UnsafePart { line: number; problem: string; fix: string }

/** The text with fenced code blocks, code spans and MDX comments replaced by spaces (lines kept). */
function blankCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, blank)
    .replace(/(`+)[^`\n][\s\S]*?\1/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

const LINK_FIX = 'link to an http(s) address or a page of the archive';

/** Everything in a chapter's MDX source that would run script or load active content, with its line. */
export function unsafeMdx(source: string): UnsafePart[] {
  const text = blankCode(source);
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const found: UnsafePart[] = [];
  // Elements (a JSX tag may span lines: [^<>]* crosses them).
  for (const m of text.matchAll(/<([A-Za-z][\w.:-]*)(\s[^<>]*)?\/?>/g)) {
    const name = m[1] ?? '';
    const attrs = m[2] ?? '';
    const line = lineAt(m.index);
    if (ACTIVE_ELEMENTS.includes(name.toLowerCase())) {
      found.push({ line, problem: `a raw <${name}> element in a chapter`, fix: 'remove it: chapters are text; interactive parts are components of the archive (<Figure>, <Cite>, <Term>)' });
    }
    for (const a of attrs.matchAll(/(?:^|\s)(on[a-z]+)\s*=/gi)) {
      found.push({ line: line + attrs.slice(0, a.index).split('\n').length - 1, problem: `the event-handler attribute ${a[1]} on <${name}>`, fix: 'remove the attribute: a chapter runs no script' });
    }
    for (const a of attrs.matchAll(/(?:^|\s)([a-z:]+)\s*=\s*(\{\s*)?(["'`])([^"'`]*)\3/gi)) {
      if (URL_ATTRIBUTES.includes((a[1] ?? '').toLowerCase()) && !isSafeUrl(a[4] ?? '')) {
        found.push({ line: line + attrs.slice(0, a.index).split('\n').length - 1, problem: `the address ${JSON.stringify((a[4] ?? '').slice(0, 60))} in ${a[1]} on <${name}>`, fix: LINK_FIX });
      }
    }
  }
  // Markdown links and images, reference definitions, autolinks.
  const links = [
    ...[...text.matchAll(/\]\(\s*<?([^)>\s]+)/g)].map((m) => [m.index, m[1]] as const),
    ...[...text.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => [m.index, m[1]] as const),
    ...[...text.matchAll(/<([a-z][a-z0-9+.-]*:[^\s<>]*)>/gi)].map((m) => [m.index, m[1]] as const),
  ];
  for (const [index, url] of links) {
    if (url !== undefined && !isSafeUrl(url)) found.push({ line: lineAt(index), problem: `the link address ${JSON.stringify(url.slice(0, 60))}`, fix: LINK_FIX });
  }
  return found.sort((a, b) => a.line - b.line);
}
