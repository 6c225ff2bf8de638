import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/*
 * The figures as readers meet them: labels that never cover each other (every chart, phone and
 * desktop widths), an English researcher's keyboard-only journey over charts, timeline, data and a
 * figure citation (the Tab presses are printed), and axe on every page with figures, light and dark.
 */

/** Every page that holds a figure, in the three interface languages. */
const FIGURE_PAGES = ['kk', 'ru', 'en'].flatMap((lang) => ['embassies', 'timelines', 'chapters/political-pr', 'chapters/steppe-diplomacy', 'chapters/digital-diplomacy'].map((p) => `/${lang}/${p}/`));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Box { text: string; left: number; top: number; right: number; bottom: number }

/** Pairs of text labels of one chart whose drawn boxes overlap by more than half a pixel each way. */
async function overlaps(page: Page): Promise<string[]> {
  return page.locator('svg.ar-chart').evaluateAll((svgs) => svgs.flatMap((svg) => {
    const fig = svg.closest('figure')?.id ?? '?';
    const boxes: Box[] = [...svg.querySelectorAll('text')].filter((t) => t.getClientRects().length > 0 && t.textContent?.trim()).map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent!.trim(), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!, b = boxes[j]!;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 0.5 && h > 0.5) out.push(`${fig}: "${a.text}" × "${b.text}" (${w.toFixed(1)}×${h.toFixed(1)} px)`);
    }
    return out;
  }));
}

