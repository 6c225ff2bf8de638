/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The interface language of the page (src/middleware.ts). */
    lang: import('./site/languages.ts').Lang;
    /** The translation function of that language: t('nav.papers'). */
    t: import('./lib/i18n/index.ts').Translate;
  }
}
