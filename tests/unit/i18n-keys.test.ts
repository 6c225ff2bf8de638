import { describe, expect, it } from 'vitest';
import { keyUnder, useTranslations } from '../../src/lib/i18n/index.ts';

/*
 * t() takes only the keys of the dictionaries (src/i18n/*.json and the feature areas in
 * src/i18n/parts/). tsc checks this file (tsconfig includes tests/): if t() accepted any string, the
 * @ts-expect-error lines below would expect an error that never comes, and `npx tsc --noEmit` fails.
 */
const t = useTranslations('en');
const pageT: App.Locals['t'] = t;

describe('UI string keys are typed', () => {
  it('a key of the core dictionary and a key of a feature area translate', () => {
    expect(t('nav.papers')).toBe('Papers');
    expect(pageT('cite.style.apa')).toMatch(/APA/);
  });

  it('a mistyped key does not type-check, and throws if it gets through', () => {
    // @ts-expect-error: "nav.paper" is not a key of the dictionaries
    expect(() => t('nav.paper')).toThrow(/UI string "nav.paper" does not exist/);
    // @ts-expect-error: the translation function of a page (Astro.locals.t) is typed the same way
    expect(() => pageT('cite.style.apaa')).toThrow(/does not exist/);
  });

  it('a key built at run time goes through keyUnder, which checks it', () => {
    expect(t(keyUnder('cite.style', 'mla'))).toBe(t('cite.style.mla'));
    expect(() => keyUnder('cite.style', 'harvard')).toThrow(/UI string "cite.style.harvard" does not exist/);
  });
});
