import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The cite panel and the paragraph cite action, as a reader uses them: by keyboard, with copying.
const LANDING = '/ru/papers/social-media-electoral-pr/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('citing', () => {
  test('the Russian landing shows the GOST reference without script', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LANDING);
    const panel = page.locator('#cite');
    await expect(panel.locator('.cite-style[data-style="gost-2018"] .cite-text')).toContainText(/URL: https?:\/\/.*\(дата обращения: \d\d\.\d\d\.\d{4}\)/);
    await expect(panel.locator('.cite-style[data-style="apa"]')).toBeHidden();
    await context.close();
  });

  test('the panel switches styles by keyboard and copies the shown reference', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(LANDING);
    const gost = page.locator('#cite input[name="cite-style"][value="gost-2018"]');
    await expect(gost).toBeChecked();
    await gost.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#cite input[name="cite-style"][value="apa"]')).toBeChecked();
    const apa = page.locator('#cite .cite-style[data-style="apa"]');
    await expect(apa).toBeVisible();
    await expect(page.locator('#cite .cite-style[data-style="gost-2018"]')).toBeHidden();
    await expect(apa.locator('.cite-text')).toContainText('(ок. 2016)');
    await apa.locator('button[data-cite-copy]').press('Enter');
    await expect(page.locator('#cite [data-cite-status]')).toHaveText('Скопировано');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Копежанова, Д. Е. (ок. 2016).');
  });

  test('the paragraph cite action gives the paragraph locator and permalink, and closes back to the paragraph', async ({ page }) => {
    await page.goto(LANDING);
    const action = page.locator('#p12 a.para-cite');
    await expect(action).toHaveAttribute('aria-label', 'Цитировать абзац 12');
    await action.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[data-cite-dialog]');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('h2')).toHaveText('Цитировать абзац 12');
    const text = dialog.locator('[data-cite-dialog-text]');
    await expect(text).toContainText('Абз. 12');
    await expect(text).toContainText('/ru/papers/social-media-electoral-pr/#p12 (дата обращения:');
    await dialog.locator('input[value="apa"]').check();
    await expect(text).toHaveText('(Копежанова, ок. 2016, абз. 12)');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(action).toBeFocused();
  });

  test('without script the paragraph cite action leads to that paragraph\'s citation', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/kk/papers/public-diplomacy-dissertation/1-2/');
    const action = page.locator('a.para-cite').first();
    const n = await action.getAttribute('data-n');
    await action.click();
    await expect(page).toHaveURL(new RegExp(`/cite/kk/public-diplomacy-dissertation/1-2/#p${n}$`));
    await expect(page.locator(`#p${n}`)).toContainText(`${n}-абзац`);
    await context.close();
  });

  test("the access date is the reader's own day in the reader's time zone, in the panel, the paragraph dialog and the note", async ({ browser }) => {
    // 20:30 UTC on 1 December is already 2 December in Almaty (UTC+5), still 1 December in New York.
    for (const [timezoneId, day] of [['Asia/Almaty', '02.12.2026'], ['America/New_York', '01.12.2026']] as const) {
      const context = await browser.newContext({ timezoneId });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date('2026-12-01T20:30:00Z'));
      await page.goto(LANDING);
      await expect(page.locator('#cite .cite-style[data-style="gost-2018"] .cite-text')).toContainText(`(дата обращения: ${day}).`);
      await expect(page.locator('#cite [data-access-note]')).toContainText('сегодня');
      await page.locator('#p12 a.para-cite').click();
      await expect(page.locator('[data-cite-dialog-text]')).toContainText(`#p12 (дата обращения: ${day}).`);
      await context.close();
    }
  });

  test('without script the access date is the build date, and the note says so', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/papers/social-media-electoral-pr/');
    const built = await page.locator('#cite cite-date time').first().getAttribute('datetime');
    const [y, m, d] = (built ?? '').split('-').map(Number);
    await expect(page.locator('#cite .cite-style[data-style="mla"] .cite-text')).toContainText(`Accessed ${d} ${['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'][m! - 1]} ${y}.`);
    await expect(page.locator('#cite [data-access-note]')).toContainText('the build date of this edition');
    await context.close();
  });

  test('a figure citation takes the reader\'s day too', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'Asia/Almaty' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-12-01T20:30:00Z'));
    await page.goto('/kk/embassies/');
    const cite = page.locator('details.figure-cite').first();
    await cite.locator('summary').click();
    await expect(cite).toContainText('(қаралған күні: 02.12.2026)');
    await context.close();
  });

  test('the paragraph citation list passes axe', async ({ page }) => {
    await page.goto('/cite/ru/social-media-electoral-pr/');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
