// Site chrome in the browser: the remembered theme toggle and the "/" shortcut to the search box.
export function initChrome(): void {
  const root = document.documentElement;
  const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const isDark = () => root.dataset.theme === 'dark' || (!root.dataset.theme && matchMedia('(prefers-color-scheme: dark)').matches);
  if (toggle) {
    toggle.setAttribute('aria-pressed', String(isDark()));
    toggle.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark';
      root.dataset.theme = next;
      try { localStorage.setItem('archive-theme', next); } catch { /* private mode: not remembered */ }
      toggle.setAttribute('aria-pressed', String(next === 'dark'));
    });
  }
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const box = document.querySelector<HTMLInputElement>('#site-search');
    if (box) { e.preventDefault(); box.focus(); }
  });
}
