/**
 * The PostgreSQL store against the SQLite store, side by side: the same corpus (corpus/ plus generated
 * articles) run with `claims run` into a SQLite file and into a Postgres database gives the same
 * export records byte for byte, the same lists, pages, counts, views and columns; the reader refuses
 * a store without the current schema; and the web view serves the Postgres store as it serves SQLite.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/schema.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/schema.js';
import { openReader, type StoreReader } from '../../src/store/index.js';
import { CLI, claims, claimsOk, createDatabase, dropDatabase, findPostgres, generateArticles, query, writeCorpus } from './helpers.js';

const base = await findPostgres('tests/postgres/store');

/** Tables that are SQLite's FTS5 machinery; Postgres searches with GIN indexes instead. */
const SQLITE_ONLY = /^(claims_fts|articles_fts)/u;

describe('migrations for both stores from one list', () => {
  it('ports every migration of src/store/schema.ts, in order', () => {
    expect(POSTGRES_MIGRATIONS.map((m) => [m.version, m.description])).toEqual(MIGRATIONS.map((m) => [m.version, m.description]));
    for (const migration of POSTGRES_MIGRATIONS) expect(migration.sql, `migration ${migration.version}`).not.toBeNull();
  });
});

describe.skipIf(base === null)('the PostgreSQL store beside the SQLite store', () => {
  let dir: string;
  let sqlite: string;
  let url: string;
  let pgReader: StoreReader;
  let sqliteReader: StoreReader;
  const corpus = [resolve('corpus')];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claims-pg-store-'));
    corpus.push(writeCorpus(generateArticles(150, 3, 'store')));
    sqlite = join(dir, 'claims.sqlite');
    url = await createDatabase(base!, 'claims_store');
    // In-process stages on both sides, so entities are created in the same order in both stores.
    claimsOk(['run', ...corpus, '--db', sqlite, '--workers', '0', '--quiet']);
    claimsOk(['run', ...corpus, '--db', url, '--workers', '0', '--quiet']);
    sqliteReader = openReader(sqlite);
    pgReader = openReader(url);
  }, 120_000);

  afterAll(async () => {
    sqliteReader?.close();
    pgReader?.close();
    if (url) await dropDatabase(base!, url);
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports the same claim and mention records, in the same order', () => {
    for (const format of ['ndjson', 'csv', 'json']) {
      const fromSqlite = claimsOk(['export', '--db', sqlite, '--format', format]);
      expect(fromSqlite.length).toBeGreaterThan(10_000);
      expect(claimsOk(['export', '--db', url, '--format', format]), format).toBe(fromSqlite);
    }
    expect(claimsOk(['export', '--db', url, '--entities'])).toBe(claimsOk(['export', '--db', sqlite, '--entities']));
  });

  it('answers list, show, entities and stats as the SQLite store does', () => {
    const same = (args: string[]): void => {
      const fromSqlite = claims([...args, '--db', sqlite]);
      const fromPg = claims([...args, '--db', url]);
      expect(fromPg.status, args.join(' ')).toBe(fromSqlite.status);
      expect(fromPg.stdout, args.join(' ')).toBe(fromSqlite.stdout);
    };
    same(['list', '--json']);
    same(['list', '--speaker', 'maria', '--json']);
    same(['list', '--act', 'denial', '--kind', 'indirect', '--json']);
    same(['list', '--since', '2024-03', '--until', '2024-06-15', '--json']);
    same(['list', '--entity', 'Paris', '--json']);
    same(['list', '--search', 'bridges reopening', '--json']);
    same(['list', '--article-search', 'ceasefire holding', '--json']);
    same(['list', '--search', '!!!', '--json']);
    same(['show', 'corpus/us-troops-withdrawal-iraq']);
    same(['list', '--about', 'Maria Lopez', '--json']);
    same(['entities', '--json']);
    same(['entities', '--label', 'PERSON', '--search', 'an', '--json']);
    const statsOf = (db: string): unknown => {
      const stats = JSON.parse(claimsOk(['stats', '--db', db, '--json'])) as { lastRun: Record<string, unknown> };
      return { ...stats, lastRun: { ...stats.lastRun, startedAt: null, finishedAt: null } };
    };
    expect(statsOf(url)).toEqual(statsOf(sqlite));
  });

  it('pages claims, articles and entities with the same cursors, and counts entity days alike', () => {
    const walk = <T, C>(page: (after: C | undefined) => { items: T[]; next: C | null }): T[] => {
      const items: T[] = [];
      let after: C | undefined;
      for (;;) {
        const result = page(after);
        items.push(...result.items);
        if (result.next === null) return items;
        after = result.next;
      }
    };
    const claimPages = (reader: StoreReader) => walk((after) => reader.listClaimPage({ after: after ?? undefined }, 37));
    expect(claimPages(pgReader)).toEqual(claimPages(sqliteReader));
    const articlePages = (reader: StoreReader) => walk((after) => reader.listArticlePage({ after: after ?? undefined, since: '2024-02' }, 11));
    expect(articlePages(pgReader)).toEqual(articlePages(sqliteReader));
    const entityPages = (reader: StoreReader) => walk((after) => reader.listEntityPage({}, 9, after ?? undefined));
    expect(entityPages(pgReader)).toEqual(entityPages(sqliteReader));
    for (const name of ['maria lopez', 'Paris', 'United States', 'nobody at all']) {
      expect(pgReader.findEntities(name), name).toEqual(sqliteReader.findEntities(name));
      expect(pgReader.entityDays(name), name).toEqual(sqliteReader.entityDays(name));
    }
    expect(pgReader.listArticleIds({ since: '2024-05', until: '2024-08' })).toEqual(sqliteReader.listArticleIds({ since: '2024-05', until: '2024-08' }));
    expect({ ...pgReader.getArticle('store-00007'), processedAt: null }).toEqual({ ...sqliteReader.getArticle('store-00007'), processedAt: null });
    expect(pgReader.snapshot(() => pgReader.listClaims({ article: 'store-00007' }))).toEqual(sqliteReader.listClaims({ article: 'store-00007' }));
  });

  it('finds the same articles by full-text search (stemmed; snippets are each engine\u2019s own)', () => {
    for (const search of ['ceasefire', 'bridge reopen', 'Nairobi prices', 'Iraq']) {
      const ids = (reader: StoreReader) => reader.listArticlePage({ search }, 500).items.map((item) => item.id);
      expect(ids(pgReader), search).toEqual(ids(sqliteReader));
      const snippet = pgReader.listArticlePage({ search }, 1).items[0]?.snippet ?? '';
      expect(snippet, search).toContain('\uE000');
    }
  });

  it('has the same tables and views with the same columns, and the views hold the same rows', async () => {
    const db = new Database(sqlite, { readonly: true });
    try {
      const objects = db.prepare("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").all() as { name: string; type: string }[];
      const kept = objects.filter((o) => !SQLITE_ONLY.test(o.name) && !o.name.startsWith('sqlite_'));
      const pgColumns = await query<{ table_name: string; column_name: string }>(
        url,
        `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()
         ORDER BY table_name, ordinal_position`,
      );
      for (const object of kept) {
        const sqliteNames = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(object.name) as { name: string }[]).map((c) => c.name);
        const pgNames = pgColumns.filter((c) => c.table_name === object.name).map((c) => c.column_name);
        expect(pgNames, `${object.type} ${object.name}`).toEqual(sqliteNames);
      }
      for (const [view, order] of [
        ['v_claims', 'claim_id'],
        ['v_speaker_daily', 'day, speaker_entity, speaker_type'],
        ['v_entity_mentions_daily', 'day, entity, label'],
        ['v_entity_aliases', 'entity, label, alias'],
      ] as const) {
        const fromSqlite = (db.prepare(`SELECT * FROM ${view} ORDER BY ${order}`).all() as Record<string, unknown>[]).map((row) =>
          view === 'v_claims' ? { ...row, quotes: JSON.parse(row.quotes as string) } : row,
        );
        const fromPg = (await query<Record<string, unknown>>(url, `SELECT * FROM ${view} ORDER BY ${order}`)).map((row) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' && /^(claims|mentions|articles)$/u.test(key) ? Number(value) : value])),
        );
        expect(fromSqlite.length, view).toBeGreaterThan(20);
        expect(fromPg, view).toEqual(fromSqlite);
      }
    } finally {
      db.close();
    }
  });

  it('skips every article on a second run (incremental), and refuses stores it cannot read', async () => {
    const again = JSON.parse(claimsOk(['run', ...corpus, '--db', url, '--workers', '0', '--json', '--quiet'])) as {
      counts: { processed: number; unchanged: number; read: number };
      database: string;
    };
    expect(again.counts.processed).toBe(0);
    expect(again.counts.unchanged).toBe(again.counts.read);

    const empty = await createDatabase(base!, 'claims_empty');
    try {
      const result = claims(['stats', '--db', empty]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/not a news-claims database/u);
    } finally {
      await dropDatabase(base!, empty);
    }
    const unreachable = claims(['stats', '--db', 'postgres://nobody:secret@127.0.0.1:1/none']);
    expect(unreachable.status).toBe(2);
    expect(unreachable.stderr).toMatch(/cannot connect to postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/u);
    expect(unreachable.stderr).not.toContain('secret');
  });

  it('marks interrupted a run left running by a process of this host that is gone', async () => {
    const killed = await createDatabase(base!, 'claims_killed');
    try {
      claimsOk(['run', resolve('corpus'), '--db', killed, '--workers', '0', '--quiet']);
      const gone = spawnSync(process.execPath, ['-e', '']).pid!; // exited: its id names no process now
      await query(killed, "INSERT INTO runs (started_at, status, config_hash, extractor_version, inputs, pid, host) VALUES ($1, 'running', 'c', 'v', '[]', $2, $3)", ['2026-01-01T00:00:00.000Z', gone, hostname()]);
      claimsOk(['run', resolve('corpus'), '--db', killed, '--workers', '0', '--quiet']);
      const runs = await query<{ status: string; pid: number | null; host: string | null }>(killed, 'SELECT status, pid, host FROM runs ORDER BY id');
      expect(runs.map((run) => run.status)).toEqual(['ok', 'interrupted', 'ok']);
      expect(runs[2]!.host).toBe(hostname());
      expect(runs[2]!.pid).toBeGreaterThan(0);
    } finally {
      await dropDatabase(base!, killed);
    }
  });

  it('serves the web view from the Postgres store with the same JSON as from SQLite', async () => {
    const serve = async (db: string, paths: string[]): Promise<unknown[]> => {
      const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
      try {
        const address = await new Promise<string>((resolveUrl, reject) => {
          let stderr = '';
          child.stderr!.on('data', (chunk: Buffer) => {
            stderr += chunk.toString();
            const match = /at (http:\/\/\S+)/u.exec(stderr);
            if (match) resolveUrl(match[1]!);
          });
          child.on('exit', (code) => reject(new Error(`claims serve exited ${code}: ${stderr}`)));
        });
        const bodies: unknown[] = [];
        for (const path of paths) {
          const response = await fetch(`${address.replace(/\/$/u, '')}${path}`);
          expect(response.status, path).toBe(200);
          bodies.push(path.endsWith('.json') ? await response.json() : (await response.text()).length > 0);
        }
        return bodies;
      } finally {
        child.kill('SIGTERM');
      }
    };
    const paths = [
      '/claims.json?limit=20',
      '/claims.json?speaker=maria&limit=500',
      '/articles.json?limit=30',
      '/entities.json?limit=40',
      '/articles/store-00002/data.json',
      '/entities/Paris/data.json',
      '/overview.json',
      '/',
      '/claims',
      '/articles/corpus%2Fus-troops-withdrawal-iraq',
      '/entities/Maria%20Lopez',
    ];
    const fromPg = await serve(url, paths);
    const fromSqlite = await serve(sqlite, paths);
    // What differs by nature: when each store was written, and which run was its last (the Postgres
    // store has had a second, incremental run by now).
    const withoutRunTimes = (body: unknown): unknown =>
      JSON.parse(JSON.stringify(body), (key, value: unknown) => (key === 'lastRun' || key === 'processedAt' ? null : value));
    expect(fromPg.map(withoutRunTimes)).toEqual(fromSqlite.map(withoutRunTimes));
  }, 60_000);
});
