import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// The relevance set (tests/search/relevance.json): every query is typed into the search page of its
// UI language as a reader would reach it (/{ui}/search/?q=…); a query passes when one of the first
// ten result links in <main> that lead to a paper opens a paper it must find.
interface Query { ui: string; q: string; expect: string[] }
const { queries } = JSON.parse(readFileSync('tests/search/relevance.json', 'utf8')) as { queries: Query[] };
const PAPERS: Record<string, string> = {
  'social-media-electoral-pr': '000', 'akimats-social-networks': '001', 'political-pr-state-bodies': '002',
  'facebook-twitter-diplomacy': '003', 'public-diplomacy-dissertation': '004',
};
const TARGET = 0.9;

/** The result links once the search has settled (its status no longer says it is searching). */
async function resultLinks(page: Page): Promise<string[]> {
  await expect(page.locator('archive-search [data-results]')).not.toHaveAttribute('aria-busy', 'true', { timeout: 15_000 });
  await expect(page.locator('#search-status')).not.toHaveText(/…$/, { timeout: 15_000 });
  // The rest of the page of results arrives when the reader scrolls to the last passage shown.
  if (await page.locator('main [data-results][data-rest]').count()) {
    await page.locator('main [data-results] a.hit').last().scrollIntoViewIfNeeded();
    await expect(page.locator('main [data-results]')).not.toHaveAttribute('data-rest');
  }
  return page.locator('main [data-results] a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

test('the relevance set: at least 90% of the queries find an expected paper in the first ten paper links', async ({ browser }) => {
  test.setTimeout(queries.length * 15_000);
  expect(new Set(queries.map((q) => q.ui))).toEqual(new Set(['kk', 'ru', 'en']));
  for (const ui of ['kk', 'ru', 'en']) expect(queries.filter((q) => q.ui === ui).length).toBeGreaterThanOrEqual(30);
  const passed: Record<string, number> = { kk: 0, ru: 0, en: 0 };
  const missed: string[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const query of queries) {
    await page.goto(`/${query.ui}/search/?q=${encodeURIComponent(query.q)}`);
    const links = (await resultLinks(page)).filter((h) => h.includes('/papers/')).slice(0, 10);
    const found = links.map((h) => PAPERS[new URL(h, 'http://x').pathname.split('/')[3] ?? ''] ?? '?');
    if (query.expect.some((id) => found.includes(id))) passed[query.ui]!++;
    else missed.push(`${query.ui} «${query.q}» → ${[...new Set(found)].join(',') || 'nothing'} (expected ${query.expect.join('/')})`);
  }
  await context.close();
  const total = Object.values(passed).reduce((a, b) => a + b, 0);
  const rate = total / queries.length;
  const per = (['kk', 'ru', 'en'] as const).map((ui) => `${ui} ${passed[ui]}/${queries.filter((q) => q.ui === ui).length}`).join(', ');
  console.log(`search relevance: ${total}/${queries.length} (${(rate * 100).toFixed(0)}%) — ${per}`);
  for (const m of missed) console.log(`  missed: ${m}`);
  expect(rate).toBeGreaterThanOrEqual(TARGET);
});
