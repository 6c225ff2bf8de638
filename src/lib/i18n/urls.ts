import { isLang, type Lang } from '../../site/languages.ts';

const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A site-internal URL with the base path: url('kk', 'papers', slug) → /base/kk/papers/slug/. */
export function url(lang: Lang | null, ...segments: (string | number)[]): string {
  const parts = [lang, ...segments].filter((s) => s !== null && s !== '').map(String);
  return `${BASE}${parts.length ? parts.join('/') + '/' : ''}`;
}

/** A file URL with the base path (no trailing slash): asset('cite', 'x.bib'). */
export function asset(...segments: string[]): string {
  return `${BASE}${segments.join('/')}`;
}

/** The same page in another language: swaps the first path segment after the base. */
export function switchLang(pathname: string, to: Lang): string {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  const [first, ...tail] = rest.split('/');
  if (isLang(first)) return `${BASE}${[to, ...tail].join('/')}`;
  return `${BASE}${to}/`;
}

/** Absolute URL for canonical links and citations. */
export function absolute(site: URL | undefined, path: string): string {
  return new URL(path, site ?? 'https://polcomm-archive.example.org').href;
}
