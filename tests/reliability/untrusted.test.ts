/**
 * Untrusted text end to end: hostile articles (script tags, attribute injection, javascript: URLs,
 * SQL in ids and text) go through the real `claims run`, then the real `claims serve` and the CLI's
 * filters read them back. Complements tests/serve (which drives the server in-process with
 * hand-built records): here the spans come from the real stages and the server is the binary as
 * users start it — on 127.0.0.1 unless told otherwise, with bounded pages and requests.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimFilter } from '../../src/store/index.js';
import { openReader } from '../../src/store/index.js';
import { startClaims as startRunClaims, claims as runClaims, FIXTURES, makeTempDir, openDb, removeDir, snapshotCli, waitUntil, writeConfig, writeGeneratedCorpus, type RunningCli } from './helpers.js';

/** Markup that must never reach a page as markup. */
const LIVE_MARKUP = /<script>alert|<img src=x|<svg onload|<b onmouseover|onmouseover="alert|href="javascript:|src="javascript:/iu;
let dir: string;
let cli: string;
let dbPath: string;
let serve: RunningCli;
let base: string;
let port: number;

const claims = (args: string[]): ReturnType<typeof runClaims> => runClaims(args, { cli });

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the target sent as given. */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, portNumber: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port: portNumber });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function counts(): { articles: number; claims: number; mentions: number; entities: number } {
  const db = openDb(dbPath);
  return db
    .prepare('SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM entities) AS entities')
    .get() as { articles: number; claims: number; mentions: number; entities: number };
}

beforeAll(async () => {
  dir = makeTempDir('untrusted-');
  cli = snapshotCli(dir);
  dbPath = join(dir, 'claims.sqlite');
  const corpus = join(dir, 'generated.jsonl');
  writeGeneratedCorpus(corpus, 120);
  const config = writeConfig(dir);
  const run = claims(['run', join(FIXTURES, 'untrusted'), corpus, '--db', dbPath, '--config', config, '--quiet']);
  if (run.status !== 0) throw new Error(`claims run failed: ${run.stderr}`);
  serve = startRunClaims(['serve', '--db', dbPath, '--port', '0'], { cli, insideTest: false });
  await waitUntil(() => /serving .* at http:\/\/\S+\//u.test(serve.stderr()), 30_000, 'claims serve to print its address');
  base = /at (http:\/\/\S+)\//u.exec(serve.stderr())![1]!;
  port = Number(new URL(base).port);
});
afterAll(async () => {
  if (serve) {
    serve.child.kill('SIGTERM');
    await serve.done;
  }
  removeDir(dir);
});

describe('claims serve, as started by users', () => {
  it('listens on 127.0.0.1 by default and on no other address of the machine', async () => {
    expect(new URL(base).hostname).toBe('127.0.0.1');
    expect(serve.stderr()).not.toMatch(/warning: listening beyond this machine/u);
    expect(await accepts('127.0.0.1', port)).toBe(true);
    const outside = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined && !address.internal && address.family === 'IPv4')
      .map((address) => address!.address);
    for (const address of outside) expect(await accepts(address, port), address).toBe(false);
  });

  it('renders hostile titles, text, sources, urls, ids and spans from real runs as text, never as markup', async () => {
    const db = openDb(dbPath);
    const ids = (db.prepare("SELECT id FROM articles WHERE id NOT LIKE 'gen-%'").all() as { id: string }[]).map((row) => row.id);
    expect(ids).toHaveLength(3);
    const paths = [
      '/',
      '/claims',
      '/articles',
      '/entities',
      '/claims?search=script',
      `/claims?${new URLSearchParams({ speaker: '<script>' })}`,
      `/articles?${new URLSearchParams({ search: 'alert' })}`,
      ...ids.map((id) => `/articles/${encodeURIComponent(id)}`),
    ];
    for (const path of paths) {
      const response = await raw(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).toContain('text/html');
      expect(response.headers['content-security-policy'], path).toContain("script-src 'self'");
      expect(response.body, path).not.toMatch(LIVE_MARKUP);
    }
    const page = (await raw(`/articles/${encodeURIComponent('hostile-1')}`)).body;
    expect(page).toContain('&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;');
    expect(page).toContain('javascript:alert(&#39;url&#39;)'); // shown, not linked
    // The only scripts on any page are the app's own file.
    for (const tag of page.match(/<script\b[^>]*>/giu) ?? []) expect(tag).toMatch(/^<script src="\/assets\/app\.js"( defer)?>$/u);
  });

  it('serves the raw strings as JSON and CSV that browsers will not sniff as HTML', async () => {
    for (const path of ['/claims.json?article=hostile-1', '/claims.csv?article=hostile-1', '/articles/hostile-1/data.json']) {
      const response = await raw(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).not.toContain('text/html');
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      expect(response.body, path).toContain("alert('quote')");
    }
  });

  it('bounds page sizes: 50 by default, at most 500, and a larger limit is a 400', async () => {
    for (const list of ['/claims.json', '/articles.json', '/entities.json']) {
      const first = JSON.parse((await raw(list)).body) as { items: unknown[] };
      expect(first.items.length, list).toBeLessThanOrEqual(50);
      const largest = await raw(`${list}?limit=500`);
      expect(largest.status, list).toBe(200);
      expect((JSON.parse(largest.body) as { items: unknown[] }).items.length, list).toBeLessThanOrEqual(500);
      expect((await raw(`${list}?limit=501`)).status, list).toBe(400);
    }
    const claimsPage = JSON.parse((await raw('/claims.json?limit=500')).body) as { items: unknown[]; next_cursor: string | null };
    expect(claimsPage.items).toHaveLength(500); // there are more than 500 claims, so the cap is what stopped it
    expect(claimsPage.next_cursor).not.toBeNull();
  });

  it('bounds requests: bodies, long addresses and large headers are refused, writes are not allowed', async () => {
    expect((await raw('/claims', { method: 'POST', body: 'x'.repeat(1024 * 1024), headers: { 'content-type': 'text/plain' } })).status).toBe(405);
    expect((await raw('/claims', { body: 'x'.repeat(1000), headers: { 'content-type': 'text/plain', 'content-length': '1000' } })).status).toBe(413);
    expect((await raw(`/claims?search=${'a'.repeat(5000)}`)).status).toBe(414);
    expect((await raw('/claims', { headers: { 'x-filler': 'y'.repeat(20_000) } })).status).toBe(431);
    expect((await raw('/claims.json', { headers: { host: `attacker.example:${port}` } })).status).toBe(421);
  });
});

