// Findings of the translation checks that a reviewer read and accepted, with the reason
// (content/translations/accepted.yaml): the checks match words by their first letters and can
// mistake one word for another («баспасөз мәжілісі», a press conference, for the Mazhilis).
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { Lang } from '../../site/lang-schema.ts';
import { parseYaml } from '../core/yaml.ts';
import type { Finding } from './checks.ts';

export const Accepted = z.array(z.object({
  slug: z.string(),
  lang: Lang,
  /** The block's source lines, "17-29". */
  lines: z.string().regex(/^\d+-\d+$/),
  check: z.enum(['numbers', 'markers', 'glossary', 'letters', 'length', 'names']),
  /** The glossary id, the name or the numbers the finding is about. */
  subject: z.string(),
  /** Why the translation is right as it is. */
  reason: z.string().min(10),
}).strict());
export type Accepted = z.infer<typeof Accepted>;

export function readAccepted(file: string): Accepted {
  return existsSync(file) ? parseYaml(readFileSync(file, 'utf8'), file, Accepted, 'accepted findings') : [];
}

const same = (f: Finding, a: Accepted[number]) => f.slug === a.slug && f.lang === a.lang && f.key === a.lines && f.check === a.check && f.subject === a.subject;

/** The findings not accepted, and the accepted entries that match no finding any more (stale). */
export function withoutAccepted(findings: readonly Finding[], accepted: Accepted): { open: Finding[]; stale: Accepted } {
  return { open: findings.filter((f) => !accepted.some((a) => same(f, a))), stale: accepted.filter((a) => !findings.some((f) => same(f, a))) };
}
