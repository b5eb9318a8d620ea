/** Checks every input file gets before its contents are parsed: exists, is a file, size, not binary. */
import type { FileHandle } from 'node:fs/promises';
import { open, readdir, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { describeError } from '../../errors.js';
import { detectBinary } from './decode.js';

/** A value, or the reason a file could not be used. */
export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Whether `path` is a regular file within `maxBytes` (pass Infinity to skip the size check). Size is
 * checked with stat, before reading, so an oversized file never reaches memory.
 */
export async function checkFile(path: string, maxBytes: number): Promise<Loaded<number>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      // A folder the walk could not list arrives here; listing it again gives the reason.
      return await readdir(path).then(
        () => ({ ok: false, message: 'is a folder, not a file' }),
        (error: unknown) => ({ ok: false, message: describeIoError(error, 'folder') }),
      );
    }
    if (!info.isFile()) return { ok: false, message: 'not a regular file (a device, socket or pipe)' };
    if (info.size > maxBytes) {
      return { ok: false, message: `file is ${info.size} bytes, over the limit of ${maxBytes} bytes (limits.maxFileBytes)` };
    }
    return { ok: true, value: info.size };
  } catch (error) {
    return { ok: false, message: describeIoError(error) };
  }
}

/** The whole file, refused when it looks binary. */
export async function readFileBytes(path: string): Promise<Loaded<Uint8Array>> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const bytes = await handle.readFile();
    const binary = checkNotBinary(bytes, path);
    return binary ?? { ok: true, value: bytes };
  } catch (error) {
    return { ok: false, message: describeIoError(error) };
  } finally {
    await handle?.close();
  }
}

/** An error naming the kind of binary file when the bytes look binary, else null. */
export function checkNotBinary(bytes: Uint8Array, path: string): { ok: false; message: string } | null {
  const kind = detectBinary(bytes);
  if (kind === null) return null;
  return { ok: false, message: `binary file (${kind}) with a ${extname(path) || 'text'} name` };
}

/** "cannot read file: permission denied (EACCES)": the cause in words, with the code to search for. */
export function describeIoError(error: unknown, what: 'file' | 'folder' = 'file'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : IO_REASONS[code];
  if (code !== undefined && reason !== undefined) return `cannot read ${what}: ${reason} (${code})`;
  return `cannot read ${what}: ${describeError(error)}`;
}

const IO_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file (it was removed, or is a link to nothing)',
  ELOOP: 'too many levels of symbolic links',
  EISDIR: 'is a folder, not a file',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};