describe('SQL and quotes in every filter', () => {
  const payloads = [
    "' OR '1'='1", '"; DROP TABLE claims; --', "x' UNION SELECT name, sql, 1, 1 FROM sqlite_master --", '%', '_', ') OR 1=1 --',
    '* OR content_text:*', 'NEAR(a b)', '"', "'", '\\', '\u0000', '<script>', 'a'.repeat(1000),
  ];
  /** Options that search words (full text): the hostile articles do contain "DROP TABLE claims" and "script". */
  const FULL_TEXT = new Set(['search', 'articleSearch']);

  it('every store query a command or page can make returns matching rows only and never an SQL error', () => {
    const reader = openReader(dbPath);
    try {
      const total = counts().claims;
      const claimFields = ['speaker', 'entity', 'act', 'kind', 'article', 'since', 'until', 'search', 'articleSearch', 'speakerEntity', 'about'] as const;
      for (const payload of payloads) {
        for (const field of claimFields) {
          const filter = { [field]: payload } as ClaimFilter;
          const rows = reader.listClaims(filter);
          const what = `${field}=${JSON.stringify(payload.slice(0, 40))}`;
          if (FULL_TEXT.has(field)) expect(rows.length, what).toBeLessThan(10);
          else if (field !== 'since' && field !== 'until') expect(rows, what).toEqual([]); // '%' and '_' are characters, not wildcards
          expect(reader.listClaimPage(filter, 500).items.length, what).toBeLessThan(total);
          expect([...reader.iterateClaims(filter)].length, what).toBe(rows.length);
        }
        for (const field of ['search', 'source', 'since', 'until'] as const) {
          expect(reader.listArticlePage({ [field]: payload }, 500).items.length, field).toBeLessThan(counts().articles);
        }
        expect(reader.listEntities({ search: payload })).toEqual([]);
        expect(reader.listEntityPage({ search: payload }, 500).items).toEqual([]);
        expect(reader.findEntities(payload)).toEqual([]);
        expect(reader.entityDays(payload)).toEqual([]);
        expect(reader.getArticle(payload)).toBeNull();
        expect([...reader.iterateMentions({ article: payload })]).toEqual([]);
        expect([...reader.iterateMentions({ entity: payload })]).toEqual([]);
        expect(reader.listArticleIds({ article: payload })).toEqual([]);
      }
    } finally {
      reader.close();
    }
  });

  it('claims list, export and entities take them as plain values and leave the database as it was', () => {
    const before = counts();
    const injection = "' OR '1'='1";
    const runs: string[][] = [
      ['list', '--speaker', injection, '--json'],
      ['list', '--entity', '"; DROP TABLE claims; --', '--act', injection, '--article', '%', '--json'],
      ['list', '--search', '* OR content_text:*', '--article-search', 'NEAR(a b)', '--json'],
      ['export', '--speaker', injection, '--format', 'ndjson'],
      ['export', '--entities', '--article', injection, '--format', 'ndjson'],
      ['entities', '--search', injection, '--json'],
    ];
    for (const args of runs) {
      const result = claims([...args, '--db', dbPath]);
      const what = args.join(' ');
      expect(result.status, `${what}: ${result.stderr}`).toBe(0);
      expect(result.stderr, what).not.toMatch(/\n\s+at |SqliteError|SQLITE_/u);
      const rows = args[0] === 'export' ? result.stdout.split('\n').filter((line) => line !== '') : (JSON.parse(result.stdout) as unknown[]);
      expect(rows, what).toEqual([]);
    }
    expect(counts()).toEqual(before);
  });
});
