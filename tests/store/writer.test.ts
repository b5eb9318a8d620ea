import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openReader, openWriter, SCHEMA_VERSION, type StoreWriter } from '../../src/store/index.js';
import { RUN_HOST } from '../../src/store/liveness.js';
import { militiaArticle, ministerArticle, tempDir, ZERO_COUNTS } from './fixtures.js';

let dir: string;
let cleanup: () => void;
let dbPath: string;
let writer: StoreWriter;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  dbPath = join(dir, 'nested', 'claims.sqlite');
  writer = openWriter(dbPath);
});
afterEach(() => {
  writer.close();
  cleanup();
});

/** A separate raw connection, to check rows the way a third party would see them. */
function inspect<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Article ids of the claims whose content matches `query` in claims_fts, in order. */
function searchClaims(query: string): string[] {
  return inspect<{ article_id: string }>(
    'SELECT c.article_id FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid WHERE claims_fts MATCH ? ORDER BY c.article_id',
    query,
  ).map((row) => row.article_id);
}

/** Throws unless both full-text indexes agree with the rows they index (FTS5's integrity-check). */
function checkSearchIndexes(): void {
  const db = new Database(dbPath);
  try {
    db.exec("INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)");
    db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
  } finally {
    db.close();
  }
}

describe('openWriter', () => {
  it('creates the file and its folder, migrated, in WAL mode', () => {
    expect(existsSync(dbPath)).toBe(true);
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('reopens an existing database without re-running migrations', () => {
    const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] });
    writer.writeBatch(runId, [ministerArticle()]);
    writer.close();
    writer = openWriter(dbPath);
    expect(writer.getArticleState('a1')).toEqual({ contentHash: 'hash-a1', extractorVersion: 'test-1' });
  });
});

describe('beginRun', () => {
  it('records its process and host, and marks interrupted the runs of this host whose process is gone', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid!; // exited: its id names no process now
    const db = new Database(dbPath);
    const insert = db.prepare("INSERT INTO runs (started_at, status, config_hash, extractor_version, inputs, pid, host) VALUES ('2026-01-01T00:00:00.000Z', 'running', 'c', 'v', '[]', ?, ?)");
    insert.run(gone, RUN_HOST); // killed outright on this host
    insert.run(process.ppid, RUN_HOST); // still running on this host
    insert.run(gone, 'another-host'); // a process id of another host says nothing here
    db.prepare("INSERT INTO runs (started_at, status, config_hash, extractor_version, inputs) VALUES ('2026-01-01T00:00:00.000Z', 'running', 'c', 'v', '[]')").run(); // before schema 6
    db.close();

    const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] });
    expect(inspect<{ id: number; status: string; finished_at: string | null }>('SELECT id, status, finished_at FROM runs ORDER BY id')).toEqual([
      { id: 1, status: 'interrupted', finished_at: null },
      { id: 2, status: 'running', finished_at: null },
      { id: 3, status: 'running', finished_at: null },
      { id: 4, status: 'running', finished_at: null },
      { id: runId, status: 'running', finished_at: null },
    ]);
    expect(inspect('SELECT pid, host FROM runs WHERE id = ?', runId)).toEqual([{ pid: process.pid, host: RUN_HOST }]);
  });
});

