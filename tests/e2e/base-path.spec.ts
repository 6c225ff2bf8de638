import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { startServer } from '../../scripts/serve.mjs';

// The site built with `--base /archive/` (npm test builds it into .build/dist-base) must work there:
// every page, asset and internal link stays under the base path.
const DIST = '.build/dist-base';
let server: Server;
let origin = '';

test.beforeAll(async () => {
  expect(existsSync(`${DIST}/index.html`), `build ${DIST} first: node scripts/build.mjs --out ${DIST} --base /archive/`).toBe(true);
  server = await startServer(DIST, 0, '/archive/');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => server?.close());

test('pages, assets and links work under /archive/', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  for (const path of ['/archive/kk/', '/archive/ru/papers/', '/archive/en/papers/public-diplomacy-dissertation/1-2/', '/archive/kk/chapters/steppe-diplomacy/', '/archive/en/glossary/']) {
    await page.goto(origin + path);
    await expect(page.locator('main')).toBeVisible();
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !h.startsWith('/archive/')), path).toEqual([]);
    const assets = await page.locator('link[href^="/"], script[src^="/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''));
    expect(assets.filter((h) => !h.startsWith('/archive/')), path).toEqual([]);
  }
  expect(failed).toEqual([]);
  await page.goto(origin + '/archive/kk/papers/');
  await page.locator('.paper-list a').first().click();
  await expect(page).toHaveURL(/\/archive\/kk\/papers\/[a-z-]+\/$/);
});
