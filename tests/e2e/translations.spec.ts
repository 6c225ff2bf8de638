import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The papers in three languages: each paragraph's editorial translation beside the original, the
// reader's choice of view (without script too), the notice, and search finding the translations.

const PAPER = '/ru/papers/social-media-electoral-pr/';

test('a Russian paper page: every Kazakh paragraph has its Russian translation beside it, with the notice', async ({ page }) => {
  await page.goto(PAPER);
  await expect(page.locator('.tr-notice')).toContainText('редакционные переводы архива');
  const pairs = await page.locator('[id^="p"][data-lines]').evaluateAll((els) => els.map((el) => {
    const id = el.id;
    const tr = document.querySelector(`[data-translation-of="${id}"]`);
    return { id, lang: el.getAttribute('lang'), trLang: tr?.getAttribute('lang') ?? null, missing: tr?.classList.contains('missing') ?? null, text: tr?.textContent?.trim().length ?? 0 };
  }));
  const kazakh = pairs.filter((p) => p.lang === 'kk');
  expect(kazakh.length).toBeGreaterThan(30);
  for (const p of kazakh) {
    expect(p, p.id).toMatchObject({ trLang: 'ru', missing: false });
    expect(p.text, p.id).toBeGreaterThan(5);
  }
  // The translation says what it is; the original keeps its number and permalink.
  await expect(page.locator('[data-translation-of="p6"] .tr-label')).toHaveText('Перевод редакции');
  await expect(page.locator('#p6 .para-num')).toHaveText('6');
});

test('the view switch works without script: translation only, original only, both', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAPER);
  const original = page.locator('#p6 .orig');
  const translation = page.locator('[data-translation-of="p6"]');
  await expect(original).toBeVisible();
  await expect(translation).toBeVisible();
  await page.getByLabel('Перевод', { exact: true }).check();
  await expect(original).toBeHidden();
  await expect(translation).toBeVisible();
  await expect(page.locator('#p6 .para-num')).toBeVisible(); // the paragraph's number and anchor stay
  await page.getByLabel('Оригинал', { exact: true }).check();
  await expect(original).toBeVisible();
  await expect(translation).toBeHidden();
  await context.close();
});

test('the chosen view is remembered from page to page, and print follows it', async ({ page }) => {
  await page.goto(PAPER);
  await page.getByLabel('Перевод', { exact: true }).check();
  await page.goto('/ru/papers/political-pr-state-bodies/');
  await expect(page.getByLabel('Перевод', { exact: true })).toBeChecked();
  await expect(page.locator('[data-translation-of="p5"]')).toBeVisible();
  await expect(page.locator('#p5 .orig')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#p5 .orig')).toBeHidden();
  await expect(page.locator('[data-translation-of="p5"]')).toBeVisible();
});

test('side by side on a wide screen, one column on a phone, no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/en/papers/akimats-social-networks/');
  const [a, b] = await Promise.all([page.locator('#p15').boundingBox(), page.locator('[data-translation-of="p15"]').boundingBox()]);
  expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1); // the translation stands beside the original
  expect(Math.abs(b!.y - a!.y)).toBeLessThan(40);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/en/papers/akimats-social-networks/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const [c, d] = await Promise.all([page.locator('#p15').boundingBox(), page.locator('[data-translation-of="p15"]').boundingBox()]);
  expect(d!.y).toBeGreaterThan(c!.y + c!.height - 1);
});

test('the English page of 001: its own English abstract is shown as it is, the Kazakh and Russian ones translated', async ({ page }) => {
  await page.goto('/en/papers/akimats-social-networks/');
  const english = await page.locator('[data-lines][lang="en"]').evaluateAll((els) => els.map((el) => document.querySelector(`[data-translation-of="${el.id}"]`)));
  expect(english.length).toBeGreaterThan(0);
  expect(english.every((t) => t === null)).toBe(true);
  await expect(page.locator('[data-translation-of][lang="en"]').first()).toBeVisible();
  expect(await page.locator('p[lang="ru"][data-lines] + [data-translation-of][lang="en"]').count()).toBeGreaterThan(0);
});

