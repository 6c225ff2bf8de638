// The names table: people, places, organisations and titles with their standard forms in each
// language (content/translations/names.yaml). Translations must use these forms; a name listed with
// `keep: true` may stay in its Kazakh spelling inside a Russian or English translation (the title of
// a Kazakh work quoted as printed).
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parseYaml } from '../core/yaml.ts';

export const NameEntry = z.object({
  /** What the name is: person, place, organisation, title (of a work, programme or newspaper), other. */
  kind: z.enum(['person', 'place', 'organisation', 'title', 'other']),
  /** The form in the Kazakh original (a stem is enough: "Назарбаев" finds «Назарбаевтың»). */
  kk: z.string().min(2),
  ru: z.string().min(2),
  en: z.string().min(2),
  /** Other accepted forms in a translation (e.g. "Nur Otan" and "Nur-Otan"). */
  variants: z.array(z.string()).default([]),
  /** May stay in Kazakh letters inside a Russian or English translation. */
  keep: z.boolean().default(false),
}).strict();
export type NameEntry = z.infer<typeof NameEntry>;
export const Names = z.array(NameEntry);

export function readNames(file: string): NameEntry[] {
  return existsSync(file) ? parseYaml(readFileSync(file, 'utf8'), file, Names, 'names table') : [];
}
