import { expect, test } from '@playwright/test';

// Edition 1's markup on the built site: lists, figures, chapter heads, source lines, foreign passages.

test('lists are lists whose items keep their numbers and the author\'s markers', async ({ page }) => {
  await page.goto('/kk/papers/public-diplomacy-dissertation/3-3/');
  const items = page.locator('ul.source-list > li[id^="p"], ol.source-list > li[id^="p"]');
  expect(await items.count()).toBeGreaterThan(3);
  await expect(items.first()).toHaveAttribute('data-lines', /^\d+-\d+$/);
  await expect(items.first()).toHaveText(/^\s*\d+\s*“?\s*[-–•]|^\s*\d+\s*“?\s*\d/);
});

test('the four figure captions are figures with a caption and the note that the image was not preserved', async ({ page }) => {
  let figures = 0;
  for (const path of ['/kk/papers/akimats-social-networks/', '/kk/papers/political-pr-state-bodies/', '/kk/papers/public-diplomacy-dissertation/2-2/']) {
    await page.goto(path);
    const found = page.locator('figure.caption-missing[id^="p"]');
    figures += await found.count();
    for (const f of await found.all()) {
      await expect(f.locator('figcaption')).not.toBeEmpty();
      await expect(f.locator('.note')).toHaveText('Бұл суреттің бейнесі дереккөзден алынған мәтінде сақталмаған.');
    }
  }
  expect(figures).toBe(4);
});

test('a section that opens a chapter carries the chapter head in its heading group', async ({ page }) => {
  await page.goto('/en/papers/public-diplomacy-dissertation/2-1/');
  await expect(page.locator('hgroup .chapter-head')).toContainText('2');
  await expect(page.locator('hgroup h1')).toContainText('2.1');
  await page.goto('/en/papers/public-diplomacy-dissertation/');
  await expect(page.locator('.toc-tree > li > ul > li').first()).toBeVisible(); // sections nested under their chapter
});

test('every numbered block names its source lines, and a Russian quotation in a Kazakh paragraph carries lang="ru"', async ({ page }) => {
  await page.goto('/kk/papers/public-diplomacy-dissertation/1-1/');
  const blocks = await page.locator('[id^="p"].para').evaluateAll((els) => els.map((e) => e.getAttribute('data-lines')));
  expect(blocks.length).toBeGreaterThan(50);
  expect(blocks.every((l) => /^\d+-\d+$/.test(l ?? ''))).toBe(true);
  await expect(page.locator('p[lang="kk"] span[lang="ru"]', { hasText: 'Что такое общественная дипломатия' })).toHaveCount(1);
});
