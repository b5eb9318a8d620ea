/** Which file names are read as which format, and how binary files announce themselves. */
import type { InputFormat } from '../../model/types.js';

/** Extensions (lower case, with the dot) and the format each is read as. */
export const EXTENSION_FORMATS: ReadonlyMap<string, InputFormat> = new Map([
  ['.txt', 'txt'],
  ['.md', 'md'],
  ['.json', 'json'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.html', 'html'],
  ['.htm', 'html'],
]);

/** Leading bytes of file types that are sometimes misnamed as text (a PDF saved as .txt). */
export const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also .docx, .epub, .odt
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty archive
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] }, // GIF87a
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] }, // GIF89a
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
];

/** How many leading bytes are searched for NUL bytes: enough to catch binaries, cheap on huge files. */
export const BINARY_SNIFF_BYTES = 8192;
