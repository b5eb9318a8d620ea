/** Telling an input's format from its file name. */
import { extname } from 'node:path';
import type { InputFormat } from '../../model/types.js';
import { EXTENSION_FORMATS } from './formats.data.js';

/** The format a file is read as, from its extension in any case ("A.TXT" is txt); null if unsupported. */
export function formatOf(file: string): InputFormat | null {
  return EXTENSION_FORMATS.get(extname(file).toLowerCase()) ?? null;
}

/** The supported extensions as a readable list, for messages that say what was expected. */
export function describeExtensions(): string {
  const extensions = [...EXTENSION_FORMATS.keys()];
  return `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1) ?? ''}`;
}
