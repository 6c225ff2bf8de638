import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Search results as a reader on a phone or at a keyboard meets them (issue 19): every result opens
// the reader's own copy of its page, at an anchor that exists there; every label of a result is in
// the interface language; the first result is on the first screen of a phone and a few Tab presses
// from the query; the filters fold into one disclosure that counts the active ones; the words a
// result marks and passes on (?highlight=) are forms of the searched words.
const UIS = ['kk', 'ru', 'en'] as const;
type Ui = (typeof UIS)[number];
const SOFT_POWER = `?q=${encodeURIComponent('мягкая сила')}`;

const strings = (ui: Ui): Record<string, string> => ({
  ...(JSON.parse(readFileSync(`src/i18n/${ui}.json`, 'utf8')) as Record<string, string>),
  ...(JSON.parse(readFileSync(`src/i18n/parts/results.${ui}.json`, 'utf8')) as Record<string, string>),
});
/** Labels only another interface language uses: its names of the languages and of a paper page's parts. */
const foreignLabels = (ui: Ui): string[] => UIS.filter((l) => l !== ui).flatMap((l) => {
  const t = strings(l);
  return [...UIS.map((x) => t[`langname.${x}`]!), ...UIS.map((x) => t[`results.inLang.${x}`]!)];
});

async function settled(page: Page): Promise<void> {
  await expect(page.locator('archive-search [data-results]')).not.toHaveAttribute('aria-busy', 'true', { timeout: 15_000 });
  await expect(page.locator('#search-status')).not.toHaveText(/…$/);
  await expect(page.locator('main [data-results] a.hit').first()).toBeVisible();
}

/** Scrolls to the last result shown: the rest of the page of results (fetched only then) arrives. */
async function scrollToRest(page: Page): Promise<void> {
  await expect(page.locator('main [data-results]')).toHaveAttribute('data-rest');
  const hits = page.locator('main [data-results] a.hit');
  const first = await hits.count();
  await hits.last().scrollIntoViewIfNeeded();
  await expect(page.locator('main [data-results]')).not.toHaveAttribute('data-rest');
  expect(await hits.count()).toBeGreaterThan(first);
}

/** Tab presses from the query field until the first result has the focus (stops at 40). */
async function tabsToFirstResult(page: Page): Promise<number> {
  await page.locator('#search-q').focus();
  for (let n = 1; n <= 40; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement === document.querySelector('main [data-results] a.hit'))) return n;
  }
  return Infinity;
}

