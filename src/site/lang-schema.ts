import { z } from 'astro/zod';
import { LANGS, type Lang as LangCode } from './languages.ts';

/** The schema of a language code (manifests, translations, chapter front matter): one of the language table's codes. */
export const Lang = z.enum(LANGS as [LangCode, ...LangCode[]]);
export type Lang = LangCode;
