// The first step of `npm test`: make sure the browser tests have a Chromium before anything runs,
// so that a machine without one learns it in one line at once, not from 60 failures 15 minutes later.
// Order: the system Chromium, Playwright's own (already downloaded), a download of Playwright's own
// (where the network allows), else one line saying how to install one. The browser found must start.
import { spawnSync } from 'node:child_process';
import { installedChromium, launchBrowser } from './lib/browser.mjs';

const HOW = 'npm test needs Chromium for its browser tests: install it with `apt-get install chromium` (Debian, Ubuntu) or `npx playwright install --with-deps chromium`, then run npm test again.';

function fail(why) {
  console.error(`${HOW}${why ? ` (${why})` : ''}`);
  process.exit(1);
}

if (!installedChromium()) {
  console.log('No Chromium on this machine: downloading Playwright\'s own (npx playwright install chromium) …');
  const download = spawnSync('npx', ['playwright', 'install', 'chromium'], { encoding: 'utf8', timeout: 10 * 60_000 });
  if (download.status !== 0 || !installedChromium()) {
    const error = `${download.stderr ?? ''}${download.stdout ?? ''}`.split('\n').find((l) => /^\s*\w*Error\b/.test(l));
    fail(`download failed${error ? `: ${error.trim()}` : ''}`);
  }
}

try {
  const browser = await launchBrowser();
  await browser.close();
} catch (e) {
  fail(`${installedChromium()} does not start: ${String(e.message ?? e).split('\n')[0]}`);
}
console.log(`Browser tests: ${installedChromium()}`);
