import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
}

test.describe('charts are accessible', () => {
  for (const url of ['/kk/timelines/', '/en/embassies/', '/ru/embassies/', '/en/timelines/']) {
    test(`axe finds no WCAG violation on ${url}`, async ({ page }) => {
      await page.goto(url);
      expect(await axe(page)).toEqual([]);
    });
  }

  for (const url of ['/en/chapters/political-pr/', '/kk/chapters/steppe-diplomacy/', '/ru/chapters/digital-diplomacy/']) {
    test(`axe finds no WCAG violation in the figures of ${url}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('.ar-figure').first()).toBeVisible();
      const result = await new AxeBuilder({ page }).include('.ar-figure').withTags(WCAG).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  }

  test('axe passes with the data tables and citations open', async ({ page }) => {
    await page.goto('/en/embassies/');
    for (const s of await page.locator('#fig-embassies-bar details > summary').all()) await s.click();
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('tooltips', () => {
  test('keyboard focus on a bar shows its tooltip; arrow keys move to the next embassy', async ({ page }) => {
    await page.goto('/en/embassies/');
    const fig = page.locator('#fig-embassies-bar');
    await fig.locator('.figure-chart').focus();
    await page.keyboard.press('Tab');
    const tip = fig.locator('.ar-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Embassy in the Republic of Korea');
    await expect(tip).toContainText('33,343');
    await expect(tip).toContainText(/Source: 004 · ¶\d+/);
    await page.keyboard.press('ArrowDown');
    await expect(tip).toContainText('Embassy in Singapore');
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('Enter on a focused timeline event opens its paragraph', async ({ page }) => {
    await page.goto('/en/timelines/');
    const fig = page.locator('#fig-timelines-overview');
    await fig.locator('.figure-chart').focus();
    await page.keyboard.press('Tab');
    await expect(fig.locator('.ar-tip')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/papers\/[a-z-]+\/(?:[a-z0-9-]+\/)?#p\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  });
});

test.describe('the timeline', () => {
  test('filtering by theme hides the other lanes and their events', async ({ page }) => {
    await page.goto('/en/timelines/');
    const fig = page.locator('#fig-timelines-overview');
    const svg = fig.locator('svg.ar-chart');
    const before = Number(await svg.getAttribute('height'));
    for (const theme of ['independence', 'foreign', 'digital', 'egov', 'elections']) await page.locator(`#tl-lane-${theme}`).uncheck();
    await expect(svg.locator('.lane[data-lane="steppe"]')).toBeVisible();
    for (const theme of ['independence', 'foreign', 'digital']) await expect(svg.locator(`.lane[data-lane="${theme}"]`)).toBeHidden();
    await expect(page.locator('[data-event-theme="independence"]').first()).toBeHidden();
    await expect(page.locator('[data-event-theme="steppe"]').first()).toBeVisible();
    expect(Number(await svg.getAttribute('height'))).toBeLessThan(before);
    await fig.getByRole('button', { name: 'Show all' }).click();
    await expect(svg.locator('.lane[data-lane="independence"]')).toBeVisible();
  });

  test('filters work without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/timelines/');
    await expect(page.locator('svg.ar-chart .lane')).toHaveCount(6);
    await page.locator('#tl-lane-steppe').uncheck();
    await expect(page.locator('svg.ar-chart .lane[data-lane="steppe"]')).toBeHidden();
    await expect(page.locator('.zoom')).toBeHidden();
    await context.close();
  });

  test('zooming in changes the visible range, the axis and the marks', async ({ page }) => {
    await page.goto('/en/timelines/');
    const fig = page.locator('#fig-timelines-overview');
    const out = fig.locator('[data-range-out]');
    await expect(out).toHaveText('700 BCE – 2024');
    const ticks = async () => (await fig.locator('[data-axis] text').allTextContents()).join(' ');
    const axisBefore = await ticks();
    const mark = fig.locator('.mark[data-key="unsc-election-2016"] circle.main');
    const cxBefore = Number(await mark.getAttribute('cx'));
    await fig.getByRole('button', { name: 'Zoom in' }).click();
    await fig.getByRole('button', { name: 'Zoom in' }).click();
    await expect(out).not.toHaveText('700 BCE – 2024');
    const [from, to] = (await out.textContent())!.split(' – ').map((s) => Number.parseInt(s.replace(/\D/g, ''), 10));
    expect(to! - from!).toBeLessThan(2024 + 700);
    expect(await ticks()).not.toBe(axisBefore);
    expect(Number(await mark.getAttribute('cx'))).not.toBe(cxBefore);
    await fig.getByRole('button', { name: 'Reset' }).click();
    await expect(out).toHaveText('700 BCE – 2024');
  });

  test('zooming far into the 2010s shows months on the axis', async ({ page }) => {
    await page.goto('/en/timelines/');
    const fig = page.locator('#fig-timelines-overview');
    await fig.locator('.figure-chart').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    for (let i = 0; i < 7; i++) await page.keyboard.press('+');
    await expect(fig.locator('[data-axis] text', { hasText: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)/ }).first()).toBeVisible();
  });
});

test.describe('script budget', () => {
  for (const url of ['/kk/embassies/', '/kk/timelines/']) {
    test(`${url} ships at most 60 KB of gzipped script`, async ({ page }) => {
      let bytes = 0;
      page.on('response', async (r) => {
        if (r.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) bytes += gzipSync(await r.body(), { level: 9 }).length;
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((x) => x.textContent ?? '').join('\n'));
      bytes += gzipSync(Buffer.from(inline), { level: 9 }).length;
      test.info().annotations.push({ type: 'script', description: `${url}: ${(bytes / 1024).toFixed(1)} KB gz` });
      console.log(`${url}: ${(bytes / 1024).toFixed(1)} KB gz of script`);
      expect(bytes).toBeLessThanOrEqual(60 * 1024);
    });
  }
});
