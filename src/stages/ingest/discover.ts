/** Turning the paths, folders and globs a user names into the list of files to read. */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ClaimsError } from '../../errors.js';
import { describeExtensions, formatOf } from './formats.js';

/**
 * Expands files, folders and globs into one sorted, de-duplicated list of input files.
 *
 * - A file named explicitly is kept whatever its extension; `readArticles` reports an unsupported one,
 *   so the rest of the run still happens.
 * - Folders are walked recursively for supported extensions (any case). Hidden entries and
 *   node_modules are skipped; symbolic links to folders are not followed, so a link loop cannot hang
 *   the walk. A folder or link that cannot be read is kept in the list as is, so `readArticles`
 *   reports it as an error item instead of the files under it silently going missing.
 * - Globs are matched with tinyglobby (no hidden files, no node_modules, links not followed) and keep
 *   only supported extensions.
 *
 * Paths come back as the user wrote them: relative ones relative to `cwd`, absolute ones absolute.
 * They are sorted by UTF-16 code unit, not by locale, so the order is the same on every machine.
 * Returns [] for no inputs. Throws ClaimsError('INPUT_NOT_FOUND') (exit 2) naming every input that
 * matched nothing.
 */
export async function discoverInputs(paths: string[], cwd: string = process.cwd()): Promise<string[]> {
  const found = new Map<string, string>(); // resolved path -> path as returned
  const missing: string[] = [];
  for (const input of paths) {
    const matches = await expandInput(input, cwd);
    if (matches === null) missing.push(input);
    for (const file of matches ?? []) {
      const key = resolve(cwd, file);
      if (!found.has(key)) found.set(key, file);
    }
  }
  if (missing.length > 0) {
    const names = missing.map((input) => `"${input}"`).join(', ');
    throw new ClaimsError(
      'INPUT_NOT_FOUND',
      `no ${describeExtensions()} files found for ${names} (relative to ${cwd}); ` +
        'check the path, and quote globs so the shell passes them through',
    );
  }
  return [...found.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The files one input stands for, or null when it matches nothing. */
async function expandInput(input: string, cwd: string): Promise<string[] | null> {
  const target = resolve(cwd, input);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(target)).isDirectory();
  } catch (error) {
    if (!isMissing(error)) return [input]; // exists but cannot be examined: readArticles reports why
    if (!isDynamicPattern(input)) return null;
    const matches = await glob(input, {
      cwd,
      absolute: isAbsolute(input),
      dot: false,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ['**/node_modules/**'],
      expandDirectories: false,
    });
    const files = matches.filter((file) => formatOf(file) !== null);
    return files.length > 0 ? files : null;
  }
  if (!isDirectory) return [input];
  const files = await walkFolder(input, cwd);
  return files.length > 0 ? files : null;
}

/** Supported files under `folder`, depth first in name order. */
async function walkFolder(folder: string, cwd: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(resolve(cwd, folder), { withFileTypes: true });
  } catch {
    return [folder];
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await walkFolder(path, cwd)));
    } else if (entry.isSymbolicLink()) {
      if (formatOf(path) !== null && !(await pointsToFolder(resolve(cwd, path)))) files.push(path);
    } else if (entry.isFile() && formatOf(path) !== null) {
      files.push(path);
    }
  }
  return files;
}

/** Whether a link leads to a folder; a dangling link does not (it is kept, and reported when read). */
async function pointsToFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
