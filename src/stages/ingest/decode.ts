/**
 * Bytes to text. The decoded string is what every later offset indexes, so decoding changes nothing
 * but the byte-order mark: line endings, spaces and control characters stay exactly as read.
 */
import { BINARY_SIGNATURES, BINARY_SNIFF_BYTES } from './formats.data.js';

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
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const decoder = fallbackDecoder(fallback);
    return { text: decoder.decode(body), encoding: decoder.encoding };
  }
}

/** Whether the bytes start with the UTF-8 byte-order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte);
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** A decoder for the named encoding; an unknown name, or UTF-8 (which just failed), falls back to windows-1252. */
function fallbackDecoder(label: string): InstanceType<typeof TextDecoder> {
  try {
    const decoder = new TextDecoder(label, { ignoreBOM: true });
    if (decoder.encoding !== 'utf-8') return decoder;
  } catch {
    // An unknown charset name in a page is the page's mistake; windows-1252 is the web's default.
  }
  return new TextDecoder(FALLBACK_ENCODING, { ignoreBOM: true });
}
