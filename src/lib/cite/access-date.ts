import { readConfig, siteConfig } from '../../site/config.ts';

/**
 * The access date printed in every citation: the day of the build. With SOURCE_DATE_EPOCH set (seconds
 * since 1970, as reproducible-build tools export it) the date comes from there, so two builds of the same
 * commit print the same citations. `env` is for tests; the build reads its own configuration.
 */
export function buildDate(env?: Record<string, string | undefined>): Date {
  const epoch = (env ? readConfig(env) : siteConfig()).SOURCE_DATE_EPOCH;
  return epoch === undefined ? new Date() : new Date(Number(epoch) * 1000);
}

/** The build date as ISO "YYYY-MM-DD" (UTC). */
export const accessDate = (env?: Record<string, string | undefined>): string => buildDate(env).toISOString().slice(0, 10);

/** The date parts CSL-JSON wants for "accessed". */
export const dateParts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
};

/** The one access date of this build process. */
export const BUILD_ACCESS_DATE = accessDate();
