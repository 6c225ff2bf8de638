import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm test` begins with scripts/ensure-browser.mjs: a machine without a usable Chromium is told so in
// one line, at once, before any test runs. The download path is tried against a closed port, so these
// tests never touch the network.

const empty = mkdtempSync(join(tmpdir(), 'archive-no-browsers-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));
const offline = { HTTPS_PROXY: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', http_proxy: 'http://127.0.0.1:9' };

function ensure(env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['scripts/ensure-browser.mjs'], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: run.status, stderr: run.stderr.trim() };
}

describe('npm test finds a browser or says how to get one', () => {
  it('uses the system Chromium when it is there', () => {
    if (!existsSync('/usr/bin/chromium')) expect.fail('this test needs /usr/bin/chromium (apt-get install chromium; .ci/run does it)');
    const run = spawnSync(process.execPath, ['scripts/ensure-browser.mjs'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Browser tests: /usr/bin/chromium');
  });

  it('stops with one line when there is no Chromium and no network', () => {
    const run = ensure({ CHROMIUM: join(empty, 'chromium'), PLAYWRIGHT_BROWSERS_PATH: empty, ...offline });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^npm test needs Chromium .*apt-get install chromium.*npx playwright install --with-deps chromium.*\(download failed: Error: .*ECONNREFUSED/);
  }, 120_000);

  it('stops with one line when the Chromium found does not start', () => {
    const run = ensure({ CHROMIUM: '/bin/false', ...offline });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/\(\/bin\/false does not start: /);
  }, 120_000);
});