describe('writeBatch', () => {
  it('stores the article, its paragraphs, sentences, mentions, claims and messages', () => {
    const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: ['corpus'] });
    expect(writer.writeBatch(runId, [ministerArticle(), militiaArticle()])).toEqual([]);
    const articles = inspect<{ id: string; run_id: number; published_at: string; title_end: number }>(
      'SELECT id, run_id, published_at, title_end FROM articles ORDER BY id',
    );
    expect(articles).toEqual([
      { id: 'a1', run_id: runId, published_at: '2024-03-15T09:30:00Z', title_end: 31 },
      { id: 'b1', run_id: runId, published_at: '2023-11-02', title_end: 26 },
    ]);
    const count = (table: string) => inspect<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)[0]!.n;
    expect(count('paragraphs')).toBe(4);
    expect(count('sentences')).toBe(4);
    expect(count('mentions')).toBe(6);
    expect(count('claims')).toBe(4);
    expect(count('messages')).toBe(2);
    const claim = inspect<Record<string, unknown>>(
      `SELECT c.idx, c.content_text, c.quotes, c.kind, c.channel_text, s.name AS speaker, t.name AS target, t.label AS target_label
       FROM claims c LEFT JOIN entities s ON s.id = c.speaker_entity_id LEFT JOIN entities t ON t.id = c.target_entity_id
       WHERE c.article_id = 'a1' AND c.idx = 0`,
    )[0];
    expect(claim).toEqual({
      idx: 0,
      content_text: 'talks with Acme Corp would resume',
      quotes: '[]',
      kind: 'indirect',
      channel_text: null,
      speaker: 'Jane Doe',
      target: 'Acme Corporation',
      target_label: 'ORG', // taken from the article's mention of the same canonical name
    });
  });

  it('shares one entity row across articles and labels', () => {
    const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] });
    writer.writeBatch(runId, [ministerArticle('a1'), ministerArticle('a2')]);
    const entities = inspect<{ name: string; label: string }>('SELECT name, label FROM entities ORDER BY name');
    expect(entities).toEqual([
      { name: 'Acme Corporation', label: 'ORG' },
      { name: 'Jane Doe', label: 'PERSON' },
      { name: 'Monday', label: 'DATE' },
    ]);
  });

  it('stores a target nobody mentions under the UNKNOWN label', () => {
    const records = militiaArticle();
    records.claims[0]!.target!.entity = 'Government of Iraq';
    writer.writeBatch(writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] }), [records]);
    expect(inspect('SELECT label FROM entities WHERE name = ?', 'Government of Iraq')).toEqual([{ label: 'UNKNOWN' }]);
  });

  it('replaces an article written again instead of duplicating it', () => {
    const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] });
    writer.writeBatch(runId, [ministerArticle()]);
    const changed = ministerArticle();
    changed.contentHash = 'hash-2';
    changed.claims = changed.claims.slice(2);
    writer.writeBatch(runId, [changed]);
    expect(inspect('SELECT id, content_hash FROM articles')).toEqual([{ id: 'a1', content_hash: 'hash-2' }]);
    expect(inspect('SELECT idx, act FROM claims')).toEqual([{ idx: 0, act: 'denial' }]);
    expect(inspect<{ n: number }>('SELECT count(*) AS n FROM mentions')[0]!.n).toBe(4);
    // The deleted claims are gone from the search index too.
    expect(inspect("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'resume'")).toEqual([]);
    expect(inspect("SELECT count(*) AS n FROM claims_fts WHERE claims_fts MATCH 'report'")).toEqual([{ n: 1 }]);
  });

  it('rolls back only the failing article and keeps its previous version', () => {
    const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] });
    writer.writeBatch(runId, [ministerArticle()]);

    const drifted = ministerArticle();
    drifted.contentHash = 'hash-drifted';
    drifted.claims[1]!.cue!.start += 1; // offsets no longer cover the cue text
    const badKind = militiaArticle('c1');
    (badKind.claims[0] as { kind: string }).kind = 'rumour'; // rejected by the CHECK after the article row went in
    const failures = writer.writeBatch(runId, [drifted, militiaArticle(), badKind]);

    expect(failures.map((f) => f.articleId)).toEqual(['a1', 'c1']);
    expect(failures[0]!.message).toMatch(/claim 1 cue: text "told" does not match/);
    expect(failures[1]!.message).toMatch(/CHECK constraint/);
    expect(inspect('SELECT id, content_hash FROM articles ORDER BY id')).toEqual([
      { id: 'a1', content_hash: 'hash-a1' },
      { id: 'b1', content_hash: 'hash-b1' },
    ]);
    expect(inspect("SELECT count(*) AS n FROM claims WHERE article_id = 'a1'")).toEqual([{ n: 3 }]);
    expect(inspect("SELECT count(*) AS n FROM paragraphs WHERE article_id = 'c1'")).toEqual([{ n: 0 }]);
    // The search indexes hold exactly what is stored: a1's first version and b1, not c1.
    expect(searchClaims('betrayal')).toEqual(['b1']);
    expect(searchClaims('resume')).toEqual(['a1']);
    expect(inspect('SELECT article_id FROM articles_fts_keys ORDER BY article_id')).toEqual([{ article_id: 'a1' }, { article_id: 'b1' }]);
    checkSearchIndexes();
  });

  it('links an article to entities made again after a failed article made them first, in one batch', () => {
    const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] });
    const badKind = militiaArticle('c1');
    (badKind.claims[0] as { kind: string }).kind = 'rumour'; // fails after its mentions made the entities
    const failures = writer.writeBatch(runId, [badKind, militiaArticle('b1')]);
    expect(failures.map((f) => f.articleId)).toEqual(['c1']);
    const linked = inspect<{ n: number }>(
      "SELECT count(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = 'b1'",
    )[0]!.n;
    expect(linked).toBe(militiaArticle('b1').mentions.length);
    expect(inspect<{ n: number }>('SELECT count(*) AS n FROM entities')[0]!.n).toBe(new Set(militiaArticle('b1').mentions.map((m) => m.canonical)).size);
  });

  it('indexes an article written twice in one batch once, as its last version', () => {
    const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] });
    const changed = ministerArticle();
    changed.contentHash = 'hash-2';
    changed.claims = changed.claims.slice(2);
    expect(writer.writeBatch(runId, [ministerArticle(), militiaArticle(), changed])).toEqual([]);
    expect(searchClaims('resume')).toEqual([]);
    expect(searchClaims('report')).toEqual(['a1']);
    expect(inspect("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'acme'")).toEqual([{ n: 1 }]);
    checkSearchIndexes();
  });

  it('rejects spans outside the text', () => {
    const records = ministerArticle();
    records.sentences[0]!.end = records.article.text.length + 5;
    const [failure] = writer.writeBatch(writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] }), [records]);
    expect(failure?.message).toMatch(/sentence 0: span \[0, \d+\) is outside the article text/);
  });
});

