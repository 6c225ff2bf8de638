import { expect, test, type Page } from '@playwright/test';

// Widgets are light-DOM custom elements (src/client/elements/define.ts): each sets itself up inside
// itself, so every widget on a page works, and only once however often it is connected.

const LANDING = '/ru/papers/social-media-electoral-pr/';

/** Counts the copies the page makes (the clipboard itself is not needed to know that a click copied). */
async function countCopies(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { copies: number };
    w.copies = 0;
    const clipboard = navigator.clipboard;
    clipboard.write = async () => { w.copies += 1; };
    clipboard.writeText = async () => { w.copies += 1; };
  });
}
const copies = (page: Page) => page.evaluate(() => (window as unknown as { copies: number }).copies);

/** Takes the element out of the page and puts it back where it was: connected a second time. */
async function reconnect(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().evaluate((el) => {
    const parent = el.parentNode!;
    const next = el.nextSibling;
    el.remove();
    parent.insertBefore(el, next);
  });
}

test.describe('every widget on a page works', () => {
  test('a chapter\'s cite panel and its figures\' citations each copy their own text', async ({ page }) => {
    await countCopies(page);
    await page.goto('/en/chapters/digital-diplomacy/');
    const panel = page.locator('#cite');
    await panel.locator('.cite-style:visible button[data-cite-copy]').click();
    await expect(panel.locator('[data-cite-status]')).toHaveText('Copied');
    const figures = page.locator('details.figure-cite');
    expect(await figures.count()).toBeGreaterThan(1);
    for (const figure of await figures.all()) {
      await figure.locator('summary').click();
      await figure.locator('.cite-style:visible button[data-cite-copy]').click();
      await expect(figure.locator('[data-cite-status]')).toHaveText('Copied');
    }
    expect(await copies(page)).toBe(1 + (await figures.count()));
  });

  test('a second paper cite panel in the page works as the first, and a paragraph opens one dialog', async ({ page }) => {
    await countCopies(page);
    // The page as built, with a copy of its cite panel (without the paragraph dialog) after it.
    await page.route(`**${LANDING}`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const panel = /(?:<cite-panel[^>]*>\s*)?<section class="cite-panel[\s\S]*?<\/section>(?:\s*<\/cite-panel>)?/.exec(html)?.[0];
      if (!panel) throw new Error('no cite panel in the page');
      const second = panel
        .replace(/<script type="application\/json" data-cite-paragraphs[\s\S]*?<\/dialog>/, '')
        .replace('id="cite"', 'id="cite-2"').replace(/id="cite-heading"/, 'id="cite-2-heading"').replace(/aria-labelledby="cite-heading"/, 'aria-labelledby="cite-2-heading"')
        .replaceAll('name="cite-style"', 'name="cite-style-2"');
      await route.fulfill({ response, body: html.replace(panel, panel + second) });
    });
    await page.goto(LANDING);
    for (const id of ['#cite', '#cite-2']) {
      const panel = page.locator(id);
      // The panel's own style choice (the paragraph dialog inside it has another).
      await panel.locator('fieldset.cite-styles').first().locator('input[value="apa"]').check();
      const copy = panel.locator('.cite-style[data-style="apa"] button[data-cite-copy]');
      await expect(copy).toBeVisible();
      await copy.click();
      await expect(panel.locator('[data-cite-status]')).toHaveText('Скопировано');
    }
    expect(await copies(page)).toBe(2);
    await page.locator('#p12 a.para-cite').click();
    await expect(page.locator('dialog[data-cite-dialog]')).toBeVisible();
    expect(await page.locator('dialog[open]').count()).toBe(1);
  });
});

test.describe('a widget connected again sets up nothing twice', () => {
  test('the cite panel copies once per click', async ({ page }) => {
    await countCopies(page);
    await page.goto(LANDING);
    await reconnect(page, 'cite-panel');
    await page.locator('#cite .cite-style:visible button[data-cite-copy]').click();
    await expect(page.locator('#cite [data-cite-status]')).toHaveText('Скопировано');
    expect(await copies(page)).toBe(1);
  });

  test('a chart keeps one tooltip', async ({ page }) => {
    await page.goto('/en/embassies/');
    const fig = page.locator('#fig-embassies-bar');
    await expect(fig.locator('.ar-tip')).toHaveCount(1);
    await reconnect(page, '#fig-embassies-bar chart-marks');
    await expect(fig.locator('.ar-tip')).toHaveCount(1);
    await fig.locator('.figure-chart').focus();
    await page.keyboard.press('Tab');
    await expect(fig.locator('.ar-tip')).toContainText('Embassy in the Republic of Korea');
  });

  test('the timeline, zoomed and connected again, resets to its built axis', async ({ page }) => {
    await page.goto('/en/timelines/');
    const mark = page.locator('timeline-explorer .lane-marks circle').first();
    const built = await mark.getAttribute('cx');
    await page.locator('[data-zoom="in"]').click();
    await expect(mark).not.toHaveAttribute('cx', built!);
    await reconnect(page, 'timeline-explorer');
    await page.locator('[data-zoom="reset"]').click();
    await expect(page.locator('timeline-explorer')).toHaveAttribute('data-zoom', '1.00');
    await expect(mark).toHaveAttribute('cx', built!);
    await expect(page.locator('timeline-explorer .ar-tip')).toHaveCount(1);
  });

  test('the theme toggle switches once per press', async ({ page }) => {
    await page.goto('/en/');
    await reconnect(page, 'theme-toggle');
    const toggle = page.locator('[data-theme-toggle]');
    const before = await toggle.getAttribute('aria-pressed');
    await toggle.click();
    await expect(toggle).not.toHaveAttribute('aria-pressed', before ?? '');
  });
});
