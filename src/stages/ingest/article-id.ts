/** Ids for articles whose input does not give one. */
import { extname, relative, resolve, sep } from 'node:path';

/**
 * The id of an article read from `file`: its path relative to `cwd`, with "/" separators and without
 * the extension ("corpus/us-troops-withdrawal-iraq"). Readable, and stable across machines as long as
 * runs start from the same folder. `record` (a JSONL line number or JSON array index) is appended as
 * "#<record>" for files that hold several articles.
 */
export function articleId(file: string, cwd: string = process.cwd(), record?: number): string {
  const path = relative(cwd, resolve(cwd, file)).split(sep).join('/');
  const withoutExtension = path.slice(0, path.length - extname(path).length);
  return record === undefined ? withoutExtension : `${withoutExtension}#${record}`;
}