describe('runs and errors', () => {
  it('records a run, its errors and its end', () => {
    const runId = writer.beginRun({ configHash: 'cfg', extractorVersion: 'x1', inputs: ['corpus', 'more'] });
    writer.recordError({ runId, file: 'corpus/bad.jsonl', line: 3, articleId: null, stage: 'ingest', message: 'not JSON' });
    writer.finishRun(runId, { ...ZERO_COUNTS, read: 4, failed: 1 }, { ingest: 12.5 }, 'ok');
    const [run] = inspect<Record<string, unknown>>('SELECT * FROM runs');
    expect(run).toMatchObject({
      id: runId, status: 'ok', config_hash: 'cfg', extractor_version: 'x1',
      inputs: '["corpus","more"]', read_count: 4, failed_count: 1, timings: '{"ingest":12.5}',
    });
    expect(run!.finished_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(inspect('SELECT run_id, file, line, stage, message FROM errors')).toEqual([
      { run_id: runId, file: 'corpus/bad.jsonl', line: 3, stage: 'ingest', message: 'not JSON' },
    ]);
  });

  it('prunes entities nothing refers to when a run finishes', () => {
    const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] });
    writer.writeBatch(runId, [militiaArticle()]);
    const replaced = militiaArticle();
    replaced.mentions = replaced.mentions.slice(0, 1); // Baghdad no longer mentioned
    writer.writeBatch(runId, [replaced]);
    expect(inspect('SELECT name FROM entities ORDER BY name')).toHaveLength(2);
    writer.finishRun(runId, ZERO_COUNTS, {}, 'ok');
    expect(inspect('SELECT name FROM entities ORDER BY name')).toEqual([{ name: 'Kataeb Hezbollah' }]);
  });

  it('notes the ids each run reads and names where an id was first read when it comes again', () => {
    const first = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] });
    expect(writer.noteArticleRead(first, 'a1', { file: 'in.jsonl', line: 1 })).toBeNull();
    expect(writer.noteArticleRead(first, 'a2', { file: 'a2.txt', line: null })).toBeNull();
    expect(writer.noteArticleRead(first, 'a1', { file: 'more.jsonl', line: 7 })).toEqual({ file: 'in.jsonl', line: 1 });
    expect(writer.noteArticleRead(first, 'a2', { file: 'in.jsonl', line: 2 })).toEqual({ file: 'a2.txt', line: null });
    // Another run has its own ids; a finished run's ids are forgotten.
    const second = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] });
    expect(writer.noteArticleRead(second, 'a1', { file: 'in.jsonl', line: 1 })).toBeNull();
    writer.finishRun(first, ZERO_COUNTS, {}, 'ok');
    expect(writer.noteArticleRead(first, 'a1', { file: 'in.jsonl', line: 1 })).toBeNull();
    // Nothing of it is in the database file: the ids live in a temp table of the writer's connection.
    expect(inspect("SELECT name FROM sqlite_master WHERE name = 'read_ids'")).toEqual([]);
  });

  it('lets a reader read while the writer is open', () => {
    writer.writeBatch(writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] }), [ministerArticle()]);
    const reader = openReader(dbPath);
    try {
      expect(reader.stats().claims).toBe(3);
    } finally {
      reader.close();
    }
  });
});
