import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './lib/i18n/index.ts';
import { DEFAULT_LANG, isLang } from './site/languages.ts';

/**
 * The language of a page and its translation function, set once per page: the first URL segment
 * ([lang]) where the route has one, else the default language (the root chooser, 404, cite/, data/).
 * The site is prerendered, so this runs at build time, once for every page.
 */
export const onRequest = defineMiddleware((context, next) => {
  const { lang } = context.params;
  context.locals.lang = isLang(lang) ? lang : DEFAULT_LANG;
  context.locals.t = useTranslations(context.locals.lang);
  return next();
});
