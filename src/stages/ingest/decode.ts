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

/** Decoded text, or why the bytes were refused. */
export type DecodeResult = ({ ok: true } & DecodedText) | { ok: false; message: string };

/**
 * Decodes a whole input file as `decodeBytes` does, but refuses UTF-8 with damage in it (see
 * findBrokenUtf8): read as windows-1252, every accented letter and curly quote in it would turn into
 * two or three wrong characters, silently. A page that declares a legacy charset is taken at its word.
 */
export function decodeInput(bytes: Uint8Array, declaredCharset: string | null = null): DecodeResult {
  const decoded = decodeBytes(bytes, declaredCharset ?? undefined);
  if (decoded.encoding === 'utf-8' || decoded.encoding.startsWith('utf-16') || declaresLegacyEncoding(declaredCharset)) {
    return { ok: true, ...decoded };
  }
  const broken = findBrokenUtf8(bytes);
  return broken === null ? { ok: true, ...decoded } : { ok: false, message: describeBrokenUtf8(broken, 'file') };
}

/** Decodes one JSONL line: strict UTF-8, else windows-1252 unless the line is damaged UTF-8. */
export function decodeLine(bytes: Uint8Array): DecodeResult {
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const broken = findBrokenUtf8(bytes);
  if (broken !== null) return { ok: false, message: describeBrokenUtf8(broken, 'line') };
  return { ok: true, text: decodeWindows1252(bytes), encoding: FALLBACK_ENCODING };
}

/** Where UTF-8 text is damaged: how many bad sequences, and the first one's place and value. */
export interface BrokenUtf8 {
  /** Byte sequences that are not UTF-8. */
  count: number;
  /** 0-based byte offset of the first. */
  offset: number;
  /** 1-based line of the first (counting "\n"). */
  line: number;
  /** Its first byte. */
  byte: number;
}

/**
 * Finds damage in bytes that are meant as UTF-8: invalid sequences in bytes that also hold more valid
 * multi-byte sequences than invalid ones (a truncated character, a stray windows-1252 byte pasted in).
 * Text in a single-byte encoding has few or no valid multi-byte sequences by accident, so it returns
 * null, as it does for valid UTF-8 and for UTF-16.
 */
export function findBrokenUtf8(bytes: Uint8Array): BrokenUtf8 | null {
  if (utf16Encoding(bytes) !== null) return null;
  let valid = 0;
  let count = 0;
  let offset = -1;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      valid++;
      i += length;
    } else {
      if (offset < 0) offset = i;
      count++;
      i++;
    }
  }
  if (count === 0 || valid <= count) return null;
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return { count, offset, line, byte: bytes[offset]! };
}

/** "invalid UTF-8 at line 3 (byte 88: 0xFF) ..." with what to do about it. */
export function describeBrokenUtf8(broken: BrokenUtf8, scope: 'file' | 'line'): string {
  const hex = `0x${broken.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const place = scope === 'file' ? `line ${broken.line}, byte ${broken.offset} (${hex})` : `byte ${broken.offset} of the line (${hex})`;
  const more = broken.count > 1 ? `, and ${broken.count - 1} more bad sequence${broken.count > 2 ? 's' : ''}` : '';
  return `invalid UTF-8 at ${place}${more}, in text that is otherwise UTF-8; fix those bytes or re-save the ${scope} as UTF-8`;
}

/** Length of the well-formed UTF-8 sequence starting at `i` (2 to 4), or 0 if there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const inRange = (at: number, low: number, high: number): boolean => {
    const value = bytes[at];
    return value !== undefined && value >= low && value <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return inRange(i + 1, 0x80, 0xbf) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    // No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return inRange(i + 1, low, high) && inRange(i + 2, 0x80, 0xbf) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    // No overlong forms (F0 80..8F) and nothing above U+10FFFF (F4 90..BF).
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return inRange(i + 1, low, high) && inRange(i + 2, 0x80, 0xbf) && inRange(i + 3, 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}

/** Whether a page's charset label names an encoding other than UTF-8 that this runtime knows. */
function declaresLegacyEncoding(label: string | null): boolean {
  if (label === null) return false;
  try {
    return new TextDecoder(label).encoding !== 'utf-8';
  } catch {
    return false;
  }
}
