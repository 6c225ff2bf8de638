// The HTTP headers the archive asks its host to send, in the `_headers` file that static hosts read
// (Netlify, Cloudflare Pages): a path pattern at the start of a line, its headers indented below.
// scripts/build.mjs writes the file into the built site; scripts/serve.mjs reads it back and sends the
// same headers, so what the tests see is what a deployed site sends.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HEADERS_FILE = '_headers';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * The site-wide Content-Security-Policy: every page's <meta> policy merged into one (the union of
 * the hashes each page allows), plus what only a header can say (`frame-ancestors`). A browser
 * enforces the header and the page's own <meta> together, so each page stays as strict as its meta.
 */
export function sitePolicy(metaPolicies) {
  /** @type {Map<string, Set<string>>} */
  const directives = new Map();
  for (const policy of metaPolicies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set();
      for (const s of sources) set.add(s);
      directives.set(name, set);
    }
  }
  if (directives.size === 0) throw new Error('no page of the site carries a Content-Security-Policy <meta>');
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...[...sources].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))].join(' ')).join('; ');
}

/** Keywords ('self', 'none', …) before hashes, so the policy reads like the meta ones. */
const rank = (source) => (source.startsWith("'sha") ? 1 : 0);

/** The `_headers` rules for a site served under `base` ("/" or "/archive/"). */
export function headerRules(policy, base = '/') {
  return [
    {
      pattern: `${base}*`,
      headers: {
        'Content-Security-Policy': policy,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Frame-Options': 'DENY',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
      },
    },
    // Astro's bundles carry a content hash in their names: they never change under one URL.
    { pattern: `${base}_astro/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  ];
}

export function formatHeaders(rules) {
  return rules.map((r) => `${r.pattern}\n${Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('\n');
}

/** Parses a `_headers` file: [{ pattern, headers }], in file order. Comments (#) and blank lines skipped. */
export function parseHeaders(text) {
  const rules = [];
  let current;
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: {} };
      rules.push(current);
      continue;
    }
    const m = line.match(/^\s+([A-Za-z0-9-]+):\s*(.*)$/);
    if (!m || !current) throw new Error(`${HEADERS_FILE}:${i + 1}: expected "  Name: value" under a path pattern`);
    current.headers[m[1]] = m[2];
  }
  return rules;
}

/** The headers of every rule whose pattern matches `path` (later rules override earlier ones). */
export function headersFor(rules, path) {
  const out = {};
  for (const r of rules) if (matches(r.pattern, path)) Object.assign(out, r.headers);
  return out;
}

function matches(pattern, path) {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')).join('.*')}$`);
  return re.test(path);
}

/** Writes `_headers` into a built site: its policy merged from the pages' <meta> policies. */
export function writeHeaders(dir, base = '/') {
  const policies = new Set();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const m = readFileSync(p, 'utf8').slice(0, 20_000).match(META_CSP);
        if (m?.[1]) policies.add(m[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
      }
    }
  };
  walk(dir);
  const rules = headerRules(sitePolicy(policies), base);
  writeFileSync(join(dir, HEADERS_FILE), formatHeaders(rules));
  return { policies: policies.size, rules: rules.length };
}
