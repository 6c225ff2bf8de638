/**
 * The access date printed in every citation: the day of the build. With SOURCE_DATE_EPOCH set (seconds
 * since 1970, as reproducible-build tools export it) the date comes from there, so two builds of the same
 * commit print the same citations.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch.trim() !== '') {
    const seconds = Number(epoch);
    if (!Number.isInteger(seconds) || seconds < 0) throw new Error(`SOURCE_DATE_EPOCH="${epoch}" is not a whole number of seconds. Fix: unset it or give e.g. $(git log -1 --format=%ct).`);
    return new Date(seconds * 1000);
  }
  return new Date();
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
