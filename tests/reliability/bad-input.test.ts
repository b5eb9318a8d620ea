/**
 * Bad input through the real `claims run`: one run over a folder holding one fixture per bad-input
 * case next to good articles (small fixtures are in tests/fixtures/reliability/bad-input; the big
 * ones, links and unreadable files are made here at run time). Each case has its own test: a clear
 * error record naming the file (and line), while the good inputs are stored and the run exits 1.
 * Spans of everything stored are checked against the stored text.
 */
import { chmodSync, closeSync, cpSync, mkdirSync, openSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canEnforcePermissions,
  claims,
  claimsWithPermissions,
  errorsFor,
  FIXTURES,
  findSpanProblems,
  makeTempDir,
  openDb,
  permissionsEnforced,
  removeDir,
  snapshotCli,
  writeConfig,
  type CliResult,
  type ErrorRow,
} from './helpers.js';

const MAX_FILE_BYTES = 8 * 1024 * 1024;
let dir: string;
/** This file's own copy of the CLI, immune to a rebuild of dist/ while the tests run. */
let cli: string;
let input: string;
let dbPath: string;
let run: CliResult;
let summary: { counts: Record<string, number> };

/** The article stored for `file` (a name in the input folder), or undefined. */
function storedArticle(db: Database.Database, file: string): { id: string; text: string; title: string | null } | undefined {
  return db.prepare('SELECT id, text, title FROM articles WHERE file = ?').get(join(input, file)) as
    | { id: string; text: string; title: string | null }
    | undefined;
}

/** The one error row for `file`; fails when there is none or more than one. */
function oneError(db: Database.Database, file: string): ErrorRow {
  const rows = errorsFor(db, `/${file}`);
  expect(rows, `errors for ${file}`).toHaveLength(1);
  return rows[0]!;
}

