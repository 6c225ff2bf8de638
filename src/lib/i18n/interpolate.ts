/**
 * Fills a UI string's placeholders: interpolate('¶{n}', { n: 12 }). A placeholder written with a
 * capital ("{Papers} on …") takes the value with its first letter capitalised, for a value that
 * starts a sentence ("Six papers on …", from { papers: 'six papers' }). Pure and dependency-free.
 */
export function interpolate(template: string, vars: Record<string, string | number>, lang?: string): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (name in vars) return String(vars[name]);
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    if (lower === name || !(lower in vars)) return m;
    const value = String(vars[lower]);
    return value.charAt(0).toLocaleUpperCase(lang) + value.slice(1);
  });
}
