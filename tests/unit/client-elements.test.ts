import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Browser code is one light-DOM custom element per widget (src/client/elements/define.ts): a module
// runs nothing at load but its element definitions, a widget looks only inside itself (never
// document.querySelector), every element is a WidgetElement (set up once) defined through
// defineElement, and the components' scripts only import the modules. src/client/search/ is the
// search page's own code and follows its own plan.

const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const DEFINE = 'src/client/elements/define.ts';

/** What breaks the rule in a browser module's source. */
function breaches(source: string): string[] {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const line = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  // Calls that run when the module loads: those outside any function or class body.
  const atLoad = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node) && !(ts.isIdentifier(node.expression) && node.expression.text === 'defineElement')) {
      out.push(`line ${line(node)}: runs ${node.expression.getText()}() at load`);
    }
    ts.forEachChild(node, atLoad);
  };
  const anywhere = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && node.expression.getText() === 'document' && /^querySelector(All)?$/.test(node.name.text)) {
      out.push(`line ${line(node)}: document.${node.name.text} (a widget looks inside itself)`);
    }
    if (ts.isPropertyAccessExpression(node) && node.getText() === 'customElements.define') out.push(`line ${line(node)}: customElements.define (use defineElement)`);
    if (ts.isHeritageClause(node) && node.types.some((t) => t.expression.getText() === 'HTMLElement')) out.push(`line ${line(node)}: extends HTMLElement (extend WidgetElement)`);
    ts.forEachChild(node, anywhere);
  };
  for (const statement of file.statements) if (!ts.isImportDeclaration(statement)) atLoad(statement);
  anywhere(file);
  return out;
}

/** The non-import statements of the components' scripts that use browser modules. */
function scriptBreaches(astro: string): string[] {
  return [...astro.matchAll(/<script>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .filter((script) => script.includes('/client/'))
    .flatMap((script) => ts.createSourceFile('script.ts', script, ts.ScriptTarget.Latest, true).statements)
    .filter((s) => !ts.isImportDeclaration(s) && !/^if \(.*\) void import\('[^']+'\);$/.test(s.getText()))
    .map((s) => s.getText());
}

describe('browser widgets are custom elements that own themselves', () => {
  const modules = walk('src/client').filter((f) => f.endsWith('.ts') && !f.startsWith('src/client/search/') && f !== DEFINE);

  it('no browser module runs anything at load but defineElement, nor queries the document', () => {
    expect(modules.length).toBeGreaterThan(5);
    expect(modules.flatMap((f) => breaches(readFileSync(f, 'utf8')).map((b) => `${f}: ${b}`))).toEqual([]);
  });

  it('the components\' scripts only import them', () => {
    const components = walk('src/components').filter((f) => f.endsWith('.astro'));
    expect(components.flatMap((f) => scriptBreaches(readFileSync(f, 'utf8')).map((s) => `${f}: ${s}`))).toEqual([]);
  });

  it('would find the old ways (the checks can fail)', () => {
    expect(breaches(`
      export function initCite(): void { const panel = document.querySelector('[data-cite-panel]'); }
      initCite();
      customElements.define('x-y', class extends HTMLElement {});
    `)).toEqual([
      'line 3: runs initCite() at load',
      'line 4: runs customElements.define() at load',
      'line 2: document.querySelector (a widget looks inside itself)',
      'line 4: customElements.define (use defineElement)',
      'line 4: extends HTMLElement (extend WidgetElement)',
    ]);
    expect(scriptBreaches(`<script>\n  import { enhanceMarks } from '../../client/charts/marks.ts';\n  enhanceMarks();\n</script>`)).toEqual(['enhanceMarks();']);
  });
});
