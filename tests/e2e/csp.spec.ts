import { expect, test, type Page } from '@playwright/test';

// Every page carries a strict Content-Security-Policy, and under it the site still works: nothing is
// blocked on the main page types, and search (WebAssembly), the theme toggle, the cite panel and the
// timeline zoom do what they did without a policy.

const PAGES = [
  '/?choose',
  '/kk/',
  '/ru/papers/',
  '/ru/papers/social-media-electoral-pr/',
  '/kk/papers/public-diplomacy-dissertation/1-1/',
  '/en/papers/public-diplomacy-dissertation/source/',
  '/en/chapters/steppe-diplomacy/',
  '/kk/timelines/',
  '/ru/embassies/',
  '/en/glossary/',
  '/en/about/',
  '/kk/search/?q=%D1%85%D0%B0%D0%BD%D0%B4%D1%8B%D2%93%D1%8B',
  '/kk/no-such-page/',
];

/** Records what the policy blocks (securitypolicyviolation events and the console's CSP errors). */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(m.text())) console.push(m.text()); });
  page.on('pageerror', (e) => console.push(`uncaught: ${e.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return async () => [...console, ...await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)];
}

test.describe('Content-Security-Policy', () => {
  for (const path of PAGES) {
    test(`${path} has a policy and nothing is blocked`, async ({ page }) => {
      const violations = await watch(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
      // The header's search box loads the search engine on focus.
      const box = page.locator('header input[type="search"]');
      if (await box.count()) { await box.focus(); await page.waitForLoadState('networkidle'); }
      expect(await violations()).toEqual([]);
    });
  }

  test('the policy is enforced: an injected inline script does not run and is reported', async ({ page }) => {
    const violations = await watch(page);
    await page.goto('/en/');
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect((await violations()).join('\n')).toMatch(/script-src/);
  });

  test('search finds passages (WebAssembly runs under the policy)', async ({ page }) => {
    const violations = await watch(page);
    await page.goto(`/en/search/?q=${encodeURIComponent('soft power')}`);
    await expect(page.locator('main [data-results] a.hit').first()).toBeVisible({ timeout: 15_000 });
    expect(await violations()).toEqual([]);
  });

  test('the theme toggle switches and is remembered', async ({ page }) => {
    const violations = await watch(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/ru/');
    await page.locator('[data-theme-toggle]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('/ru/papers/');
    // Applied by the inline script at the top of <body>, which the policy allows by its hash.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await violations()).toEqual([]);
  });

  test('the cite panel switches styles and the paragraph dialog opens', async ({ page }) => {
    const violations = await watch(page);
    await page.goto('/ru/papers/social-media-electoral-pr/');
    await page.locator('#cite input[name="cite-style"][value="apa"]').check();
    await expect(page.locator('#cite .cite-style[data-style="apa"]')).toBeVisible();
    await page.locator('#p12 a.para-cite').click();
    await expect(page.locator('dialog[data-cite-dialog] [data-cite-dialog-text]')).toHaveText('(Копежанова, ок. 2016, абз. 12)');
    expect(await violations()).toEqual([]);
  });

  test('the timeline zooms', async ({ page }) => {
    const violations = await watch(page);
    await page.goto('/en/timelines/');
    const fig = page.locator('#fig-timelines-overview');
    await fig.getByRole('button', { name: 'Zoom in' }).click();
    await expect(fig.locator('[data-range-out]')).not.toHaveText('700 BCE – 2024');
    expect(await violations()).toEqual([]);
  });
});
