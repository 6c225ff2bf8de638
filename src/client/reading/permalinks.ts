// A paragraph's number is its permalink. Following it (click or Enter) also copies the paragraph's
// address, and the tools' status line says so for a few seconds (read out by screen readers).
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

export function copyPermalinks(tools: HTMLElement): void {
  const status = tools.querySelector<HTMLElement>('.copy-status');
  const scope = tools.closest('article');
  if (!status || !scope) return;
  let timer = 0;
  const say = (text: string) => {
    status.textContent = text;
    clearTimeout(timer);
    timer = window.setTimeout(() => { status.textContent = ''; }, 5000);
  };
  scope.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest<HTMLAnchorElement>('a.para-num');
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    // The address without ?highlight=: the paragraph itself, as a citation gives it.
    const url = `${location.origin}${location.pathname}${link.hash}`;
    const vars = { n: link.hash.slice(2), url };
    // The link is followed as usual (the paragraph becomes the target); the copy happens beside it.
    (navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard')))
      .then(() => say(fill(tools.dataset['copied'] ?? '', vars)), () => say(fill(tools.dataset['failed'] ?? '', vars)));
  });
}
