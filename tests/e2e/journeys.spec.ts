import { expect, test, type Page } from '@playwright/test';

/*
 * Three readers' journeys through the paper pages, on the built site (issue 19):
 *   a) a Russian-speaking student on a 375 × 812 phone: a search hit on a Kazakh paragraph, cited in GOST, BibTeX;
 *   b) an English-speaking researcher on a desktop, keyboard only: Cite, Download, a paragraph's permalink;
 *   c) a Kazakh reader on a 768 px tablet in dark mode: contents, permalinks, search marks, then print.
 * One describe per journey: the search results and chart journeys have their own specs
 * (results.spec.ts, the charts specs); a journey that continues into them belongs there.
 */

const SECTION = '/papers/public-diplomacy-dissertation/1-1/';
/** Paragraph 73 of section 1.1 speaks of «жұмсақ күш» (soft power) four times. */
const HIT = `?highlight=${encodeURIComponent('жұмсақ')}+${encodeURIComponent('күш')}#p73`;

type Rgb = [number, number, number];
const rgb = (css: string): Rgb => {
  const m = css.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  if (m[4] !== undefined && Number(m[4]) < 1) throw new Error(`a translucent colour cannot be measured alone: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};
const luminance = ([r, g, b]: Rgb) => {
  const lin = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
/** WCAG contrast ratio of two CSS colours. */
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

/** Computed colours of the target paragraph, its number and the first search mark inside it. */
async function targetColours(page: Page, id: string) {
  return page.evaluate((id) => {
    const p = document.getElementById(id)!;
    const mark = p.querySelector('mark.search-hit')!;
    const [ps, ms, ns] = [getComputedStyle(p), getComputedStyle(mark), getComputedStyle(p.querySelector('.para-num')!)];
    return {
      page: getComputedStyle(document.documentElement).backgroundColor,
      target: ps.backgroundColor, text: ps.color, number: ns.color,
      markFill: ms.backgroundColor, markText: ms.color, markLine: ms.textDecorationColor, markDecoration: ms.textDecorationLine,
    };
  }, id);
}

/** The target paragraph is tinted (not in the marks' colour) and its marks stand out on it. */
function expectMarksVisibleOnTarget(c: Awaited<ReturnType<typeof targetColours>>) {
  expect(c.target, 'the target is tinted').not.toBe(c.page);
  expect(c.markFill, 'marks and target differ').not.toBe(c.target);
  expect(c.markDecoration).toContain('underline');
  expect(contrast(c.markLine, c.target), 'mark underline on the target').toBeGreaterThanOrEqual(3);
  expect(contrast(c.markLine, c.markFill), 'mark underline on its fill').toBeGreaterThanOrEqual(3);
  expect(contrast(c.markText, c.markFill), 'text in a mark').toBeGreaterThanOrEqual(4.5);
  expect(contrast(c.text, c.target), 'text of the target').toBeGreaterThanOrEqual(4.5);
  expect(contrast(c.number, c.target), 'number of the target').toBeGreaterThanOrEqual(4.5);
}

/** Tab presses from the top of the page until `target` has the focus (at most `max`). */
async function tabsTo(page: Page, target: ReturnType<Page['locator']>, max = 40): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return i;
  }
  throw new Error(`not reached in ${max} Tab presses`);
}

test.describe('a) a Russian-speaking student on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, colorScheme: 'light' });

  test('lands on a Kazakh paragraph from a search hit: marks visible on it, told its language, cites it in GOST', async ({ page }) => {
    await page.goto(`/ru${SECTION}${HIT}`);
    const target = page.locator('#p73');
    await expect(target).toBeInViewport();
    await expect(target.locator('mark.search-hit').first()).toBeVisible();
    expect(await target.locator('mark.search-hit').count()).toBeGreaterThanOrEqual(4);
    expectMarksVisibleOnTarget(await targetColours(page, 'p73'));

    // The hit bar starts at the first match of the paragraph and steps on by touch.
    const status = page.locator('hit-bar [role="status"]');
    await expect(status).toHaveText(/^\d+ из \d+$/);
    await expect(target.locator('mark[aria-current]')).toHaveCount(1);
    const [, at, of] = (await status.textContent())!.match(/(\d+) из (\d+)/)!.map(Number);
    await page.getByRole('button', { name: 'Следующее совпадение' }).click();
    await expect(status).toHaveText(`${at! + 1} из ${of}`);

    // The paragraph is in Kazakh: the page says so in Russian and links the Russian summary.
    await expect(page.locator('p.lang-notice').first()).toContainText('Текст написан на казахском языке');
    const note = page.locator('.para-lang-note');
    await expect(note).toHaveText(/^Абзац 73 написан на казахском языке\. Краткое содержание на русском · Перевод на русский$/);
    await expect(note.getByRole('link', { name: 'Краткое содержание на русском' })).toHaveAttribute('href', '/ru/papers/public-diplomacy-dissertation/#summary');

    // Cite this paragraph: GOST is the Russian interface's default.
    await target.locator('a.para-cite').click();
    const dialog = page.locator('dialog[data-cite-dialog]');
    await expect(dialog.locator('h2')).toHaveText('Цитировать абзац 73');
    await expect(dialog.locator('input[value="gost-2018"]')).toBeChecked();
    await expect(dialog.locator('[data-cite-dialog-text]')).toContainText('Абз. 73');
    await expect(dialog.locator('[data-cite-dialog-text]')).toContainText(`/ru${SECTION}#p73`);
  });

  test('from the query «мягкая сила» to a cited paragraph and its BibTeX, in four taps and a scroll', async ({ page }) => {
    // Tap 1: the query, typed on the Russian search page.
    await page.goto('/ru/search/');
    await page.locator('#search-q').fill('мягкая сила');
    await page.locator('#search-q').press('Enter');
    await expect(page.locator('archive-search [data-results]')).not.toHaveAttribute('aria-busy', 'true', { timeout: 15_000 });
    // Tap 2: the best hit in a paper's text, on the first screen, opens the Russian interface's copy.
    const best = page.locator('main [data-results] a.hit[href*="/papers/"][href*="#p"]').first();
    await expect(best).toBeInViewport();
    await best.click();
    await expect(page).toHaveURL(/^[^?#]*\/ru\/papers\/[^#]*#p\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    const target = page.locator(`[id="${id}"]`);
    // (That the landed paragraph is on screen is the deep-link test's above.)
    await expect(target).toBeVisible();
    // The words searched for are marked on the paragraph landed on, and stand out from its tint.
    await expect(target.locator('mark.search-hit').first()).toBeVisible();
    expectMarksVisibleOnTarget(await targetColours(page, id));
    // Tap 3: cite this paragraph; GOST is the Russian default and names the paragraph and its address.
    await target.locator('a.para-cite').click();
    const dialog = page.locator('dialog[data-cite-dialog]');
    await expect(dialog.locator('input[value="gost-2018"]')).toBeChecked();
    const text = dialog.locator('[data-cite-dialog-text]');
    await expect(text).toContainText(`Абз. ${id.slice(1)}`);
    await expect(text).toContainText(`#${id}`);
    await page.keyboard.press('Escape');
    // A scroll to the top, then tap 4: BibTeX from the paper tools under the title.
    await page.evaluate(() => window.scrollTo(0, 0));
    const bib = page.getByRole('navigation', { name: 'Инструменты для текста' }).getByRole('link', { name: 'BibTeX' });
    await expect(bib).toBeInViewport();
    const [download] = await Promise.all([page.waitForEvent('download'), bib.click()]);
    expect(download.suggestedFilename()).toMatch(/\.ru\.bib$/);
  });

  test('downloads the BibTeX record from the top of the page', async ({ page }) => {
    await page.goto(`/ru${SECTION}`);
    const bib = page.getByRole('navigation', { name: 'Инструменты для текста' }).getByRole('link', { name: 'BibTeX' });
    // On the first screen, without scrolling.
    const box = (await bib.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(812);
    const [download] = await Promise.all([page.waitForEvent('download'), bib.click()]);
    expect(download.suggestedFilename()).toBe('public-diplomacy-dissertation.ru.bib');
  });
});

test.describe('b) an English-speaking researcher, keyboard only, on a desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  const PAGE = '/en/papers/public-diplomacy-dissertation/2-2/';

  test('reaches Cite from the top of a paper page in a few Tab presses, and lands in the cite panel', async ({ page }) => {
    await page.goto(PAGE);
    const cite = page.getByRole('navigation', { name: 'Tools for this text' }).getByRole('link', { name: 'Cite' });
    // Skip link, header (brand, search, languages, theme, six sections), the paper's title, then the tools.
    expect(await tabsTo(page, cite)).toBeLessThanOrEqual(20);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#cite$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#cite'))).toBe(true);
  });

  test('reaches the downloads from the top by keyboard', async ({ page }) => {
    await page.goto(PAGE);
    const bib = page.getByRole('navigation', { name: 'Tools for this text' }).getByRole('link', { name: 'BibTeX' });
    expect(await tabsTo(page, bib)).toBeLessThanOrEqual(21);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('public-diplomacy-dissertation.en.bib');
  });

  test('a paragraph number copies its permalink and says "copied"', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    const num = page.locator('.para-num').nth(2);
    const n = (await num.textContent())!.trim();
    await num.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#p${n}$`));
    await expect(page.locator('paper-tools [role="status"]')).toHaveText(`Link to paragraph ${n} copied`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${PAGE}#p${n}`);
  });

  test('steps through search matches and clears them from the keyboard', async ({ page }) => {
    await page.goto(`${PAGE}?highlight=digital+diplomacy`);
    const status = page.locator('hit-bar [role="status"]');
    await expect(status).toHaveText(/^1 of \d+$/);
    const next = page.getByRole('button', { name: 'Next match' });
    // The bar has scrolled the first match into view; whether Tab then starts from the top of the page
    // or from the scrolled-to place differs between Chromium versions, so the count starts at the top.
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    expect(1 + await tabsTo(page, next)).toBeLessThanOrEqual(25);
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(/^2 of \d+$/);
    await expect(page.locator('mark[aria-current]')).toBeInViewport();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(/^1 of \d+$/);
    await page.getByRole('button', { name: 'Clear marks' }).press('Enter');
    await expect(page.locator('mark.search-hit')).toHaveCount(0);
    await expect(status).toHaveText('Marks cleared');
    expect(new URL(page.url()).search).toBe('');
  });
});

