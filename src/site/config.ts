import { z } from 'astro/zod';

/**
 * The build configuration: every environment variable the archive reads, validated once, by name.
 * astro.config.mjs and scripts/build.mjs read it through `readConfig`, the site through `siteConfig`;
 * this is the only module in src/ that reads `process.env` (tests/unit/site-model.test.ts). A bad
 * value stops the build before anything is written, naming the variable, its value and the fix.
 */

/** "/" or "/segment/…/": a base path always starts and ends with a slash (`archive` → `/archive/`). */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const httpUrl = z.string().refine((v) => { try { return /^https?:$/.test(new URL(v).protocol); } catch { return false; } },
  { message: 'is not an http(s) address' });

const Env = z.object({
  /** The public address of the archive: canonical links and citations use it. */
  SITE_URL: httpUrl.default('https://polcomm-archive.example.org'),
  /** The base path the site is served under (e.g. /archive/); normalised to a leading and trailing slash. */
  ARCHIVE_BASE: z.string().default('/')
    .refine((v) => /^[A-Za-z0-9._~/-]*$/.test(v.trim()), { message: 'may hold only letters, digits, "/", ".", "_", "~" and "-"' })
    .refine((v) => !v.split('/').some((s) => s === '.' || s === '..'), { message: 'may not contain "." or ".." segments' })
    .transform(normaliseBase),
  /** Where Astro writes the site (scripts/build.mjs points it at a temporary folder beside the target). */
  ARCHIVE_OUT: z.string().trim().min(1).default('dist'),
  /** The content-layer cache (scripts/build.mjs gives other content folders their own). */
  ARCHIVE_CACHE: z.string().trim().min(1).default('./node_modules/.astro'),
  /** Another content folder (tests, the scale benchmark). */
  ARCHIVE_CONTENT: z.string().trim().min(1).default('content'),
  /** "after-astro": scripts/build.mjs writes the search index once Astro has exited. */
  ARCHIVE_SEARCH_INDEX: z.enum(['after-astro', 'in-astro']).default('in-astro'),
  /** The build date, in seconds since 1970 (reproducible builds). */
  SOURCE_DATE_EPOCH: z.string().regex(/^\d+$/, { message: 'is not a whole number of seconds since 1970' }).optional(),
});
export type Config = z.infer<typeof Env>;

const FIXES: Record<keyof Config, string> = {
  SITE_URL: 'set SITE_URL to the archive\'s public address, e.g. SITE_URL=https://archive.example.kz, or unset it',
  ARCHIVE_BASE: 'set ARCHIVE_BASE to a path such as /archive/, or unset it to serve the site at the root',
  ARCHIVE_OUT: 'set ARCHIVE_OUT to a folder name, or unset it',
  ARCHIVE_CACHE: 'set ARCHIVE_CACHE to a folder name, or unset it',
  ARCHIVE_CONTENT: 'set ARCHIVE_CONTENT to a content folder (like content/), or unset it',
  ARCHIVE_SEARCH_INDEX: 'set ARCHIVE_SEARCH_INDEX to after-astro or in-astro, or unset it',
  SOURCE_DATE_EPOCH: 'unset SOURCE_DATE_EPOCH, or give e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)',
};

export class ConfigError extends Error {
  readonly variable: string;
  readonly fix: string;
  constructor(variable: string, value: string | undefined, problem: string, fix: string) {
    super(`environment variable ${variable}=${JSON.stringify(value ?? '')} ${problem}.\n  Fix: ${fix}.`);
    this.name = 'ConfigError';
    this.variable = variable;
    this.fix = fix;
  }
}

/** Reads and validates the configuration from an environment (an empty value counts as unset). */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const given = Object.fromEntries(Object.keys(Env.shape).map((k) => [k, env[k]?.trim() === '' ? undefined : env[k]]));
  const result = Env.safeParse(given);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const variable = String(issue.path[0]) as keyof Config;
  throw new ConfigError(variable, env[variable], issue.message, FIXES[variable]);
}

let current: Config | undefined;

/** The configuration of this build process, read from its environment once, on first use. */
export const siteConfig = (): Config => (current ??= readConfig());
