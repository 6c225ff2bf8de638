import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap.ts';

// Every page of the sitemap, in all three languages, with WCAG 2.2 AA rules, in light and dark themes
// for the page types a reader meets most.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = [...sitemapPaths(), '/404.html'];

test.describe('accessibility sweep (axe, WCAG 2.2 AA)', () => {
  test.describe.configure({ mode: 'parallel' });
  test('the sitemap covers the three languages', () => {
    for (const lang of ['kk', 'ru', 'en']) expect(paths.filter((p) => p.startsWith(`/${lang}/`)).length).toBeGreaterThan(20);
  });

  for (const path of paths) {
    test(`${path}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }

  for (const path of ['/kk/', '/ru/papers/', '/en/papers/public-diplomacy-dissertation/2-2/']) {
    test(`${path} in the dark theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }
});

// The paper pages with their reading tools in use (search marks, hit bar, target paragraph, language
// notice), in light and dark, in the three languages.
test.describe('paper pages with their reading tools, light and dark (axe)', () => {
  test.describe.configure({ mode: 'parallel' });
  const HIT = `?highlight=${encodeURIComponent('жұмсақ')}+${encodeURIComponent('күш')}#p73`;
  const pages = ['/papers/public-diplomacy-dissertation/', `/papers/public-diplomacy-dissertation/1-1/${HIT}`, '/papers/social-media-electoral-pr/#p12'];
  for (const lang of ['kk', 'ru', 'en']) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const path of pages) {
        test(`/${lang}${path} (${scheme})`, async ({ page }) => {
          test.setTimeout(120_000);
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(`/${lang}${path}`);
          if (path.includes('highlight')) await expect(page.locator('hit-bar [role="status"]')).not.toBeEmpty();
          const results = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
    }
  }
});
