/**
 * An error in the archive's input (a source text, the manifest, a dataset or a citation).
 * It always names the file, the line when there is one, what is wrong and how to fix it, so that
 * an editor can act on it without reading the pipeline.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, line: number | undefined, problem: string, fix: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}\n  Fix: ${fix}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }
}
