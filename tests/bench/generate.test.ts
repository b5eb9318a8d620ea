/** The benchmark's corpus generator: same seed, same articles; sizes as asked; JSONL ingest reads. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles, readParagraphPool, utf8Bytes, writeJsonl, type ParagraphPool } from '../../src/bench/generate.js';
import { createRandom } from '../../src/bench/prng.js';
import { readArticles } from '../../src/stages/ingest/index.js';

let dir: string;
let pool: ParagraphPool;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bench-generate-'));
  pool = await readParagraphPool(['corpus']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('readParagraphPool', () => {
  it('reads every corpus format through ingest and leaves title lines out', () => {
    // corpus/ has .txt, .md and .jsonl articles; each contributes paragraphs and a title.
    expect(pool.titles).toContain('US Troops Withdrawal from Iraq: Rising Tensions and Demands');
    expect(pool.titles).toContain('Freight Rail Workers Reach Tentative Deal, Averting Strike');
    expect(pool.paragraphs.some((p) => p.startsWith('Councillors in the river town of Wexley'))).toBe(true);
    expect(pool.paragraphs).not.toContain('US Troops Withdrawal from Iraq: Rising Tensions and Demands');
    for (const paragraph of pool.paragraphs) expect(paragraph).toBe(paragraph.trim());
  });
});

describe('generateArticles', () => {
  it('is deterministic: the same seed gives byte-identical JSONL, another seed does not', async () => {
    const a = await writeJsonl(join(dir, 'a.jsonl'), generateArticles(pool, { count: 50, seed: 3 }));
    const b = await writeJsonl(join(dir, 'b.jsonl'), generateArticles(pool, { count: 50, seed: 3 }));
    const c = await writeJsonl(join(dir, 'c.jsonl'), generateArticles(pool, { count: 50, seed: 4 }));
    expect(readFileSync(a.path, 'utf8')).toBe(readFileSync(b.path, 'utf8'));
    expect(readFileSync(c.path, 'utf8')).not.toBe(readFileSync(a.path, 'utf8'));
    expect(a).toMatchObject({ articles: 50, fileBytes: readFileSync(a.path).length });
  });

  it('makes unique ids, paragraphs from the pool and dates in 2024', () => {
    const records = [...generateArticles(pool, { count: 20, seed: 1, paragraphs: [2, 3] })];
    expect(new Set(records.map((r) => r.id)).size).toBe(20);
    expect(records[0]!.id).toBe('bench-1-000001');
    for (const record of records) {
      const parts = record.text.split('\n\n');
      expect(parts.length).toBeGreaterThanOrEqual(2);
      expect(parts.length).toBeLessThanOrEqual(3);
      for (const part of parts) expect(pool.paragraphs).toContain(part);
      expect(record.published_at).toMatch(/^2024-\d\d-\d\d$|^2025-01-0\d$/u);
    }
  });

  it('makes texts of the asked size in UTF-8 bytes, cut at a word boundary', () => {
    for (const targetBytes of [1024, 10_240, 102_400]) {
      const [record] = [...generateArticles(pool, { count: 1, seed: 9, targetBytes })];
      const bytes = utf8Bytes(record!.text);
      expect(bytes).toBeLessThanOrEqual(targetBytes);
      expect(bytes).toBeGreaterThan(targetBytes * 0.9);
      expect(record!.text).toBe(record!.text.trimEnd());
    }
  });

  it('writes JSONL that the ingest stage reads back article for article', async () => {
    const written = await writeJsonl(join(dir, 'read.jsonl'), generateArticles(pool, { count: 30, seed: 5 }));
    const expected = [...generateArticles(pool, { count: 30, seed: 5 })];
    const read: { id: string; text: string; title: string | null }[] = [];
    for await (const item of readArticles([written.path], { maxFileBytes: 1e9, maxArticleChars: 1e9 })) {
      if (item.kind === 'error') throw new Error(item.message);
      read.push(item.article);
    }
    expect(read.map((a) => [a.id, a.title, a.text])).toEqual(expected.map((r) => [r.id, r.title, r.text]));
    expect(written.textBytes).toBe(expected.reduce((sum, r) => sum + utf8Bytes(r.text), 0));
  });
});