test.describe('chart labels', () => {
  for (const width of [375, 1440]) {
    for (const url of FIGURE_PAGES) {
      test(`no two labels overlap on ${url} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        await expect(page.locator('svg.ar-chart').first()).toBeVisible();
        const labels = await page.locator('svg.ar-chart text').count();
        expect(labels).toBeGreaterThan(10);
        expect(await overlaps(page)).toEqual([]);
      });
    }
  }
});

/** Presses Tab until the focused element matches `selector`; returns how many presses it took. */
async function tabTo(page: Page, selector: string, max = 400): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return n;
  }
  throw new Error(`${selector} not reached in ${max} Tab presses`);
}

test.describe('keyboard only, in English', () => {
  test('charts, data and citing a figure in APA on /en/embassies/', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/embassies/');
    const fig = page.locator('#fig-akimat-engagement');
    const presses: Record<string, number> = {};

    presses['top → akimat chart'] = await tabTo(page, '#fig-akimat-engagement .figure-chart');
    await page.keyboard.press('Tab');
    await expect(fig.locator('.ar-tip')).toBeVisible();
    await expect(fig.locator('.ar-tip')).toContainText('Turkestan region');

    presses['chart → CSV download'] = await tabTo(page, '#fig-akimat-engagement .figure-downloads a[href$=".csv"]');
    presses['CSV → Cite this figure'] = await tabTo(page, '#fig-akimat-engagement .figure-cite > summary');
    await page.keyboard.press('Enter');
    const cite = fig.locator('details.figure-cite');
    await expect(cite).toHaveAttribute('open', '');
    // The style group: Tab lands on the checked style (APA in English); arrows choose another.
    presses['summary → style'] = await tabTo(page, '#fig-akimat-engagement .cite-styles input:checked');
    await expect(page.locator(':focus')).toHaveAttribute('value', 'apa');
    await page.keyboard.press('ArrowRight');
    await expect(cite.locator('.cite-style[data-style="mla"]')).toBeVisible();
    await expect(cite.locator('.cite-style[data-style="apa"]')).toBeHidden();
    await page.keyboard.press('ArrowLeft');
    const apa = cite.locator('.cite-style[data-style="apa"]');
    await expect(apa).toBeVisible();
    presses['style → Copy'] = await tabTo(page, '#fig-akimat-engagement .cite-style[data-style="apa"] button[data-cite-copy]');
    await page.keyboard.press('Enter');
    await expect(cite.locator('[data-cite-status]')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Social-media engagement of the Turkestan and West Kazakhstan regional akimats (Version 1.0). (2026).');
    expect(copied).toContain('[Figure 8, data set]. Kazakh Political Communication Archive.');
    expect(copied).toContain('/en/embassies/#fig-akimat-engagement');
    await expect(fig.locator('.figure-number')).toHaveText('Figure 8.');

    // The data table comes after the citation, folded; opened, it shows its rows.
    presses['Copy → data table'] = await tabTo(page, '#fig-akimat-engagement .figure-data > summary');
    await expect(fig.locator('.figure-data table')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(fig.locator('.figure-data table')).toBeVisible();
    await expect(fig.locator('.figure-data tbody tr')).toHaveCount(6);

    const total = Object.values(presses).reduce((a, b) => a + b, 0);
    console.log(`/en/embassies/ Tab presses: ${JSON.stringify(presses)}; total ${total}`);
    test.info().annotations.push({ type: 'tabs', description: `${JSON.stringify(presses)} total ${total}` });
  });

  test('the timeline explorer and its data on /en/timelines/', async ({ page }) => {
    await page.goto('/en/timelines/');
    const fig = page.locator('#fig-timelines-overview');
    const presses: Record<string, number> = {};
    presses['top → first theme filter'] = await tabTo(page, '#tl-lane-steppe');
    await page.keyboard.press('Space');
    await expect(fig.locator('svg .lane[data-lane="steppe"]')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(fig.locator('svg .lane[data-lane="steppe"]')).toBeVisible();
    presses['filter → zoom in'] = await tabTo(page, '#fig-timelines-overview [data-zoom="in"]');
    const range = fig.locator('[data-range-out]');
    const before = await range.textContent();
    await page.keyboard.press('Enter');
    await expect(range).not.toHaveText(before ?? '');
    presses['zoom → chart'] = await tabTo(page, '#fig-timelines-overview .figure-chart');
    await page.keyboard.press('Tab');
    await expect(fig.locator('.ar-tip')).toBeVisible();
    presses['chart → Cite this figure'] = await tabTo(page, '#fig-timelines-overview .figure-cite > summary');
    await page.keyboard.press('Enter');
    presses['summary → style'] = await tabTo(page, '#fig-timelines-overview .cite-styles input:checked');
    await expect(page.locator(':focus')).toHaveAttribute('value', 'apa');
    await expect(fig.locator('.cite-style[data-style="apa"] .cite-text')).toContainText('[Figure 1, data set]. Kazakh Political Communication Archive.');
    presses['style → first timeline CSV'] = await tabTo(page, '.tl-downloads a[href$=".csv"]');
    const total = Object.values(presses).reduce((a, b) => a + b, 0);
    console.log(`/en/timelines/ Tab presses: ${JSON.stringify(presses)}; total ${total}`);
    test.info().annotations.push({ type: 'tabs', description: `${JSON.stringify(presses)} total ${total}` });
  });
});

test.describe('figure citations without script', () => {
  test('the chosen style shows, the others stay folded away; the record formats are there to copy', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ru/embassies/');
    const cite = page.locator('#fig-embassies-bar details.figure-cite');
    await cite.locator('summary').click();
    // citeproc keeps GOST's spaces before colons non-breaking; compared here as plain spaces.
    const gost = (await cite.locator('.cite-style[data-style="gost-2018"] .cite-text').textContent())!.replace(/[\u00a0\u202f]/g, ' ');
    expect(gost).toMatch(/^Страницы посольств Казахстана в Facebook : рисунок 6, набор данных\. — Текст : электронный \/\/ Архив политической коммуникации Казахстана : \[сайт\]\. — \d{4}\. — Версия 1\.0\. — URL: https?:\/\/\S+\/ru\/embassies\/#fig-embassies-bar \(дата обращения: \d\d\.\d\d\.\d{4}\)\. — Источник данных: .*¶\d+\.$/);
    await expect(cite.locator('.cite-style[data-style="apa"]')).toBeHidden();
    await cite.locator('input[value="bib"]').check();
    await expect(cite.locator('.cite-style[data-style="bib"] pre')).toContainText('@dataset{fig-embassies-bar,');
    await cite.locator('input[value="ris"]').check();
    await expect(cite.locator('.cite-style[data-style="ris"] pre')).toContainText('TY  - DATA');
    await context.close();
  });
});

test.describe('axe on the pages with figures', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const url of FIGURE_PAGES) {
      test(`${url} (${scheme}), citations and data tables open`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        for (const s of await page.locator('.ar-figure details > summary').all()) await s.click();
        const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      });
    }
  }
});
