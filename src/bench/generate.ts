/**
 * The benchmark's default corpus: articles made by recombining the paragraphs of the articles in
 * corpus/ (read through the real ingest stage, so .txt, .md and .jsonl all count), picked with a
 * seeded generator so the same seed gives the same bytes everywhere. Records are produced one at a
 * time and written with back-pressure, so 100,000 articles never sit in memory at once.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { discoverInputs, readArticles } from '../stages/ingest/index.js';
import { createRandom, randomInt } from './prng.js';

/** The material articles are built from. */
export interface ParagraphPool {
  paragraphs: string[];
  titles: string[];
}

/** One generated article, in the JSONL record shape ingest reads. */
export interface GeneratedRecord {
  id: string;
  title: string;
  text: string;
  source: string;
  published_at: string;
}

/** How many articles to make and how long. */
export interface GenerateOptions {
  count: number;
  seed: number;
  /** Paragraphs per article, inclusive range; ignored when targetBytes is set. */
  paragraphs?: [number, number];
  /** Make each text this many UTF-8 bytes (cut at a word boundary) instead of a paragraph count. */
  targetBytes?: number;
  /** Prefix of the ids: "<prefix>-000001". */
  idPrefix?: string;
}

const LINE_BREAK = /\r\n|\n|\r|\u2028|\u2029/u;
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);

/**
 * Paragraphs and titles of the articles under `inputs` (files or folders), read with the real ingest
 * stage. A paragraph is a non-blank line that is not the article's title line.
 */
export async function readParagraphPool(inputs: string[], cwd: string = process.cwd()): Promise<ParagraphPool> {
  const files = await discoverInputs(inputs, cwd);
  const pool: ParagraphPool = { paragraphs: [], titles: [] };
  for await (const item of readArticles(files, { maxFileBytes: Number.MAX_SAFE_INTEGER, maxArticleChars: Number.MAX_SAFE_INTEGER, cwd })) {
    if (item.kind === 'error') continue;
    const { article } = item;
    if (article.title) pool.titles.push(article.title);
    let offset = 0;
    for (const line of article.text.split(LINE_BREAK)) {
      const start = article.text.indexOf(line, offset);
      offset = start + line.length;
      const isTitle = article.titleSpan !== null && start <= article.titleSpan.start && start + line.length >= article.titleSpan.end;
      if (!isTitle && line.trim().length > 0) pool.paragraphs.push(line.trim());
    }
  }
  if (pool.paragraphs.length === 0) throw new Error(`no paragraphs found under ${inputs.join(', ')} to generate articles from`);
  if (pool.titles.length === 0) pool.titles.push('Benchmark article');
  return pool;
}

/** The bytes of `text` in UTF-8. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** `text` cut to at most `bytes` UTF-8 bytes, at the last space before the limit when there is one. */
function cutToBytes(text: string, bytes: number): string {
  let end = Math.min(text.length, bytes);
  while (end > 0 && utf8Bytes(text.slice(0, end)) > bytes) end--;
  const space = text.lastIndexOf(' ', end);
  return (space > 0 && end < text.length ? text.slice(0, space) : text.slice(0, end)).trimEnd();
}

/** A text of about `targetBytes` UTF-8 bytes: whole paragraphs, the last one cut at a word boundary. */
function textOfSize(pool: ParagraphPool, random: () => number, targetBytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const separator = parts.length > 0 ? 2 : 0;
    const paragraph = pool.paragraphs[randomInt(random, 0, pool.paragraphs.length - 1)]!;
    const room = targetBytes - bytes - separator;
    const size = utf8Bytes(paragraph);
    if (size <= room) {
      parts.push(paragraph);
      bytes += separator + size;
      continue;
    }
    const cut = cutToBytes(paragraph, room);
    if (cut.length > 0) parts.push(cut);
    break;
  }
  return parts.join('\n\n');
}

/** The articles, one at a time: the same sequence for the same pool and options. */
export function* generateArticles(pool: ParagraphPool, options: GenerateOptions): Generator<GeneratedRecord> {
  const random = createRandom(options.seed);
  const [fewest, most] = options.paragraphs ?? [4, 12];
  const prefix = options.idPrefix ?? `bench-${options.seed}`;
  const width = Math.max(6, String(options.count).length);
  for (let i = 1; i <= options.count; i++) {
    const title = pool.titles[randomInt(random, 0, pool.titles.length - 1)]!;
    let text: string;
    if (options.targetBytes !== undefined) {
      text = textOfSize(pool, random, options.targetBytes);
    } else {
      const count = randomInt(random, fewest, most);
      const parts: string[] = [];
      for (let p = 0; p < count; p++) parts.push(pool.paragraphs[randomInt(random, 0, pool.paragraphs.length - 1)]!);
      text = parts.join('\n\n');
    }
    const day = randomInt(random, 0, 365);
    yield {
      id: `${prefix}-${String(i).padStart(width, '0')}`,
      title,
      text,
      source: 'bench-generated',
      published_at: new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10),
    };
  }
}

/** What was written. */
export interface WrittenCorpus {
  path: string;
  articles: number;
  /** UTF-8 bytes of the article texts (not of the JSON around them). */
  textBytes: number;
  fileBytes: number;
}

/** Writes records as JSONL to `path`, one line at a time, waiting whenever the stream is full. */
export async function writeJsonl(path: string, records: Iterable<{ text: string }>): Promise<WrittenCorpus> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const written: WrittenCorpus = { path, articles: 0, textBytes: 0, fileBytes: 0 };
  try {
    for (const record of records) {
      const line = `${JSON.stringify(record)}\n`;
      written.articles++;
      written.textBytes += utf8Bytes(record.text);
      written.fileBytes += utf8Bytes(line);
      if (!stream.write(line)) await once(stream, 'drain');
    }
  } finally {
    stream.end();
    await once(stream, 'close');
  }
  return written;
}
