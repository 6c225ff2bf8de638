// The static server for the built site (npm start, tests, screenshots, benchmarks): loopback only.
//   node scripts/serve.mjs [DIR=dist] [PORT=4321] [BASE=/]
//
// It answers as a static host does, and never exits because of a request:
// - only GET and HEAD (405 otherwise); a request-target that is not a path, or that does not decode
//   (`/%`, `/%c0%ae`), or that holds a NUL, a backslash or a `.`/`..` segment: 400;
// - only files inside DIR: the path is resolved with its symlinks and must stay inside the site's
//   own folder (`/..%2fdist-notes.txt` and symlinks pointing out are 404);
// - the headers of the site's `_headers` file (the CSP and the rest, see scripts/lib/headers.mjs),
//   gzip for text when the client accepts it, ETag/304, single byte ranges;
// - every file is streamed with stream.pipeline, which closes it when the client goes away, so
//   aborted downloads leave no open descriptor behind.
//
// No library does all of this: sirv and serve-handler pipe files without closing them on abort,
// follow symlinks out of the root or have no on-the-fly compression; the whole server is ~150 lines.
import { createServer } from 'node:http';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { HEADERS_FILE, headersFor, parseHeaders } from './lib/headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8', '.bib': 'text/plain; charset=utf-8', '.ris': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** Normalises a base path to "/" or "/segment/…/". */
export function normaliseBase(base = '/') {
  const trimmed = String(base).trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The site path a request-target asks for, relative to the base ("" for the base itself), or an
 * HTTP status when it cannot be served: 400 for a target that is not a clean path, 404 outside the base.
 */
export function sitePath(target, base) {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return 400;
  const raw = target.split(/[?#]/, 1)[0] ?? '/';
  let path;
  try { path = decodeURIComponent(raw); } catch { return 400; }
  if (/[\0\\]/.test(path)) return 400;
  const segments = path.split('/');
  if (segments.some((s) => s === '.' || s === '..')) return 400;
  if (!path.startsWith(base)) return path === base.slice(0, -1) ? { redirect: base } : 404;
  return path.slice(base.length);
}

export function createHandler(dir, basePath = '/') {
  const root = realpathSync(resolve(dir));
  const base = normaliseBase(basePath);
  const headersFile = join(root, HEADERS_FILE);
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const notFound = join(root, '404.html');
  const inside = (file) => file === root || file.startsWith(root + sep);

  /** The real path of a file of the site, or undefined when it does not exist or lies outside the site. */
  async function locate(rel) {
    const candidate = join(root, rel);
    if (!inside(candidate)) return undefined;
    let real;
    try { real = await realpath(candidate); } catch { return undefined; }
    if (!inside(real)) return undefined;
    const st = await stat(real);
    if (st.isDirectory()) return { directory: true };
    return st.isFile() ? { file: real } : undefined;
  }

  return async function handle(req, res) {
    const send = (status, headers = {}, body = '') => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { allow: 'GET, HEAD' }, 'method not allowed\n');
    const rel = sitePath(req.url, base);
    if (rel === 400) return send(400, {}, 'bad request\n');
    if (typeof rel === 'object') return send(301, { location: rel.redirect });
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';

    let found = rel === 404 || rel === HEADERS_FILE ? undefined : await locate(rel);
    if (found?.directory) {
      if (rel !== '' && !rel.endsWith('/')) return send(301, { location: `${base}${encodeURI(rel)}/${query}` });
      found = await locate(join(rel, 'index.html'));
    }
    const status = found?.file ? 200 : 404;
    const file = found?.file ?? (existsSync(notFound) ? notFound : undefined);
    if (!file) return send(404, {}, 'not found\n');
    await stream(req, res, file, status, headersFor(rules, status === 200 ? `${base}${rel}` : `${base}404.html`));
  };
}

async function stream(req, res, file, status, siteHeaders) {
  const handle = await open(file, 'r');
  let closed = false;
  const close = () => { if (!closed) { closed = true; handle.close().catch(() => {}); } };
  try {
    const st = await handle.stat();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const etag = `W/"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
    const headers = { ...siteHeaders, 'content-type': type, 'last-modified': st.mtime.toUTCString(), 'accept-ranges': 'bytes' };
    if (status === 200) headers.etag = etag;
    if (status === 200 && req.headers['if-none-match'] === etag) {
      close();
      res.writeHead(304, headers);
      return res.end();
    }
    let range;
    if (status === 200 && req.headers.range) {
      range = byteRange(req.headers.range, st.size);
      if (range === 416) {
        close();
        res.writeHead(416, { ...headers, 'content-range': `bytes */${st.size}` });
        return res.end();
      }
    }
    const gzip = !range && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.test(type)) headers.vary = 'accept-encoding';
    if (gzip) headers['content-encoding'] = 'gzip';
    else if (range) Object.assign(headers, { 'content-range': `bytes ${range.start}-${range.end}/${st.size}`, 'content-length': range.end - range.start + 1 });
    else headers['content-length'] = st.size;
    res.writeHead(range ? 206 : status, headers);
    if (req.method === 'HEAD' || st.size === 0) { close(); return res.end(); }
    // The stream owns the file from here (autoClose); pipeline destroys every stream of the chain when
    // the client aborts, so the descriptor is closed in every case.
    closed = true;
    const body = handle.createReadStream({ start: range?.start, end: range?.end, autoClose: true });
    pipeline(gzip ? [body, createGzip(), res] : [body, res], () => body.destroy());
  } catch (e) {
    close();
    if (!res.headersSent) { res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }); res.end('server error\n'); }
    else res.destroy(e);
  }
}

/** A single `bytes=a-b` range within the file, 416 for one that cannot be met, undefined to send it all. */
export function byteRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined; // several ranges or another unit: the whole file
  let start;
  let end;
  if (m[1] === '') { start = Math.max(0, size - Number(m[2])); end = size - 1; } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 416;
  return { start, end };
}

export function startServer(root, listenPort, basePath = '/') {
  const handle = createHandler(root, basePath);
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) { res.writeHead(500); res.end(); } else res.destroy();
    });
  });
  // A request Node cannot even parse (a bad request line, oversized headers): 400, the server goes on.
  server.on('clientError', (err, socket) => {
    if (socket.writable && !socket.destroyed) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(listenPort), '127.0.0.1', () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
  if (!existsSync(join(dir, 'index.html')) && !existsSync(join(dir, normaliseBase(base).slice(1), 'index.html'))) {
    console.error(`${dir} holds no built site (no index.html): run npm run build first`);
    process.exit(1);
  }
  const server = await startServer(dir, port, base);
  const address = server.address();
  console.log(`serving ${dir} at http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}${normaliseBase(base)}`);
}
