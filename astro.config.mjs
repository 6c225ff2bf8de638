// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { readConfig } from './src/site/config.ts';
import { confinePublic } from './src/integrations/confine-public.ts';

// Every environment variable, validated by name (src/site/config.ts).
const config = readConfig();

export default defineConfig({
  // The public address of the archive: canonical links and citations use it. Set SITE_URL when deploying.
  site: config.SITE_URL,
  // The archive also works under a base path (e.g. ARCHIVE_BASE=/archive/).
  base: config.ARCHIVE_BASE,
  // scripts/build.mjs builds into a temporary folder and swaps it in only when the build succeeded.
  outDir: config.ARCHIVE_OUT,
  // The content-layer cache. Builds of another content folder (ARCHIVE_CONTENT) get their own from
  // scripts/build.mjs, so they never leave their entries in the main cache.
  cacheDir: config.ARCHIVE_CACHE,
  trailingSlash: 'always',
  // Keep the white space between elements: text extracted from the pages must not glue words together.
  compressHTML: false,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in a <meta> on every page: Astro hashes the scripts and styles it
  // bundles or inlines; the one hand-written inline script (the theme, in Base.astro) adds its own
  // hash. Nothing may come from another origin. Pagefind's search runs WebAssembly: 'wasm-unsafe-eval'.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'", "img-src 'self'", "font-src 'self'", "connect-src 'self'",
        "object-src 'none'", "base-uri 'self'", "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Code blocks as plain <pre><code>, styled by the archive's CSS: Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // Chapters with a raw <script>, an event handler or a javascript: link stop the build in their
  // loader (src/lib/content/safe-mdx.ts); a symbolic link in public/ stops it too.
  integrations: [confinePublic(), mdx(), sitemap(), searchIndex()],
});