test('the Kazakh page shows the original by default, offers the Russian and English pages, and translates the English abstract', async ({ page }) => {
  await page.goto('/kk/papers/political-pr-state-bodies/');
  await expect(page.getByLabel('Түпнұсқа', { exact: true })).toBeChecked();
  await expect(page.locator('[data-translation-of="p2"][lang="kk"]')).toBeHidden();
  await page.getByLabel('Түпнұсқа мен аударма', { exact: true }).check();
  await expect(page.locator('[data-translation-of="p2"][lang="kk"]')).toBeVisible();
  await expect(page.locator('.tr-others a[hreflang="ru"]')).toHaveAttribute('href', '/ru/papers/political-pr-state-bodies/');
});

test('a translated part of the dissertation shows its translation, and the contents mark the translated parts', async ({ page }) => {
  await page.goto('/en/papers/public-diplomacy-dissertation/1-2/');
  const originals = await page.locator('[data-lines][lang="kk"]').count();
  expect(originals).toBeGreaterThan(50);
  expect(await page.locator('[data-translation-of][lang="en"]:not(.missing)').count()).toBe(originals);
  await page.goto('/en/papers/public-diplomacy-dissertation/');
  expect(await page.locator('.toc-tree .tr-badge').count()).toBeGreaterThanOrEqual(11);
});

interface Query { ui: string; q: string; expect: string[]; translation?: boolean }
const { queries } = JSON.parse(readFileSync('tests/search/relevance.json', 'utf8')) as { queries: Query[] };
const PAPERS: Record<string, string> = {
  'social-media-electoral-pr': '000', 'akimats-social-networks': '001', 'political-pr-state-bodies': '002', 'facebook-twitter-diplomacy': '003',
  'public-diplomacy-dissertation': '004',
};

test('a Russian or English query over translated text finds the translation, says so, and opens it at its paragraph', async ({ page }) => {
  const translated = queries.filter((q) => q.translation);
  expect(translated.length).toBeGreaterThanOrEqual(12);
  for (const query of translated) {
    await page.goto(`/${query.ui}/search/?q=${encodeURIComponent(query.q)}`);
    await expect(page.locator('archive-search [data-results]')).not.toHaveAttribute('aria-busy', 'true', { timeout: 15_000 });
    const hits = page.locator('main [data-results] a.hit', { has: page.locator('.tr-badge') });
    await expect(hits.first(), `${query.ui} «${query.q}»`).toBeVisible({ timeout: 15_000 });
    // Among the first ten translated passages, one is from the paper the query must find.
    const hrefs = (await hits.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).slice(0, 10);
    const href = hrefs.find((h) => query.expect.includes(PAPERS[new URL(h, 'http://x').pathname.split('/')[3] ?? ''] ?? ''));
    expect(href, `${query.ui} «${query.q}» → ${hrefs.join(' ')}`).toBeDefined();
    const url = new URL(href!, 'http://x');
    expect(url.pathname.startsWith(`/${query.ui}/papers/`), href).toBe(true);
    const anchor = url.hash.slice(1);
    await page.goto(href!);
    await expect(page.locator(`[data-translation-of="${anchor}"][lang="${query.ui}"]`)).toBeVisible();
  }
});

test('the paragraph cite dialog offers the translation as a quotation, with the style\'s translator\'s note', async ({ page }) => {
  await page.goto('/ru/papers/social-media-electoral-pr/');
  await page.locator('#p6 a.para-cite').click();
  const quote = page.locator('[data-cite-quote-text]');
  await expect(quote).toBeVisible();
  await expect(quote).toContainText('(пер. с каз. — ред. архива).');
  await expect(quote).toContainText('Копежанова');
  await expect(quote).toHaveText(/^«Сегодня/);
  await page.keyboard.press('Escape');
  await page.goto('/en/papers/social-media-electoral-pr/');
  await page.locator('#p6 a.para-cite').click();
  await page.getByRole('dialog').getByLabel('APA 7').check();
  await expect(quote).toContainText("; translated from Kazakh by the archive's editors)");
  await expect(quote).toHaveText(/^“/);
});

test('the paragraph cite dialog links the paragraph to its lines on the source view', async ({ page }) => {
  await page.goto('/en/papers/social-media-electoral-pr/');
  const lines = (await page.locator('#p6').getAttribute('data-lines'))!.split('-');
  await page.locator('#p6 a.para-cite').click();
  const link = page.locator('[data-cite-dialog-source]');
  await expect(link).toHaveText(`Lines ${lines[0]}–${lines[1]} of the source text`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/en/papers/social-media-electoral-pr/source/#L${lines[0]}$`));
  await expect(page.locator(`#L${lines[0]}`)).toBeAttached();
});
