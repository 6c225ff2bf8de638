// Screenshots of the main pages for a human look: kk, 1280 px and 375 px, light and dark.
//   node scripts/screenshots.mjs [DIST=dist] [OUT=screenshots] [extra paths…]
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './lib/browser.mjs';
import { startServer } from './serve.mjs';

const [dist = 'dist', out = 'screenshots', ...extra] = process.argv.slice(2);
const paths = extra.length ? extra : ['/kk/', '/kk/papers/', '/kk/papers/public-diplomacy-dissertation/1-2/'];
mkdirSync(out, { recursive: true });
const server = await startServer(dist, 0);
const port = server.address().port;
const browser = await launchBrowser();
for (const path of paths) {
  for (const width of [1280, 375]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
      const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: false });
      console.log(`${out}/${name}`);
      await page.close();
    }
  }
}
await browser.close();
server.close();
