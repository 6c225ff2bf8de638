import { defineConfig, devices } from '@playwright/test';
// The system Chromium (Debian: apt-get install chromium) when present; Playwright's own otherwise.
import { launchOptions } from './scripts/lib/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4410);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  use: { baseURL: `http://127.0.0.1:${port}`, launchOptions },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: `node scripts/serve.mjs ${process.env.E2E_DIST ?? 'dist'} ${port}`,
    url: `http://127.0.0.1:${port}/kk/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
