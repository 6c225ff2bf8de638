// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemap } from './src/integrations/sitemap.ts';

export default defineConfig({
  // The public address of the archive: canonical links and citations use it. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://polcomm-archive.example.org',
  // The archive also works under a base path (e.g. ARCHIVE_BASE=/archive/).
  base: process.env.ARCHIVE_BASE ?? '/',
  // scripts/build.mjs builds into a temporary folder and swaps it in only when the build succeeded.
  outDir: process.env.ARCHIVE_OUT ?? 'dist',
  trailingSlash: 'always',
  // Keep the white space between elements: text extracted from the pages must not glue words together.
  compressHTML: false,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx(), sitemap(), searchIndex()],
});
