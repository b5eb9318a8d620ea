/**
 * `claims run` end to end through the built binary (npm test builds dist/ first): incremental runs,
 * failures recorded as data with exit 1, usage errors with exit 2, and identical records whether the
 * stages run in worker threads or in-process.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve('dist/cli/index.js');
let dir: string;

function claims(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: resolve('.'), env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runJson(args: string[]): { status: number | null; summary: { counts: Record<string, number>; threads: number } } {
  const result = claims(['run', ...args, '--json', '--quiet']);
  return { status: result.status, summary: JSON.parse(result.stdout) as { counts: Record<string, number>; threads: number } };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claims-run-'));
  cpSync('corpus', join(dir, 'corpus'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('claims run', () => {
  it('processes the corpus, then skips it when unchanged, then redoes only a changed article', () => {
    const db = join(dir, 'a.sqlite');
    const first = runJson([join(dir, 'corpus'), '--db', db]);
    expect(first.status).toBe(0);
    expect(first.summary.counts.failed).toBe(0);
    expect(first.summary.counts.processed).toBe(first.summary.counts.read);
    expect(first.summary.counts.claims).toBeGreaterThan(10);

    const second = runJson([join(dir, 'corpus'), '--db', db]);
    expect(second.status).toBe(0);
    expect(second.summary.counts.processed).toBe(0);
    expect(second.summary.counts.unchanged).toBe(first.summary.counts.read);

    appendFileSync(join(dir, 'corpus', 'us-troops-withdrawal-iraq.txt'), '\nA spokesman said the talks would continue.');
    const third = runJson([join(dir, 'corpus'), '--db', db]);
    expect(third.summary.counts.processed).toBe(1);
    expect(third.summary.counts.unchanged).toBe(first.summary.counts.read - 1);

    const sqlite = new Database(db, { readonly: true });
    const articles = sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
    expect(articles.n).toBe(first.summary.counts.read);
    sqlite.close();

    const forced = runJson([join(dir, 'corpus'), '--db', db, '--force']);
    expect(forced.summary.counts.processed).toBe(first.summary.counts.read);
  });

  it('records bad files as errors, goes on with the rest, exits 1 and keeps what was stored', () => {
    const db = join(dir, 'b.sqlite');
    expect(runJson([join(dir, 'corpus'), '--db', db]).status).toBe(0);
    const bad = join(dir, 'bad');
    cpSync(join(dir, 'corpus'), bad, { recursive: true });
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'feed.jsonl'), '{"id":"ok-1","text":"The mayor said the bridge would reopen."}\n{not json\n{"id":"ok-2","text":"Officials said the road is closed."}\n');
    const result = runJson([bad, '--db', db]);
    expect(result.status).toBe(1);
    expect(result.summary.counts.failed).toBe(2);
    const sqlite = new Database(db, { readonly: true });
    const errors = sqlite.prepare('SELECT file, line, message FROM errors ORDER BY id').all() as { file: string; line: number | null; message: string }[];
    expect(errors.some((error) => error.file.endsWith('empty.txt') && /empty/u.test(error.message))).toBe(true);
    expect(errors.some((error) => error.file.endsWith('feed.jsonl') && error.line === 2)).toBe(true);
    const ids = (sqlite.prepare('SELECT id FROM articles').all() as { id: string }[]).map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining(['ok-1', 'ok-2']));
    sqlite.close();
  });

  it('stores identical records with worker threads and in-process', () => {
    const threaded = join(dir, 'threads.sqlite');
    const inline = join(dir, 'inline.sqlite');
    const a = runJson([join(dir, 'corpus'), '--db', threaded, '--workers', '2']);
    const b = runJson([join(dir, 'corpus'), '--db', inline, '--workers', '0']);
    expect(a.summary.threads).toBe(2);
    expect(b.summary.threads).toBe(0);
    const exportA = claims(['export', '--db', threaded, '--format', 'ndjson']).stdout;
    const exportB = claims(['export', '--db', inline, '--format', 'ndjson']).stdout;
    expect(exportA.length).toBeGreaterThan(100);
    expect(exportA).toBe(exportB);
  });

  it('gives every row the same id in every run, whatever the number of workers', () => {
    // Long articles among short ones, so that workers finish them out of the order they were read.
    const short = 'Mayor Ana Silva said the bridge would reopen in May. The Transit Authority denied that repairs were late.';
    const long = Array.from({ length: 60 }, (_, k) => `Senator Lee Park${k} warned that the budget would fail, and Dana Roe${k} of Acme Corp said prices would rise.`).join('\n\n');
    const input = join(dir, 'mixed.jsonl');
    writeFileSync(input, Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `a${i}`, text: i % 7 === 0 ? `${long}\n\nStory ${i}.` : `${short} Story ${i}.` })).join('\n'));
    const rows = (workers: string): { articles: unknown[]; entities: unknown[]; claims: unknown[] } => {
      const db = join(dir, `ids-${workers}-${Math.random()}.sqlite`);
      expect(runJson([input, '--db', db, '--workers', workers]).status).toBe(0);
      const sqlite = new Database(db, { readonly: true });
      const result = {
        articles: sqlite.prepare('SELECT id FROM articles ORDER BY rowid').all(),
        entities: sqlite.prepare('SELECT id, name, label FROM entities ORDER BY id').all(),
        claims: sqlite.prepare('SELECT id, article_id, idx, speaker_entity_id FROM claims ORDER BY id').all(),
      };
      sqlite.close();
      return result;
    };
    const first = rows('2');
    // Stored in the order read, so ids follow the input.
    expect(first.articles).toEqual(Array.from({ length: 40 }, (_, i) => ({ id: `a${i}` })));
    expect(first.entities.length).toBeGreaterThan(100);
    expect(first.claims.length).toBeGreaterThan(100);
    expect(rows('2')).toEqual(first);
    expect(rows('1')).toEqual(first);
  });

  it('fails an article too big for the worker heap alone, naming the limit, and stores the rest', () => {
    const input = join(dir, 'heap');
    cpSync(join(dir, 'corpus', 'us-troops-withdrawal-iraq.txt'), join(input, 'small.txt'));
    writeFileSync(join(input, 'huge.txt'), 'The minister said the plan would work. '.repeat(40_000));
    const config = join(dir, 'small-heap.config.json');
    writeFileSync(config, JSON.stringify({ limits: { workerHeapMb: 64 } }));
    const db = join(dir, 'heap.sqlite');
    const result = claims(['run', input, '--db', db, '--config', config, '--workers', '1', '--json', '--quiet']);
    expect(result.status).toBe(1);
    const sqlite = new Database(db, { readonly: true });
    const errors = sqlite.prepare('SELECT file, message FROM errors').all() as { file: string; message: string }[];
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toMatch(/huge\.txt$/u);
    expect(errors[0]!.message).toMatch(/limits\.workerHeapMb is 64 MB/u);
    const ids = (sqlite.prepare('SELECT id FROM articles').all() as { id: string }[]).map((row) => row.id);
    expect(ids.some((id) => id.endsWith('small'))).toBe(true);
    sqlite.close();
  });

  it('exits 2 on a missing input path and on an invalid config, naming them', () => {
    const missing = claims(['run', join(dir, 'nope'), '--db', join(dir, 'c.sqlite')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope/u);
    const config = join(dir, 'bad.config.json');
    writeFileSync(config, JSON.stringify({ concurrency: { workers: 'many' } }));
    const invalid = claims(['run', '--config', config, '--db', join(dir, 'c.sqlite')]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/concurrency\.workers/u);
  });

  it('prints the package version with --version and -V, exit 0', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const result = claims([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
  });

  it('exits 2 on a bad option value', () => {
    const result = claims(['run', '--workers', 'lots', '--db', join(dir, 'c.sqlite')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--workers/u);
  });
});
