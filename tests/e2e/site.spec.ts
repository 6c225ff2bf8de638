import { expect, test } from '@playwright/test';

test.describe('reading the archive', () => {
  test('the language switch keeps the reader on the same page', async ({ page }) => {
    await page.goto('/kk/papers/public-diplomacy-dissertation/1-2/');
    await page.getByRole('navigation', { name: 'Тіл' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/papers\/public-diplomacy-dissertation\/1-2\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('p.para').first()).toBeVisible();
  });

  test('every paper is listed and readable in each language', async ({ page }) => {
    for (const lang of ['kk', 'ru', 'en']) {
      await page.goto(`/${lang}/papers/`);
      const links = page.locator('.paper-list > li h2 a');
      await expect(links).toHaveCount(5);
      await links.nth(3).click();
      await expect(page.locator('p.para').first()).toBeVisible();
    }
  });

  test('paragraph permalinks point at their paragraph', async ({ page }) => {
    await page.goto('/en/papers/facebook-twitter-diplomacy/');
    const num = page.locator('#p10 .para-num');
    await num.focus();
    await expect(num).toBeFocused();
    await num.press('Enter');
    await expect(page).toHaveURL(/#p10$/);
    await expect(page.locator('#p10')).toHaveCSS('background-color', /rgb/);
  });

  test('previous and next section links walk the dissertation', async ({ page }) => {
    await page.goto('/kk/papers/public-diplomacy-dissertation/1-2/');
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/\/1-3\/$/);
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(/\/1-2\/$/);
  });

  test('the theme toggle switches to dark and is remembered', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/kk/');
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('/kk/papers/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(22, 23, 26)');
  });

  test('the skip link and the "/" shortcut work from the keyboard', async ({ page }) => {
    await page.goto('/ru/');
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#content')).toBeFocused();
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
  });

  test('the papers index filters by topic and language without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/papers/');
    const visible = page.locator('.paper-list > li:visible');
    await expect(visible).toHaveCount(5);
    await page.getByLabel('Steppe diplomacy').check();
    await expect(visible).toHaveCount(1);
    await page.getByLabel('Digital diplomacy').check();
    await expect(visible).toHaveCount(4);
    await page.getByRole('group', { name: 'Language of the text' }).getByLabel('Russian').check();
    await expect(visible).toHaveCount(2);
    await context.close();
  });

  test('the interface has no untranslated chrome in kk and ru', async ({ page }) => {
    for (const path of ['/kk/', '/ru/papers/', '/kk/glossary/', '/ru/chapters/steppe-diplomacy/']) {
      await page.goto(path);
      const chrome = await page.locator('header, nav, footer').allInnerTexts();
      expect(chrome.join(' ')).not.toMatch(/\b(Search|Papers|Home|Chapters|Timelines|Glossary|About|Cite|Contents|Language)\b/);
    }
  });

  test('a missing page gets the localised 404', async ({ page }) => {
    const response = await page.goto('/kk/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Бет табылмады');
    await expect(page.getByText('Страница не найдена')).toBeVisible();
  });

  test('the reader is comfortable at 320 px: no horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ['/kk/', '/kk/papers/public-diplomacy-dissertation/2-2/', '/ru/glossary/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('print shows the page address and hides the chrome', async ({ page }) => {
    await page.goto('/kk/papers/public-diplomacy-dissertation/1-1/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-url')).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.para-num').first()).toBeVisible();
  });
});
