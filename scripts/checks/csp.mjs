// Every page carries a strict Content-Security-Policy (a <meta http-equiv>, ahead of every script and
// style it governs): scripts and styles only from the site itself or, inline, by their sha256 hash;
// no 'unsafe-inline' or 'unsafe-eval'; no other origin anywhere. Every inline script and <style> of
// the page is listed by hash, and nothing needs 'unsafe-hashes' (no on…= handlers, javascript: URLs
// or style="…" attributes), so the browser will block nothing the site itself relies on.
import { createHash } from 'node:crypto';
import { count, isExecutable } from './lib/site.mjs';

export const name = 'csp';

/** Sources a strict policy may use: keywords and hashes; no hosts, schemes or wildcards. */
const ALLOWED_SOURCE = /^(?:'self'|'none'|'wasm-unsafe-eval'|'strict-dynamic'|'report-sample'|'sha(?:256|384|512)-[A-Za-z0-9+/=]+')$/;
const FORBIDDEN_IN = { 'script-src': ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"], 'style-src': ["'unsafe-inline'", "'unsafe-hashes'"] };

export function parsePolicy(text) {
  const policy = new Map();
  for (const part of text.split(';')) {
    const [directive, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (directive && !policy.has(directive.toLowerCase())) policy.set(directive.toLowerCase(), sources);
  }
  return policy;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function run(site) {
  const problems = [];
  let scripts = 0;
  let styles = 0;
  for (const page of site.pages) {
    const where = page.url;
    const metas = page.root.querySelectorAll('meta').filter((m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
    if (metas.length !== 1) { problems.push(`${where}: ${metas.length === 0 ? 'no' : metas.length} Content-Security-Policy <meta>`); continue; }
    const policy = parsePolicy(metas[0].getAttribute('content') ?? '');
    const at = page.html.search(/<meta[^>]+http-equiv=["']?content-security-policy/i);
    const first = page.html.search(/<(?:script(?![^>]*type=["']?application\/(?:ld\+)?json)|style|link[^>]*rel=["']?stylesheet)[\s>]/i);
    if (first >= 0 && first < at) problems.push(`${where}: the policy <meta> comes after a script or style, which it therefore does not govern`);
    if (!policy.has('default-src')) problems.push(`${where}: the policy has no default-src`);
    if (!policy.has('script-src')) problems.push(`${where}: the policy has no script-src`);
    for (const [directive, sources] of policy) {
      for (const s of sources) {
        if (!ALLOWED_SOURCE.test(s)) problems.push(`${where}: ${directive} allows ${s} (only 'self', 'none' and hashes are allowed: nothing from another origin)`);
      }
      const family = directive.replace(/-(?:elem|attr)$/, '');
      for (const bad of FORBIDDEN_IN[family] ?? []) if (sources.includes(bad)) problems.push(`${where}: ${directive} allows ${bad}`);
    }
    const allows = (kind, text) => [`${kind}-src-elem`, `${kind}-src`, 'default-src'].map((d) => policy.get(d)).find(Boolean)?.includes(sha256(text)) ?? false;
    for (const s of page.root.querySelectorAll('script')) {
      if (!isExecutable(s) || s.getAttribute('src') !== undefined) continue;
      scripts++;
      if (!allows('script', s.rawText)) problems.push(`${where}: an inline script is not allowed by hash (${sha256(s.rawText)}: «${s.rawText.trim().slice(0, 60)}…»)`);
    }
    for (const s of page.root.querySelectorAll('style')) {
      styles++;
      if (!allows('style', s.rawText)) problems.push(`${where}: an inline <style> is not allowed by hash (${sha256(s.rawText)})`);
    }
    for (const el of page.root.querySelectorAll('*')) {
      for (const attr of Object.keys(el.attributes)) {
        const a = attr.toLowerCase();
        if (/^on[a-z]+$/.test(a)) problems.push(`${where}: <${el.rawTagName} ${attr}="…">: inline event handlers are blocked; use addEventListener in a module`);
        else if (a === 'style') problems.push(`${where}: <${el.rawTagName} style="…">: style attributes are blocked; use a class`);
        else if (/^\s*javascript:/i.test(el.attributes[attr] ?? '')) problems.push(`${where}: <${el.rawTagName} ${attr}="javascript:…">: javascript: URLs are blocked`);
      }
    }
  }
  return { problems, summary: `${count(site.pages.length)} pages with a policy · ${count(scripts)} inline scripts and ${count(styles)} inline styles checked against it` };
}
