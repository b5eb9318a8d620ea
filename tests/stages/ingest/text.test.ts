import { describe, expect, it } from 'vitest';
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collect, FIXTURES, makeTempDir, permissionsEnforced, readOne, ROOT } from './helpers.js';

describe('plain text and Markdown', () => {
  it('reads the corpus article byte for byte, with the headline as title', async () => {
    const article = await readOne('corpus/us-troops-withdrawal-iraq.txt', { cwd: ROOT });
    const title = 'US Troops Withdrawal from Iraq: Rising Tensions and Demands';
    expect(article.text).toBe(readFileSync(join(ROOT, 'corpus/us-troops-withdrawal-iraq.txt'), 'utf8'));
    expect(article.id).toBe('corpus/us-troops-withdrawal-iraq');
    expect(article.title).toBe(title);
    expect(article.titleSpan).toEqual({ start: 0, end: 59 });
    expect(article.text.slice(0, 59)).toBe(title);
    expect(article.origin).toEqual({ file: 'corpus/us-troops-withdrawal-iraq.txt', format: 'txt' });
    expect([article.url, article.source, article.publishedAt, article.language]).toEqual([null, null, null, null]);
  });

  it('takes a Markdown "# " heading as title, leaving the text as written', async () => {
    const article = await readOne('text/harbour-bridge.md');
    expect(article.title).toBe('Harbour Bridge Reopens After Repairs');
    expect(article.titleSpan).toEqual({ start: 2, end: 38 });
    expect(article.text).toBe(readFileSync(join(FIXTURES, 'text/harbour-bridge.md'), 'utf8'));
    expect(article.text.slice(2, 38)).toBe(article.title);
    expect(article.origin.format).toBe('md');
  });

  it('has no title when the first line is a sentence', async () => {
    const article = await readOne('text/lowercase-start.txt');
    expect(article.title).toBeNull();
    expect(article.titleSpan).toBeNull();
  });

  it('drops a UTF-8 BOM and keeps CRLF, so offsets index the stored text', async () => {
    const article = await readOne('text/bom-crlf.txt');
    const bytes = readFileSync(join(FIXTURES, 'text/bom-crlf.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(article.text).toBe('Canal Lock Gates Replaced\r\nWork on the lock ended on Friday.\r\n"It went well," said Ana Ruiz.\r\n');
    expect(article.title).toBe('Canal Lock Gates Replaced');
    expect(article.titleSpan).toEqual({ start: 0, end: 25 });
    const start = article.text.indexOf('Ana Ruiz');
    expect(article.text.slice(start, start + 8)).toBe('Ana Ruiz');
  });

  it('reads windows-1252 bytes that are not UTF-8, curly quotes and dashes included', async () => {
    const article = await readOne('text/latin1.txt');
    expect(article.text).toBe('Café Owners Protest Rent Rise\nThe café’s owner, Zoë Marchetti, said the rent had doubled — “too much”.\n');
    expect(article.title).toBe('Café Owners Protest Rent Rise');
  });

  it('reports an empty (whitespace-only) file', async () => {
    expect(await collect(['text/empty.txt'])).toEqual([
      { kind: 'error', file: 'text/empty.txt', line: null, articleId: 'text/empty', message: 'empty file' },
    ]);
  });

  it('reports a binary file with a text name, by magic number or NUL bytes', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'notes.txt'), Buffer.from('plain words\u0000\u0001\u0002 then more'));
    const items = await collect(['text/report.txt', join(dir, 'notes.txt')]);
    expect(items.map((item) => item.kind === 'error' && item.message)).toEqual([
      'binary file (PDF) with a .txt name',
      'binary file (NUL bytes) with a .txt name',
    ]);
  });

  it('reports a file over maxFileBytes without reading it, and an article over maxArticleChars', async () => {
    const [tooBig] = await collect(['text/harbour-bridge.md'], { maxFileBytes: 100 });
    expect(tooBig).toEqual({
      kind: 'error',
      file: 'text/harbour-bridge.md',
      line: null,
      articleId: 'text/harbour-bridge',
      message: 'file is 203 bytes, over the limit of 100 bytes (limits.maxFileBytes)',
    });
    const [tooLong] = await collect(['text/harbour-bridge.md'], { maxArticleChars: 50 });
    expect(tooLong).toMatchObject({ kind: 'error', message: 'text is 203 characters, over the limit of 50 (limits.maxArticleChars)' });
  });

  it('reports an unsupported file named explicitly', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'story.rtf'), '{\\rtf1 Hello}');
    const [item] = await collect([join(dir, 'story.rtf')]);
    expect(item).toMatchObject({
      kind: 'error',
      articleId: null,
      message: 'unsupported file type; expected .txt, .md, .json, .jsonl, .ndjson, .html or .htm',
    });
  });

  it('reports a file it cannot read and goes on with the next', async () => {
    const dir = makeTempDir();
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    const items = await collect([join(dir, 'dangling.txt'), 'text/lowercase-start.txt']);
    expect(items.map((item) => item.kind)).toEqual(['error', 'article']);
    expect(items[0]).toMatchObject({ message: 'cannot read file: no such file (it was removed, or is a link to nothing) (ENOENT)' });
  });

  it.skipIf(!permissionsEnforced)('reports a file without read permission', async () => {
    const dir = makeTempDir();
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Secret Headline\nBody.\n');
    chmodSync(locked, 0o000);
    const items = await collect([locked, 'text/lowercase-start.txt']);
    expect(items[0]).toMatchObject({ kind: 'error', message: 'cannot read file: permission denied (EACCES)' });
    expect(items[1]?.kind).toBe('article');
  });
});
