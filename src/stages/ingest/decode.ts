/**
 * Bytes to text. The decoded string is what every later offset indexes, so decoding changes nothing
 * but the byte-order mark: line endings, spaces and control characters stay exactly as read.
 */
import { BINARY_SIGNATURES, BINARY_SNIFF_BYTES } from './formats.data.js';
import { WINDOWS_1252_HIGH } from './windows-1252.data.js';

/** The encoding tried when bytes are not valid UTF-8: what old Windows tools and most "latin-1" files use. */
export const FALLBACK_ENCODING = 'windows-1252';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Decoded text and the encoding that produced it. */
export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * What kind of binary file the bytes start like ("PDF", "PNG", "NUL bytes"), or null if they may be text.
 * UTF-16 text has NUL bytes too, so a UTF-16 byte-order mark means text.
 */
export function detectBinary(bytes: Uint8Array): string | null {
  if (utf16Encoding(bytes) !== null) return null;
  for (const signature of BINARY_SIGNATURES) {
    if (signature.bytes.every((byte, index) => bytes[index] === byte)) return signature.name;
  }
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  return head.includes(0) ? 'NUL bytes' : null;
}

/**
 * Decodes file bytes: a UTF-8 or UTF-16 byte-order mark is dropped (it is an encoding marker, not text,
 * and keeping it would shift every offset by one); otherwise strict UTF-8, and when that fails the
 * `fallback` encoding (windows-1252 unless an HTML page names its charset), which never fails.
 */
export function decodeBytes(bytes: Uint8Array, fallback: string = FALLBACK_ENCODING): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) return { text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: utf16 };
  const body = hasUtf8Bom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes;
  const utf8 = decodeStrictUtf8(body);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const encoding = resolveFallback(fallback);
  const text = encoding === FALLBACK_ENCODING ? decodeWindows1252(body) : new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  return { text, encoding };
}

/** The bytes as UTF-8, or null if they are not valid UTF-8. */
export function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** windows-1252, decoded by table: every byte is a character, so this never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/gu, (char) => String.fromCharCode(WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char.charCodeAt(0)));
}

/** Whether the bytes start with the UTF-8 byte-order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte);
}

/** The encoding a UTF-16 byte-order mark announces, or null. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The canonical name of a fallback encoding. An unknown name, or UTF-8 (which just failed), becomes
 * windows-1252: an unknown charset in a page is the page's mistake, and windows-1252 is the web's default.
 * "latin1", "iso-8859-1" and "ascii" are windows-1252 too, as in browsers.
 */
function resolveFallback(label: string): string {
  try {
    const { encoding } = new TextDecoder(label);
    if (encoding !== 'utf-8') return encoding;
  } catch {
    // fall through to the default
  }
  return FALLBACK_ENCODING;
}
