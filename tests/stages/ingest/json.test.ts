import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../../../src/stages/ingest/index.js';
import { collect, LIMITS, makeTempDir } from './helpers.js';

describe('JSON', () => {
  it('reads an array of articles; extra fields are ignored, ids derived when missing', async () => {
    const items = await collect(['records/two-articles.json']);
    expect(items).toEqual([
      {
        kind: 'article',
        article: {
          id: 'ferry-timetable',
          title: 'Ferry Timetable Cut for Winter',
          text: 'The island ferry will run four times a day from November, the operator said.',
          url: 'https://news.example.org/ferry-timetable',
          source: 'Island Herald',
          publishedAt: '2024-03-05',
          language: 'en',
          origin: { file: 'records/two-articles.json', format: 'json', line: 0 },
          titleSpan: null,
        },
      },
      {
        kind: 'article',
        article: {
          id: 'records/two-articles#1',
          title: 'Library Extends Opening Hours',
          text: 'The town library will stay open until 9 p.m. on weekdays.\nStaff welcomed the change.',
          url: null,
          source: null,
          publishedAt: '2024-03-05T09:15:00.000Z',
          language: null,
          origin: { file: 'records/two-articles.json', format: 'json', line: 1 },
          titleSpan: null,
        },
      },
    ]);
  });

  it('names the missing text field', async () => {
    expect(await collect(['records/missing-text.json'])).toEqual([
      {
        kind: 'error',
        file: 'records/missing-text.json',
        line: null,
        articleId: 'no-body',
        message: 'field "text" must be a non-empty string',
      },
    ]);
  });

  it('reports JSON that does not parse, and a value that is not an article', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'broken.json'), '{"text": "unfinished');
    writeFileSync(join(dir, 'number.json'), '42');
    writeFileSync(join(dir, 'nothing.json'), '[]');
    const items = await collect(['broken.json', 'number.json', 'nothing.json'], { cwd: dir });
    expect(items.map((item) => item.kind === 'error' && item.message)).toEqual([
      expect.stringMatching(/^not valid JSON: /u),
      'expected an article object, got a number',
      'the JSON array holds no articles',
    ]);
  });

  it('gives a lone object without id the file id, and accepts publishedAt and integer ids', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'single.json'), JSON.stringify({ text: 'One story.', publishedAt: 'Tue, 05 Mar 2024 10:00:00 GMT' }));
    writeFileSync(join(dir, 'numbered.json'), JSON.stringify([{ id: 17, text: 'Another story.', url: '  ' }]));
    const items = await collect(['single.json', 'numbered.json'], { cwd: dir });
    expect(items).toMatchObject([
      { kind: 'article', article: { id: 'single', publishedAt: '2024-03-05T10:00:00.000Z', origin: { file: 'single.json', format: 'json' } } },
      { kind: 'article', article: { id: '17', url: null } },
    ]);
    expect(items[0]?.kind === 'article' && 'line' in items[0].article.origin).toBe(false);
  });
});

describe('JSON Lines', () => {
  it('reads the good lines around a bad one and names the bad line by number', async () => {
    const items = await collect(['records/mixed.jsonl']);
    expect(items.map((item) => (item.kind === 'article' ? `article ${item.article.id}` : `error ${item.line}`))).toEqual([
      'article school-roof',
      'error 3',
      'article market-day',
      'article records/mixed#5',
      'error 6',
      'error 7',
    ]);
    expect(items[1]).toEqual({
      kind: 'error',
      file: 'records/mixed.jsonl',
      line: 3,
      articleId: 'records/mixed#3',
      message: expect.stringMatching(/^line 3: not valid JSON: /u),
    });
    expect(items[4]).toEqual({
      kind: 'error',
      file: 'records/mixed.jsonl',
      line: 6,
      articleId: 'empty-text',
      message: 'line 6: field "text" must be a non-empty string',
    });
    expect(items[5]).toMatchObject({ line: 7, message: 'line 7: expected an article object, got an array' });
  });

  it('keeps the article with a null date when the date cannot be read', async () => {
    const items = await collect(['records/mixed.jsonl']);
    expect(items[0]).toMatchObject({ article: { publishedAt: '2024-03-05', origin: { line: 1, format: 'jsonl' } } });
    expect(items[2]).toMatchObject({ article: { id: 'market-day', publishedAt: null } });
  });

  it('drops a BOM on the first line, takes CRLF as a line end, and decodes each line on its own', async () => {
    const dir = makeTempDir();
    const lines = [
      Buffer.from('\ufeff{"id":"a","text":"Caf\u00e9 opens."}\r\n'),
      Buffer.concat([Buffer.from('{"id":"b","text":"Caf'), Buffer.from([0xe9, 0x92, 0x73]), Buffer.from(' menu."}\r\n')]),
      Buffer.from('\r\n'),
    ];
    writeFileSync(join(dir, 'feed.ndjson'), Buffer.concat(lines));
    const items = await collect(['feed.ndjson'], { cwd: dir });
    expect(items.map((item) => item.kind === 'article' && item.article.text)).toEqual(['Café opens.', 'Café’s menu.']);
  });

  it('reports a file with only blank lines as empty, and UTF-16 as unsupported', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'blank.jsonl'), '\n  \n\n');
    writeFileSync(join(dir, 'wide.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"x"}\n', 'utf16le')]));
    const items = await collect(['blank.jsonl', 'wide.jsonl'], { cwd: dir });
    expect(items.map((item) => item.kind === 'error' && item.message)).toEqual([
      'empty file',
      'JSON Lines must be UTF-8, and this file is UTF-16; save it as UTF-8',
    ]);
  });

  it('holds each line, not the whole file, to maxFileBytes', async () => {
    const dir = makeTempDir();
    const record = (id: string, text: string): string => `${JSON.stringify({ id, text })}\n`;
    writeFileSync(join(dir, 'feed.jsonl'), record('short', 'Short.') + record('long', 'x'.repeat(200)) + record('also-short', 'Also short.'));
    const items = await collect(['feed.jsonl'], { cwd: dir, maxFileBytes: 100 });
    expect(items.map((item) => (item.kind === 'article' ? item.article.id : item.message))).toEqual([
      'short',
      'line 2: record is 223 bytes, over the limit of 100 bytes (limits.maxFileBytes)',
      'also-short',
    ]);
    const [tooLong] = await collect(['feed.jsonl'], { cwd: dir, maxArticleChars: 100 }).then((all) => all.filter((item) => item.kind === 'error'));
    expect(tooLong).toEqual({
      kind: 'error',
      file: 'feed.jsonl',
      line: 2,
      articleId: 'long',
      message: 'line 2: text is 200 characters, over the limit of 100 (limits.maxArticleChars)',
    });
  });

  it.skipIf(process.platform !== 'linux')('closes the file when the reader stops early', async () => {
    const dir = makeTempDir();
    const line = `${JSON.stringify({ text: 'A line of text. '.repeat(20) })}\n`;
    writeFileSync(join(dir, 'big.jsonl'), line.repeat(20_000));
    const file = join(dir, 'big.jsonl');
    // Count only descriptors open on this file: other work in the test process opens and closes its own.
    const openOnFile = (): number =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`) === file;
        } catch {
          return false;
        }
      }).length;
    for await (const item of readArticles(['big.jsonl'], { ...LIMITS, cwd: dir })) {
      expect(item.kind).toBe('article');
      expect(openOnFile()).toBe(1);
      break;
    }
    // The stream closes its descriptor asynchronously after the reader stops: wait for it.
    await vi.waitFor(() => expect(openOnFile()).toBe(0), { timeout: 5000, interval: 10 });
  });
});