beforeAll(() => {
  dir = makeTempDir('bad-input-');
  cli = snapshotCli(dir);
  input = join(dir, 'input');
  cpSync(join(FIXTURES, 'bad-input'), input, { recursive: true });
  // Generated here, not committed: big, or things git cannot hold.
  const paragraph = '<p>The mayor said the bridge would reopen next week, according to a statement released on Monday by the city.</p>';
  writeFileSync(join(input, 'nested-10000.html'), `<!doctype html><html><body><article>${'<div>'.repeat(10_000)}${paragraph}${'</div>'.repeat(10_000)}</article></body></html>`);
  writeFileSync(join(input, 'one-line-5mb.txt'), 'word '.repeat(1024 * 1024));
  writeFileSync(join(input, 'quotes-10000.txt'), `The mayor, Jane Porter, said ${'"'.repeat(10_000)} and left. Officials said “${'”'.repeat(3)} nothing more.\n`);
  const oversize = openSync(join(input, 'oversize.txt'), 'w');
  closeSync(oversize);
  truncateSync(join(input, 'oversize.txt'), MAX_FILE_BYTES + 1); // sparse: costs no disk
  symlinkSync('loop-b.txt', join(input, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(input, 'loop-b.txt'));
  symlinkSync('.', join(input, 'folder-loop'));
  writeFileSync(join(input, 'unreadable.txt'), 'The council said the file was secret.\n');
  chmodSync(join(input, 'unreadable.txt'), 0o000);

  // A 5 MB article needs a worker heap to match (about 100 MB per million characters).
  const config = writeConfig(dir, { limits: { maxFileBytes: MAX_FILE_BYTES, maxArticleChars: MAX_FILE_BYTES, workerHeapMb: 2048 } });
  dbPath = join(dir, 'out', 'claims.sqlite');
  run = claims(['run', input, '--db', dbPath, '--config', config, '--json'], { cli });
  summary = JSON.parse(run.stdout) as typeof summary;
});
afterAll(() => {
  chmodSync(join(input, 'unreadable.txt'), 0o644);
  removeDir(dir);
});

describe('claims run over bad input', () => {
  it('goes on past every bad file, stores the good ones, exits 1 and prints no stack trace', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/u);
    const db = openDb(dbPath);
    for (const file of ['good-article.txt', 'bom-crlf.txt', 'latin1.txt', 'no-charset.html', 'late-charset.html', 'emoji-quote.txt', 'zero-width-bidi.txt', 'one-line-5mb.txt', 'quotes-10000.txt']) {
      expect(storedArticle(db, file), file).toBeDefined();
    }
    const ids = (db.prepare('SELECT id FROM articles').all() as { id: string }[]).map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining(['feed-1', 'feed-3', 'dup-1', 'dup-2', 'surrogate-1']));
    expect(summary.counts.processed).toBe(ids.length);
    const failed = db.prepare('SELECT count(*) AS n FROM errors').get() as { n: number };
    expect(summary.counts.failed).toBe(failed.n);
    const good = storedArticle(db, 'good-article.txt')!;
    expect((db.prepare('SELECT count(*) AS n FROM claims WHERE article_id = ?').get(good.id) as { n: number }).n).toBeGreaterThan(0);
    expect(db.prepare("SELECT status FROM runs ORDER BY id DESC LIMIT 1").get()).toEqual({ status: 'failed' });
  });

  it('stores every span so that it slices the stored text (BOM, CRLF, emoji, astral, zero-width, bidi, lone surrogates)', () => {
    expect(findSpanProblems(openDb(dbPath))).toEqual([]);
  });

  it('reports an empty file', () => {
    expect(oneError(openDb(dbPath), 'empty.txt')).toMatchObject({ line: null, stage: 'ingest', message: 'empty file' });
  });

  it('reports a PDF named .txt and a PNG named .html as binary', () => {
    const db = openDb(dbPath);
    expect(oneError(db, 'pdf-named.txt').message).toBe('binary file (PDF) with a .txt name');
    expect(oneError(db, 'png-named.html').message).toBe('binary file (PNG) with a .html name');
  });

  it('refuses damaged UTF-8 with the line and byte, instead of garbling it as windows-1252', () => {
    const error = oneError(openDb(dbPath), 'invalid-utf8.txt');
    expect(error.message).toBe(
      'invalid UTF-8 at line 4, byte 134 (0x97), and 1 more bad sequence, in text that is otherwise UTF-8; fix those bytes or re-save the file as UTF-8',
    );
  });

  it('reads Latin-1 (windows-1252) text, curly quotes included', () => {
    const db = openDb(dbPath);
    const article = storedArticle(db, 'latin1.txt')!;
    expect(article.text).toBe('Café Owners Protest Rent Rise\n\nThe café’s owner, Zoë Marchetti, said the rent had “doubled in a year”.\n');
    expect(errorsFor(db, '/latin1.txt')).toEqual([]);
  });

  it('drops a UTF-8 BOM and keeps CRLF, with offsets into the stored text', () => {
    const db = openDb(dbPath);
    const article = storedArticle(db, 'bom-crlf.txt')!;
    expect(article.text.startsWith('Canal Lock Gates Replaced\r\n\r\n')).toBe(true);
    const claim = db.prepare('SELECT speaker_text, speaker_start, speaker_end, content_start, content_end FROM claims WHERE article_id = ?').get(article.id) as {
      speaker_text: string;
      speaker_start: number;
      speaker_end: number;
      content_start: number;
      content_end: number;
    };
    expect(claim.speaker_text).toMatch(/Ana Ruiz/u);
    expect(article.text.slice(claim.speaker_start, claim.speaker_end)).toBe(claim.speaker_text);
    expect(article.text.slice(claim.content_start, claim.content_end)).toBe('"It went well,"');
  });

  it('reads HTML with no charset as UTF-8, and honours a <meta charset> after the first 1024 bytes', () => {
    const db = openDb(dbPath);
    expect(storedArticle(db, 'no-charset.html')!.text).toMatch(/^Le syndicat a déclaré lundi que la grève « continuera jusqu’à un accord »/u);
    expect(storedArticle(db, 'late-charset.html')!.text).toMatch(/^Министр Иван Петров заявил в понедельник, что «реформа будет продолжена»/u);
  });

  it('reports a page that is not an article', () => {
    expect(oneError(openDb(dbPath), 'not-article.html').message).toBe('no article content found');
  });

  it('refuses HTML nested 10,000 levels deep quickly, without a stack overflow', () => {
    expect(oneError(openDb(dbPath), 'nested-10000.html').message).toBe(
      'HTML elements are nested more than 256 deep; no article page needs that, so the page was skipped',
    );
  });

  it('reports a malformed JSON file', () => {
    expect(oneError(openDb(dbPath), 'malformed.json')).toMatchObject({ line: null, message: expect.stringMatching(/^not valid JSON: /u) });
  });

  it('reports the bad line of a JSONL file by number and stores the lines around it', () => {
    const db = openDb(dbPath);
    expect(oneError(db, 'bad-line.jsonl')).toMatchObject({ line: 2, article_id: expect.stringMatching(/#2$/u), message: expect.stringMatching(/^line 2: not valid JSON: /u) });
    expect(db.prepare("SELECT id FROM articles WHERE id IN ('feed-1', 'feed-3') ORDER BY id").all()).toEqual([{ id: 'feed-1' }, { id: 'feed-3' }]);
  });

  it('keeps the first of two records with one id and reports the second, naming where the first came from', () => {
    const db = openDb(dbPath);
    const error = oneError(db, 'duplicate-ids.jsonl');
    expect(error).toMatchObject({ line: 2, article_id: 'dup-1' });
    expect(error.message).toBe(`duplicate article id "dup-1" (first read from ${join(input, 'duplicate-ids.jsonl')}:1); this copy was skipped`);
    expect((db.prepare("SELECT text FROM articles WHERE id = 'dup-1'").get() as { text: string }).text).toMatch(/^The council said the library/u);
  });

  it('reports a file over limits.maxFileBytes without reading it', () => {
    expect(oneError(openDb(dbPath), 'oversize.txt').message).toBe(
      `file is ${MAX_FILE_BYTES + 1} bytes, over the limit of ${MAX_FILE_BYTES} bytes (limits.maxFileBytes)`,
    );
  });

  it('stores an article of one 5 MB line with no punctuation as one sentence', () => {
    const db = openDb(dbPath);
    const article = storedArticle(db, 'one-line-5mb.txt')!;
    expect(article.text.length).toBe(5 * 1024 * 1024);
    const sentences = db.prepare('SELECT start, "end" FROM sentences WHERE article_id = ?').all(article.id) as { start: number; end: number }[];
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences[sentences.length - 1]!.end).toBeLessThanOrEqual(article.text.length);
  });

  it('stores an article with 10,000 unbalanced quotation marks', () => {
    const db = openDb(dbPath);
    const article = storedArticle(db, 'quotes-10000.txt')!;
    expect(article.text.length).toBeGreaterThan(10_000);
    expect(errorsFor(db, '/quotes-10000.txt')).toEqual([]);
  });

  it('keeps offsets right after emoji, flags, ZWJ sequences and astral letters before a quote', () => {
    const db = openDb(dbPath);
    const article = storedArticle(db, 'emoji-quote.txt')!;
    const quotes = (db.prepare('SELECT quotes FROM claims WHERE article_id = ?').all(article.id) as { quotes: string }[]).flatMap(
      (row) => JSON.parse(row.quotes) as { text: string; start: number; end: number }[],
    );
    expect(quotes.map((quote) => quote.text)).toEqual(expect.arrayContaining(['we won 😀 fair and square', 'deserved 💯 the title']));
    for (const quote of quotes) expect(article.text.slice(quote.start, quote.end)).toBe(quote.text);
    // Through `claims export`, as other tools read them.
    const exported = claims(['export', '--db', dbPath, '--format', 'ndjson', '--article', article.id], { cli });
    expect(exported.status).toBe(0);
    const records = exported.stdout.trim().split('\n').map((line) => JSON.parse(line) as { content: { text: string; start: number; end: number } });
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(article.text.slice(record.content.start, record.content.end)).toBe(record.content.text);
  });

  it('keeps zero-width and bidi control characters in the text, and offsets right around them', () => {
    const db = openDb(dbPath);
    const article = storedArticle(db, 'zero-width-bidi.txt')!;
    expect(article.text).toContain('Omar\u200bKhan');
    expect(article.text).toContain('\u202e Reversed text\u202c');
    const claims = db.prepare('SELECT content_text, content_start, content_end FROM claims WHERE article_id = ?').all(article.id) as {
      content_text: string;
      content_start: number;
      content_end: number;
    }[];
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(article.text.slice(claim.content_start, claim.content_end)).toBe(claim.content_text);
  });

  it('stores a lone surrogate from a JSON escape as U+FFFD, so offsets after it still hold', () => {
    const db = openDb(dbPath);
    const article = db.prepare("SELECT text FROM articles WHERE id = 'surrogate-1'").get() as { text: string };
    expect(article.text).toBe('Broken \ufffd pair, then 😀 a real one. The mayor, Jane Porter, said "the budget \ufffd is balanced" on Friday.');
  });

  it('reports both links of a symlink loop, and does not follow a link to a folder', () => {
    const db = openDb(dbPath);
    for (const file of ['loop-a.txt', 'loop-b.txt']) {
      expect(oneError(db, file).message).toBe('cannot read file: too many levels of symbolic links (ELOOP)');
    }
    const paths = (db.prepare('SELECT file FROM articles UNION ALL SELECT file FROM errors').all() as { file: string | null }[]).map((row) => row.file ?? '');
    expect(paths.filter((path) => path.includes('folder-loop'))).toEqual([]);
  });

  it.skipIf(!canEnforcePermissions)('reports a file without read permission and goes on (as root: in a user namespace)', () => {
    if (permissionsEnforced) {
      expect(oneError(openDb(dbPath), 'unreadable.txt').message).toBe('cannot read file: permission denied (EACCES)');
      return;
    }
    // Root reads anything, so the main run stored it; run again without root's powers.
    const folder = join(dir, 'permissions');
    mkdirSync(folder);
    cpSync(join(input, 'good-article.txt'), join(folder, 'good-article.txt'));
    writeFileSync(join(folder, 'unreadable.txt'), 'The council said the file was secret.\n');
    chmodSync(join(folder, 'unreadable.txt'), 0o000);
    const path = join(dir, 'permissions.sqlite');
    const result = claimsWithPermissions(['run', folder, '--db', path], { cli });
    chmodSync(join(folder, 'unreadable.txt'), 0o644);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`error: ${join(folder, 'unreadable.txt')}: cannot read file: permission denied (EACCES)`);
    const db = openDb(path);
    expect(oneError(db, 'unreadable.txt')).toMatchObject({ line: null, stage: 'ingest', message: 'cannot read file: permission denied (EACCES)' });
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
  });

  it('exits 2 on a missing input path, naming it, before anything is written', () => {
    const db = join(dir, 'missing', 'never.sqlite');
    const result = claims(['run', join(FIXTURES, 'bad-input', 'good-article.txt'), join(dir, 'no-such-folder'), '--db', db], { cli });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no-such-folder/u);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(() => openDb(db)).toThrow();
  });
});
