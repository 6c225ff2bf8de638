// The one headless Chromium of the tests and scripts: the system Chromium when present (Debian:
// apt-get install chromium), Playwright's own otherwise; no background network traffic.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** CHROMIUM names another system browser (as for npm run lighthouse). */
export const SYSTEM_CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** The launch options of every browser the project starts (playwright.config.ts, the scripts). */
export const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? { executablePath: SYSTEM_CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] }
  : { args: ['--disable-background-networking'] };

/** The Chromium that launchOptions will start, or undefined when there is none on this machine. */
export function installedChromium() {
  if (launchOptions.executablePath) return launchOptions.executablePath;
  const own = chromium.executablePath();
  return own && existsSync(own) ? own : undefined;
}

export function launchBrowser() {
  return chromium.launch(launchOptions);
}
