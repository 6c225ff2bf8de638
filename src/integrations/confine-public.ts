import type { AstroIntegration } from 'astro';
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceError } from '../lib/core/errors.ts';

/** The symbolic links under a folder (Astro copies public/ as it is, following them out of the project). */
export function symlinksIn(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    let entries;
    try { entries = readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = join(d, e.name);
      if (lstatSync(p).isSymbolicLink()) found.push(p);
      else if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return found.sort();
}

/** Stops the build when public/ holds a symbolic link: it could publish any file of the build machine. */
export function confinePublic(): AstroIntegration {
  return {
    name: 'archive-confine-public',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const dir = fileURLToPath(config.publicDir);
        const [link] = symlinksIn(dir);
        if (link) {
          throw new SourceError(relative(process.cwd(), link), undefined, 'a symbolic link in public/ (the build would publish whatever it points to)',
            'copy the file itself into public/, or remove the link');
        }
      },
    },
  };
}
