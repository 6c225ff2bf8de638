// One headless Chromium launcher for the scripts: the system Chromium when present (Debian:
// apt-get install chromium), Playwright's own otherwise; no background network traffic.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export function launchBrowser() {
  return chromium.launch({
    executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
