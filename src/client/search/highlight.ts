/**
 * Marks the searched words on the page a search result opened (?highlight=word+word), inside the
 * page's searchable text only. Imported by the header's script only when the parameter is present.
 */
const words = (new URLSearchParams(location.search).get('highlight') ?? '').split(/\s+/).filter((w) => w.length > 1).slice(0, 8);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

if (words.length) {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const roots = document.querySelectorAll<HTMLElement>('[data-pagefind-body]');
  for (const root of roots.length ? roots : document.querySelectorAll<HTMLElement>('main')) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest('script, style, mark, [data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (pattern.test((n as Text).data)) nodes.push(n as Text);
    for (const node of nodes) {
      const parts = node.data.split(pattern);
      // split() with one capturing group alternates text and match.
      node.replaceWith(...parts.map((part, i) => (i % 2 ? Object.assign(document.createElement('mark'), { className: 'search-hit', textContent: part }) : document.createTextNode(part))));
    }
  }
}

export {};
