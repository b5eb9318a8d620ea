/** Ids for articles whose input does not give one. */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The id of an article read from `file`: its path relative to `cwd`, with "/" separators and without
 * the extension ("corpus/us-troops-withdrawal-iraq"). Readable, and the same on every machine that
 * runs from the same folder. A file outside `cwd` gets its absolute path instead of a chain of "../",
 * which would change meaning with the folder a run starts from. `record` (a JSONL line number or
 * JSON array index) is appended as "#<record>" for files that hold several articles.
 */
export function articleId(file: string, cwd: string = process.cwd(), record?: number): string {
  const absolute = resolve(cwd, file);
  const fromCwd = relative(cwd, absolute);
  const outside = fromCwd === '..' || fromCwd.startsWith(`..${sep}`) || isAbsolute(fromCwd);
  const path = (outside ? absolute : fromCwd).split(sep).join('/');
  const withoutExtension = path.slice(0, path.length - extname(path).length);
  return record === undefined ? withoutExtension : `${withoutExtension}#${record}`;
}
