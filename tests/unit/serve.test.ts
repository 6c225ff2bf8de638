import { connect } from 'node:net';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo, Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteRange, normaliseBase, sitePath, startServer } from '../../scripts/serve.mjs';
import { formatHeaders, headerRules, headersFor, parseHeaders, sitePolicy } from '../../scripts/lib/headers.mjs';

// The local server (npm start, the browser tests, Lighthouse) on a small site in a temporary folder,
// next to files it must never serve: a sibling file and a sibling folder whose names start like the
// site's, and a symlink inside the site that points out of it. Loopback only, bounded request counts.

const work = mkdtempSync(join(tmpdir(), 'archive-serve-'));
const site = join(work, 'site');
const BIG = Buffer.alloc(4 * 1024 * 1024, 'archive ');
let server: Server;
let port = 0;
let baseServer: Server;
let basePort = 0;

beforeAll(async () => {
  mkdirSync(join(site, 'kk', 'papers'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(site, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(site, 'kk', 'index.html'), '<!doctype html><title>kk</title>' + 'қазақ '.repeat(500));
  writeFileSync(join(site, 'kk', 'papers', 'index.html'), '<!doctype html><title>papers</title>');
  writeFileSync(join(site, 'big.bin'), BIG);
  writeFileSync(join(site, 'data.csv'), 'a,b\n1,2\n');
  writeFileSync(join(site, '_headers'), formatHeaders(headerRules("default-src 'self'; frame-ancestors 'none'")));
  writeFileSync(join(work, 'site-notes.txt'), 'secret beside the site');
  mkdirSync(join(work, 'site.old-123'));
  writeFileSync(join(work, 'site.old-123', 'index.html'), 'secret old site');
  writeFileSync(join(work, 'outside.txt'), 'secret outside');
  symlinkSync(join(work, 'outside.txt'), join(site, 'link-out.txt'));
  symlinkSync(join(site, 'data.csv'), join(site, 'link-in.csv'));
  server = await startServer(site, 0);
  port = (server.address() as AddressInfo).port;
  baseServer = await startServer(site, 0, 'archive');
  basePort = (baseServer.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await new Promise((r) => baseServer.close(r));
  rmSync(work, { recursive: true, force: true });
});

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** One request with the request-target sent exactly as given (no client-side normalisation). */
function get(path: string, { method = 'GET', headers = {}, on = port } = {} as { method?: string; headers?: Record<string, string>; on?: number }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: on, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw request line Node's client would refuse to send; returns the status line. */
function raw(requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (d) => { text += d; });
    socket.on('end', () => resolve(text.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

const alive = async () => expect((await get('/')).status).toBe(200);
const openFiles = () => readdirSync('/proc/self/fd').length;

describe('the local server', () => {
  it.each(['/%c0%ae', '/%', '/kk/%ff', '/%E0%A4%A', '/kk/%00', '/kk/%5c..%5c'])('answers %s with 400 and keeps running', async (path) => {
    expect((await get(path)).status).toBe(400);
    await alive();
  });

  it.each(['GET //[ HTTP/1.1', 'GET * HTTP/1.1', 'GET http://x/ HTTP/1.1', 'GET /../site-notes.txt HTTP/1.1', 'GARBAGE', 'GET / HTTP/9.9'])('answers the request line "%s" with 400 and keeps running', async (line) => {
    expect(await raw(line)).toMatch(/^HTTP\/1\.1 (400|505)/);
    await alive();
  });

  it.each([
    ['encoded', '/..%2fsite-notes.txt'],
    ['double-encoded', '/%252e%252e%252fsite-notes.txt'],
    ['backslash', '/..%5csite-notes.txt'],
    ['sibling prefix', '/..%2fsite.old-123/index.html'],
    ['dot segments', '/kk/%2e%2e/%2e%2e/outside.txt'],
    ['symlink out of the site', '/link-out.txt'],
  ])('serves nothing outside the site (%s)', async (_kind, path) => {
    const r = await get(path);
    expect([400, 404]).toContain(r.status);
    expect(r.body.toString()).not.toMatch(/secret/);
  });

  it('follows a symlink that stays inside the site', async () => {
    const r = await get('/link-in.csv');
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe('a,b\n1,2\n');
  });

  it.each(['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'PATCH'])('refuses %s with 405 and Allow: GET, HEAD', async (method) => {
    const r = await get('/kk/', { method });
    expect(r.status).toBe(405);
    expect(r.headers['allow']).toBe('GET, HEAD');
  });

  it('sends the site\'s _headers (CSP with frame-ancestors, nosniff, Referrer-Policy), never the file itself', async () => {
    const r = await get('/kk/');
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/nowhere/')).headers['x-content-type-options']).toBe('nosniff');
  });

  it('compresses text, answers HEAD without a body, ranges with 206/416, and If-None-Match with 304', async () => {
    const gz = await get('/kk/', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toContain('<title>kk</title>');
    const head = await get('/kk/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const part = await get('/big.bin', { headers: { range: 'bytes=0-9' } });
    expect(part.status).toBe(206);
    expect(part.body.toString()).toBe('archive ar');
    expect((await get('/big.bin', { headers: { range: `bytes=${BIG.length}-` } })).status).toBe(416);
    const etag = String((await get('/kk/')).headers['etag']);
    expect((await get('/kk/', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('redirects a folder without its slash, serves 404.html with 404 for what does not exist', async () => {
    const r = await get('/kk/papers?x=1');
    expect(r.status).toBe(301);
    expect(r.headers['location']).toBe('/kk/papers/?x=1');
    const missing = await get('/kk/nothing/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('not found');
  });

  it('serves under a base path given without slashes, and 404s outside it', async () => {
    expect((await get('/archive/kk/', { on: basePort })).status).toBe(200);
    expect((await get('/archive', { on: basePort })).headers['location']).toBe('/archive/');
    expect((await get('/kk/', { on: basePort })).status).toBe(404);
  });

  it('holds a constant number of open files across 1,000 aborted downloads', async () => {
    await alive();
    const before = openFiles();
    const abortOne = () => new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/big.bin' }, (res) => {
        res.once('data', () => { req.destroy(); resolve(); });
      });
      req.on('error', () => resolve());
      req.end();
    });
    for (let round = 0; round < 50; round++) await Promise.all(Array.from({ length: 20 }, abortOne));
    // Give the server a moment to see the last connections close.
    for (let i = 0; i < 50 && openFiles() > before + 4; i++) await new Promise((r) => setTimeout(r, 50));
    expect(openFiles()).toBeLessThanOrEqual(before + 4);
    await alive();
  });

  it('answers a bounded load (2,000 requests, 50 at a time) without an error', async () => {
    const paths = ['/', '/kk/', '/data.csv', '/nowhere/', '/%'];
    const statuses: number[] = [];
    for (let round = 0; round < 40; round++) {
      const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => get(paths[(round + i) % paths.length]!)));
      statuses.push(...replies.map((r) => r.status));
    }
    expect(statuses).toHaveLength(2000);
    expect(new Set(statuses)).toEqual(new Set([200, 404, 400]));
  });
});

describe('request paths and headers, as pure functions', () => {
  it('normalises base paths', () => {
    expect(['archive', '/archive', 'archive/', '//archive//', '/archive/'].map(normaliseBase)).toEqual(Array(5).fill('/archive/'));
    expect(normaliseBase('')).toBe('/');
  });

  it('maps request-targets to site paths or statuses', () => {
    expect(sitePath('/kk/?q=1', '/')).toBe('kk/');
    expect(sitePath('/archive/kk/', '/archive/')).toBe('kk/');
    expect(sitePath('/kk/', '/archive/')).toBe(404);
    expect(sitePath('/archive', '/archive/')).toEqual({ redirect: '/archive/' });
    expect(sitePath('//[', '/')).toBe(400);
    expect(sitePath('/%', '/')).toBe(400);
  });

  it('reads byte ranges as RFC 9110 does for one range', () => {
    expect(byteRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=100-', 100)).toBe(416);
    expect(byteRange('bytes=0-1,5-6', 100)).toBeUndefined();
  });

  it('merges the pages\' policies into one site policy with frame-ancestors, and reads its own file back', () => {
    const policy = sitePolicy(["default-src 'self'; script-src 'self' 'sha256-a='", "default-src 'self'; script-src 'self' 'sha256-b='"]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; frame-ancestors 'none'");
    const rules = parseHeaders(formatHeaders(headerRules(policy, '/archive/')));
    expect((headersFor(rules, '/archive/kk/') as Record<string, string>)['Content-Security-Policy']).toBe(policy);
    expect((headersFor(rules, '/archive/_astro/a.js') as Record<string, string>)['Cache-Control']).toMatch(/immutable/);
    expect(headersFor(rules, '/kk/')).toEqual({});
  });
});
