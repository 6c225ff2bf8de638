import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The search page as a reader uses it: by keyboard, with the back button, across languages, and
// accessible (axe, WCAG 2.2 AA) in the three UI languages with results on screen.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const settled = async (page: import('@playwright/test').Page) => {
  await expect(page.locator('archive-search [data-results]')).not.toHaveAttribute('aria-busy', 'true', { timeout: 15_000 });
  await expect(page.locator('#search-status')).not.toHaveText(/…$/);
};

for (const ui of ['kk', 'ru', 'en']) {
  test(`/${ui}/search/ with results passes axe`, async ({ page }) => {
    await page.goto(`/${ui}/search/?q=${encodeURIComponent('жұмсақ күш')}`);
    await settled(page);
    await expect(page.locator('main [data-results] a[href*="/papers/"]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('keyboard: "/" focuses the search box, typing searches, Enter submits, a result link opens with Enter and marks the words', async ({ page }) => {
  await page.goto('/kk/search/');
  await page.locator('body').press('/');
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.type('хандығы');
  await expect(page).toHaveURL(/\?q=%D1%85/);
  await settled(page);
  const first = page.locator('main [data-results] a.hit').first();
  await expect(first).toHaveAttribute('href', /\/kk\/papers\/public-diplomacy-dissertation\/[^/]+\/\?highlight=.+#p\d+$/);
  await page.keyboard.press('Enter'); // submit: the URL is pushed, focus stays in the box
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/papers\/public-diplomacy-dissertation\//);
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
});

test('results open in the reader\'s language, point to a numbered paragraph, and mark the words', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('хандығы')}`);
  await settled(page);
  const hit = page.locator('main [data-results] a.hit').first();
  await expect(hit).toHaveAttribute('href', /^\/en\/papers\//);
  await expect(hit).toContainText(/¶ \d+/);
  await expect(page.locator('main [data-results] mark').first()).toContainText(/хан/i);
});

test('the back button restores the previous query and facets', async ({ page }) => {
  await page.goto(`/ru/search/?q=${encodeURIComponent('пресс-служба')}`);
  await settled(page);
  await page.locator('#search-q').fill('мягкая сила');
  await page.locator('#search-q').press('Enter');
  await expect(page).toHaveURL(/q=%D0%BC%D1%8F%D0%B3/);
  await settled(page);
  await page.locator('input[name="kind"][value="paper"]').check();
  await expect(page).toHaveURL(/kind=paper/);
  await page.goBack();
  await expect(page.locator('input[name="kind"][value="paper"]')).not.toBeChecked();
  await page.goBack();
  await expect(page.locator('#search-q')).toHaveValue('пресс-служба');
  await settled(page);
  await expect(page.locator('main [data-results] a[href*="/political-pr-state-bodies/"]').first()).toBeVisible();
});

test('English "soft power" also searches the Kazakh and Russian terms, and says so; the control turns it off', async ({ page }) => {
  await page.goto('/en/search/?q=soft+power');
  await settled(page);
  await expect(page.locator('[data-notes]')).toContainText('жұмсақ күш');
  await expect(page.locator('[data-notes]')).toContainText('мягкая сила');
  await page.locator('input[name="equiv"]').uncheck();
  await expect(page).toHaveURL(/equiv=off/);
  await settled(page);
  await expect(page.locator('[data-notes]')).not.toContainText('жұмсақ күш');
});

test('Latin-script and garbled queries are searched in Cyrillic and say so', async ({ page }) => {
  await page.goto(`/kk/search/?q=${encodeURIComponent('qoğamdyq diplomatiia')}`);
  await settled(page);
  await expect(page.locator('[data-notes]')).toContainText('қоғамдық');
  await expect(page.locator('main [data-results] a[href*="/public-diplomacy-dissertation/"]').first()).toBeVisible();
  await page.goto(`/kk/search/?q=${encodeURIComponent('ӛзара байланыс')}`);
  await settled(page);
  await expect(page.locator('[data-notes]')).toContainText('өзара байланыс');
});

test('the header search box loads the search code only when used', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/ru/papers/');
  expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  await page.locator('#site-search').focus();
  await expect.poll(() => fetched.some((u) => u.includes('/pagefind/wasm'))).toBe(true);
  await page.locator('#site-search').fill('сайлау');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/ru\/search\/\?q=/);
  await settled(page);
  await expect(page.locator('main [data-results] a[href*="/ru/papers/"]').first()).toBeVisible();
});