for (const ui of UIS) {
  test(`/${ui}/search/ «мягкая сила»: every result opens the ${ui} copy of its page, at an anchor it has, labelled in ${ui}`, async ({ page, request }) => {
    await page.goto(`/${ui}/search/${SOFT_POWER}`);
    await settled(page);
    await scrollToRest(page);
    const hits = await page.locator('main [data-results] a.hit').evaluateAll((as) => as.map((a) => ({
      href: a.getAttribute('href') ?? '',
      place: a.querySelector('.place')?.textContent ?? '',
      placeLang: a.querySelector('.place')?.getAttribute('lang') ?? null,
      // Every text of the link outside a quoted heading: the chrome a reader must understand.
      labels: [...a.querySelectorAll('.place:not([lang]), .lang-label, .tr-badge')].map((e) => e.textContent ?? ''),
      langs: [...a.querySelectorAll('[lang]')].map((e) => `${e.className}:${e.getAttribute('lang')}`),
    })));
    const kinds = new Set(hits.map((h) => new URL(h.href, 'http://x').pathname.split('/')[2]));
    expect([...kinds]).toEqual(expect.arrayContaining(['papers', 'timelines', 'glossary', 'chapters']));
    const foreign = foreignLabels(ui);
    for (const hit of hits) {
      const url = new URL(hit.href, 'http://x');
      expect(url.pathname.startsWith(`/${ui}/`), hit.href).toBe(true);
      // The anchor is on the page the result opens.
      const html = await (await request.get(url.pathname)).text();
      expect(html, hit.href).toContain(`id="${decodeURIComponent(url.hash.slice(1))}"`);
      // No label of another interface language; a part in another language is only a text's own heading, quoted.
      for (const label of hit.labels) expect(foreign.filter((f) => label.includes(f)), `${hit.href}: ${label}`).toEqual([]);
      for (const l of hit.langs) expect(l, hit.href).toMatch(/^place quote:/);
      expect(hit.place, hit.href).not.toBe('');
    }
    // The paper's own paragraphs stand under its text's heading on that page, not under the summary's.
    const own = hits.filter((h) => /facebook-twitter-diplomacy\/(\?[^#]*)?#p1[01]$/.test(h.href));
    expect(own.length).toBeGreaterThan(0);
    await page.goto(`/${ui}/papers/facebook-twitter-diplomacy/`);
    const textHeading = (await page.locator('h2#text').textContent())!.trim();
    for (const h of own) expect(h.place, h.href).toBe(textHeading);
  });
}

test('a passage in another language says which, in the interface language; a Russian translation is named as one', async ({ page }) => {
  await page.goto(`/en/search/${SOFT_POWER}`);
  await settled(page);
  const hits = page.locator('main [data-results] a.hit');
  await expect(hits.filter({ has: page.locator('.lang-label', { hasText: /^in Kazakh$/ }) }).first()).toBeVisible();
  await expect(hits.filter({ has: page.locator('.tr-badge', { hasText: /^editorial translation into Russian$/ }) }).first()).toBeVisible();
  // A dissertation section is named by its number in English, not by its Kazakh heading.
  await expect(hits.filter({ hasText: /^¶ \d+.*Section 1\.1/ }).first()).toBeVisible();
});

for (const [width, height, tabs] of [[375, 812, 5], [1440, 900, 5]] as const) {
  test(`${width}×${height}: the first result is on the first screen and at most ${tabs} Tab presses from the query`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const ui of UIS) {
      await page.goto(`/${ui}/search/${SOFT_POWER}`);
      await settled(page);
      const box = (await page.locator('main [data-results] a.hit').first().boundingBox())!;
      expect(box.y + box.height, `${ui}: first result at y = ${box.y}`).toBeLessThanOrEqual(height);
      expect(await tabsToFirstResult(page), ui).toBeLessThanOrEqual(tabs);
    }
  });
}

test('phone: the filters are one closed disclosure above the results that counts the active filters', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/ru/search/${SOFT_POWER}`);
  await settled(page);
  const filters = page.locator('details[data-facets]');
  const summary = filters.locator('summary');
  await expect(filters).not.toHaveAttribute('open');
  await expect(summary).toHaveText('Фильтры');
  await expect(page.locator('input[name="kind"]').first()).toBeHidden();
  expect(await filters.evaluate((d) => Boolean(d.compareDocumentPosition(document.querySelector('[data-results]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  await summary.press('Enter');
  await page.locator('input[name="kind"][value="paper"]').check();
  await expect(summary).toHaveText('Фильтры (1)');
  await page.locator('input[name="lang"][value="kk"]').check();
  await expect(summary).toHaveText('Фильтры (2)');
  await expect(page).toHaveURL(/kind=paper&lang=kk/);
  // Reloaded with the filters in the URL, the closed disclosure still says how many apply.
  await page.reload();
  await settled(page);
  await expect(filters).not.toHaveAttribute('open');
  await expect(summary).toHaveText('Фильтры (2)');
});

test('wide screen: the filters are open beside the results and after them in the Tab order; the skip link goes to the results', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/en/search/${SOFT_POWER}`);
  await settled(page);
  const filters = page.locator('details[data-facets]');
  await expect(filters).toHaveAttribute('open');
  await expect(page.locator('input[name="kind"]').first()).toBeVisible();
  const results = (await page.locator('[data-results]').boundingBox())!;
  const side = (await filters.boundingBox())!;
  expect(side.x).toBeGreaterThanOrEqual(results.x + results.width);
  expect(side.y).toBeLessThan(results.y + 100);
  expect(await filters.evaluate((d) => Boolean(d.compareDocumentPosition(document.querySelector('[data-results]')!) & Node.DOCUMENT_POSITION_PRECEDING))).toBe(true);
  // From the top of the page: the skip link is reached with Tab, seen when focused, and lands on the results.
  const skip = page.locator('a.skip-results');
  await skip.focus();
  await expect(skip).toBeInViewport();
  await expect(skip).toHaveText('Skip to the results');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('main [data-results] a.hit').first()).toBeFocused();
});

/** The ?highlight= words of every result and the words its excerpt marks. */
async function highlights(page: Page): Promise<{ href: string; terms: string[]; marks: string[] }[]> {
  return page.locator('main [data-results] li:has(a.hit)').evaluateAll((lis) => lis.map((li) => {
    const href = li.querySelector('a.hit')!.getAttribute('href') ?? '';
    return { href, terms: (new URL(href, 'http://x').searchParams.get('highlight') ?? '').split(' ').filter(Boolean), marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? '') };
  }));
}

test('the highlight terms are words of the passage that matched, never pieces of a URL or an e-mail address', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('embassy website')}`);
  await settled(page);
  const results = await highlights(page);
  const terms = results.flatMap((r) => r.terms);
  expect(terms.length).toBeGreaterThan(0);
  for (const t of terms) expect(t).toMatch(/^(embass|website)/i);
  expect(results.flatMap((r) => r.marks).filter((m) => /http|www|facebook|@/i.test(m))).toEqual([]);
  // Opened, a result marks its words in the paragraph it lands on.
  const withTerms = results.find((r) => r.terms.length && /#p\d+$/.test(r.href))!;
  await page.goto(withTerms.href);
  const anchor = new URL(withTerms.href, 'http://x').hash.slice(1);
  // In the paragraph or in its translation beside it (an English translation of a Kazakh paragraph).
  await expect(page.locator(`#${anchor} mark.search-hit, [data-translation-of="${anchor}"] mark.search-hit`).first()).toBeVisible();
});

test('«выборы» marks and highlights forms of the word, not «выборка» (a sample)', async ({ page }) => {
  await page.goto(`/ru/search/?q=${encodeURIComponent('выборы')}`);
  await settled(page);
  const results = await highlights(page);
  const words = [...results.flatMap((r) => r.terms), ...results.flatMap((r) => r.marks)].map((w) => w.toLowerCase());
  expect(words.some((w) => w.startsWith('выбор'))).toBe(true);
  expect(words.filter((w) => w.includes('выборк'))).toEqual([]);
});