test.describe('c) a Kazakh reader on a tablet in dark mode, then print', () => {
  test.use({ viewport: { width: 768, height: 1024 }, colorScheme: 'dark' });

  test('contents, permalinks, search marks, and a light print', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/kk${SECTION}${HIT}`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(22, 23, 26)');

    // Contents: folded above the text, nested, numbered once (by the headings), this section marked.
    const contents = page.getByRole('navigation', { name: 'Мазмұны' });
    await contents.getByText('Мазмұны').click();
    const current = contents.locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText(/^1\.1 /);
    await expect(contents.locator('.toc-tree > li > ul > li a[aria-current="page"]')).toHaveCount(1);
    expect(await contents.locator('.toc-tree li').evaluateAll((lis) => lis.every((li) => getComputedStyle(li).listStyleType === 'none'))).toBe(true);

    // Search marks on the target paragraph, in the dark palette.
    await expect(page.locator('#p73 mark.search-hit').first()).toBeVisible();
    expectMarksVisibleOnTarget(await targetColours(page, 'p73'));
    await expect(page.locator('hit-bar [role="status"]')).toHaveText(/^\d+ \/ \d+$/);

    // A permalink: the paragraph becomes the target and its address is copied.
    await page.locator('#p74 .para-num').click();
    await expect(page).toHaveURL(/#p74$/);
    await expect(page.locator('paper-tools [role="status"]')).toHaveText('74-абзацқа сілтеме көшірілді');

    // Print from dark mode: the light palette, marks as underlines without a fill, links in the text's colour.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const print = await page.evaluate(() => {
      const css = (el: Element | null) => getComputedStyle(el!);
      const mark = css(document.querySelector('#p73 mark.search-hit'));
      const link = document.querySelector('article > p.muted a')!;
      return {
        bg: css(document.documentElement).backgroundColor, text: css(document.querySelector('#p73')).color,
        markFill: mark.backgroundColor, markLine: mark.textDecorationLine, target: css(document.querySelector('#p74')).backgroundColor,
        link: css(link).color, linkParent: css(link.parentElement).color, muted: css(document.querySelector('.para-num')).color,
      };
    });
    expect(print.bg).toBe('rgb(255, 255, 255)');
    expect(contrast(print.text, print.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(print.muted, print.bg)).toBeGreaterThanOrEqual(4.5);
    expect(print.markFill).toBe('rgba(0, 0, 0, 0)');
    expect(print.markLine).toContain('underline');
    expect(print.target).toBe('rgba(0, 0, 0, 0)');
    expect(print.link).toBe(print.linkParent);
    expect(contrast(print.link, print.bg)).toBeGreaterThanOrEqual(4.5);
    await expect(page.locator('hit-bar')).toBeHidden();
    await expect(page.locator('paper-tools')).toBeHidden();
  });
});
