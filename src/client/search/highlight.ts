/**
 * Marks the searched words on the page a search result opened (?highlight=word+word), inside the
 * page's searchable text only, then starts the page's hit bar (<hit-bar>, on paper pages) if it has
 * one. Imported by the header's script only when the parameter is present.
 */
import { HitBar } from '../reading/hit-bar.ts';

/** A term is a word (letters, digits, inner hyphens and apostrophes): address fragments mark nothing. */
const WORD = /^[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?$/u;
const words = (new URLSearchParams(location.search).get('highlight') ?? '').split(/\s+/).filter((w) => w.length > 1 && WORD.test(w)).slice(0, 8);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

if (words.length) {
  const source = `(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`;
  // One expression to find text nodes with a match (no 'g': test() must not carry lastIndex from node to node), one to split them.
  const has = new RegExp(source, 'iu');
  const pattern = new RegExp(source, 'giu');
  const roots = document.querySelectorAll<HTMLElement>('[data-pagefind-body]');
  for (const root of roots.length ? roots : document.querySelectorAll<HTMLElement>('main')) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('script, style, mark, [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (has.test((n as Text).data)) nodes.push(n as Text);
    for (const node of nodes) {
      const parts = node.data.split(pattern);
      // split() with one capturing group alternates text and match.
      node.replaceWith(...parts.map((part, i) => (i % 2 ? Object.assign(document.createElement('mark'), { className: 'search-hit', textContent: part }) : document.createTextNode(part))));
    }
  }
}

if (document.querySelector('hit-bar') && !customElements.get('hit-bar')) customElements.define('hit-bar', HitBar);
