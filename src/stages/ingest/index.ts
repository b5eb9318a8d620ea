/**
 * The ingest stage: finds input files and reads them into Articles. It runs before the CPU stages (it
 * does I/O, so it is not a `Stage`) and never throws for bad input: a bad file or record becomes an
 * error item and the run goes on.
 *
 * Text is stored exactly as read, because every later offset is a UTF-16 index into it. The one change
 * is that a leading byte-order mark is dropped; CRLF line ends, tabs and trailing spaces all stay.
 */
import { resolve } from 'node:path';
import type { Article } from '../../model/types.js';
import { articleId } from './article-id.js';
import { decodeInput } from './decode.js';
import { describeExtensions, formatOf } from './formats.js';
import { sniffCharset } from './html-meta.js';
import { readJsonText } from './json-file.js';
import { readJsonLines } from './json-lines.js';
import { describeRecord } from './json-record.js';
import { checkFile, readFileBytes } from './load.js';
import { plainTextArticle } from './plain-text.js';
import type { IngestItem, IngestOptions } from './types.js';

export type { IngestArticle, IngestError, IngestItem, IngestOptions } from './types.js';
export { articleId } from './article-id.js';
export { discoverInputs } from './discover.js';
export { formatOf } from './formats.js';

/**
 * Reads the files in order and yields their articles and problems as they are found. Files are read
 * one at a time and JSONL line by line, so memory stays flat however many and however large the files
 * are; stop iterating and the open file is closed. Relative paths resolve against `options.cwd`.
 */
export async function* readArticles(files: string[], options: IngestOptions): AsyncGenerator<IngestItem> {
  const cwd = options.cwd ?? process.cwd();
  for (const file of files) {
    for await (const item of readInput(file, cwd, options)) {
      yield item.kind === 'article' ? checkLength(item.article, options.maxArticleChars) : item;
    }
  }
}

async function* readInput(file: string, cwd: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  const path = resolve(cwd, file);
  const format = formatOf(file);
  // One article per file for these formats, so a problem with the file is a problem with that article.
  const id = format === 'txt' || format === 'md' || format === 'html' ? articleId(file, cwd) : null;
  const fail = (message: string): IngestItem => ({ kind: 'error', file, line: null, articleId: id, message });

  // Checked before the extension, so a folder the walk could not list is reported as such.
  const checked = await checkFile(path, format === 'jsonl' || format === null ? Number.POSITIVE_INFINITY : options.maxFileBytes);
  if (!checked.ok) {
    yield fail(checked.message);
    return;
  }
  if (format === null) {
    yield fail(`unsupported file type; expected ${describeExtensions()}`);
    return;
  }
  if (format === 'jsonl') {
    yield* readJsonLines(path, file, cwd, options);
    return;
  }
  const read = await readFileBytes(path);
  if (!read.ok) {
    yield fail(read.message);
    return;
  }
  const decoded = decodeInput(read.value, format === 'html' ? sniffCharset(read.value) : null);
  if (!decoded.ok) {
    yield fail(decoded.message);
    return;
  }
  const { text } = decoded;
  if (text.trim().length === 0) {
    yield fail('empty file');
    return;
  }
  if (format === 'json') {
    yield* readJsonText(text, file, cwd);
    return;
  }
  if (format === 'html') {
    // linkedom and Readability are loaded for the first HTML file only: they cost ~29 MB of memory
    // in the thread that reads, which JSON, JSONL and text input do not need.
    const { htmlArticle } = await import('./html.js');
    const result = htmlArticle(text, file, articleId(file, cwd));
    yield result.ok ? { kind: 'article', article: result.article } : fail(result.message);
    return;
  }
  yield { kind: 'article', article: plainTextArticle(text, file, articleId(file, cwd), format) };
}

/** Over-long articles become errors here, in one place for every format. */
function checkLength(article: Article, maxArticleChars: number): IngestItem {
  if (article.text.length <= maxArticleChars) return { kind: 'article', article };
  const { origin } = article;
  const label = origin.format === 'json' || origin.format === 'jsonl' ? describeRecord(origin.format, origin.line) : '';
  return {
    kind: 'error',
    file: origin.file,
    line: origin.format === 'jsonl' ? (origin.line ?? null) : null,
    articleId: article.id,
    message: `${label}text is ${article.text.length} characters, over the limit of ${maxArticleChars} (limits.maxArticleChars)`,
  };
}
