/**
 * Articles from JSONL / NDJSON, one per line, streamed so memory stays flat however large the file:
 * node:readline pulls from the stream only as fast as the consumer takes items.
 */
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { articleId } from './article-id.js';
import { BINARY_SNIFF_BYTES } from './formats.data.js';
import { decodeLine, hasUtf8Bom, utf16Encoding } from './decode.js';
import { recordToArticle, type RecordPlace } from './json-record.js';
import { checkNotBinary, describeIoError } from './load.js';
import type { IngestItem, IngestOptions } from './types.js';

/**
 * The items in a JSONL file. Blank lines are skipped; a bad line becomes an error item with its 1-based
 * line number and the other lines are still read. A record without an id gets "<file id>#<line>".
 * Each line is held to `maxFileBytes` (the whole file is not: streaming is what makes big files fine).
 */
export async function* readJsonLines(
  path: string,
  file: string,
  cwd: string,
  options: IngestOptions,
): AsyncGenerator<IngestItem> {
  const fail = (message: string): IngestItem => ({ kind: 'error', file, line: null, articleId: null, message });
  let handle: FileHandle;
  let stream: ReturnType<FileHandle['createReadStream']> | undefined;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    yield fail(describeIoError(error));
    return;
  }
  try {
    const head = new Uint8Array(BINARY_SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const binary = checkNotBinary(head.subarray(0, bytesRead), path);
    if (binary) {
      yield fail(binary.message);
      return;
    }
    if (utf16Encoding(head) !== null) {
      // Lines are split on the byte 0x0A, which is only a newline in ASCII-compatible encodings.
      yield fail('JSON Lines must be UTF-8, and this file is UTF-16; save it as UTF-8');
      return;
    }
    // latin1 maps each byte to one char, so a line can be turned back into its exact bytes and decoded
    // strictly per line: one mis-encoded record does not garble the others.
    stream = handle.createReadStream({ encoding: 'latin1', autoClose: false, start: 0 });
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let lineNumber = 0;
    let records = 0;
    for await (const rawLine of lines) {
      lineNumber++;
      let bytes = Buffer.from(rawLine, 'latin1');
      if (lineNumber === 1 && hasUtf8Bom(bytes)) bytes = bytes.subarray(3);
      const item = readLine(bytes, { file, format: 'jsonl', record: lineNumber, fallbackId: articleId(file, cwd, lineNumber) }, options);
      if (item === null) continue;
      records++;
      yield item;
    }
    if (records === 0) yield fail('empty file');
  } catch (error) {
    yield fail(describeIoError(error));
  } finally {
    stream?.destroy();
    await handle.close();
  }
}

/** The item for one line, or null for a blank line. */
function readLine(bytes: Uint8Array, place: RecordPlace & { record: number }, options: IngestOptions): IngestItem | null {
  const line = place.record;
  const fail = (message: string, articleId = place.fallbackId): IngestItem => ({
    kind: 'error',
    file: place.file,
    line,
    articleId,
    message: `line ${line}: ${message}`,
  });
  if (bytes.length > options.maxFileBytes) {
    return fail(`record is ${bytes.length} bytes, over the limit of ${options.maxFileBytes} bytes (limits.maxFileBytes)`);
  }
  const decoded = decodeLine(bytes); // as for whole files, but each line on its own
  if (!decoded.ok) return fail(decoded.message);
  const { text } = decoded;
  if (text.trim().length === 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON: ${(error as Error).message}`);
  }
  const result = recordToArticle(value, place);
  if (result.ok) return { kind: 'article', article: result.article };
  return { kind: 'error', file: place.file, line, articleId: result.articleId, message: result.message };
}
