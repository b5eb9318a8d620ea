/**
 * Shared by the PostgreSQL tests: finding the server, a fresh database per test file, running the
 * built CLI, and a generated corpus of short articles.
 *
 * The server comes from DATABASE_URL (.ci/run starts one with .ci/postgres and exports it). Without
 * it, or when the server does not answer, the tests skip with a message, so `npm test` stays green on
 * a machine without PostgreSQL; with CLAIMS_REQUIRE_POSTGRES=1 (set by .ci/run) they fail instead,
 * so CI can never skip them silently.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

export const CLI = resolve('dist/cli/index.js');

/** The server's URL, or null (with the reason printed once) when the tests must skip. */
export async function findPostgres(suite: string): Promise<string | null> {
  const url = process.env.DATABASE_URL;
  const required = process.env.CLAIMS_REQUIRE_POSTGRES === '1';
  let reason: string | null = null;
  if (url === undefined || url.trim() === '') {
    reason = 'DATABASE_URL is not set (`export DATABASE_URL="$(.ci/postgres)"` starts a local server)';
  } else {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (error) {
      reason = `cannot connect to DATABASE_URL: ${(error as Error).message}`;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  if (reason === null) return url!;
  if (required) throw new Error(`${suite}: CLAIMS_REQUIRE_POSTGRES=1 but ${reason}`);
  process.stderr.write(`${suite}: PostgreSQL tests skipped: ${reason}\n`);
  return null;
}

/** `base` with its database name replaced. */
export function withDatabase(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates an empty database with a unique name and returns its URL; drop it with dropDatabase. */
export async function createDatabase(base: string, prefix: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  await adminQuery(base, `CREATE DATABASE ${name}`);
  return withDatabase(base, name);
}

/** Drops a database made by createDatabase, ending connections left to it. */
export async function dropDatabase(base: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

async function adminQuery(base: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs one query against `url` and returns the rows. */
export async function query<T = Record<string, unknown>>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The result of a CLI run. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI and waits for it. */
export function claims(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the built CLI and throws with its stderr unless it exits 0; returns stdout. */
export function claimsOk(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = claims(args, env);
  if (result.status !== 0) throw new Error(`claims ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

/** A CLI process running in the background (a worker). */
export interface Background {
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) and everything it printed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts the built CLI without waiting for it. */
export function startClaims(args: string[], env: NodeJS.ProcessEnv = {}): Background {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolveExit) =>
    child.on('close', (code, signal) => resolveExit({ code, signal, stdout, stderr })),
  );
  return { child, exited };
}

/** Polls `check` every 100 ms until it returns true; fails after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** NDJSON export lines sorted, so stores written in different orders compare record for record. */
export function sortedLines(ndjson: string): string[] {
  return ndjson.split('\n').filter((line) => line !== '').sort();
}

// --- a corpus of short generated articles ---------------------------------------------------------

const PEOPLE = [
  'Maria Lopez', 'John Carter', 'Amina Yusuf', 'Peter Novak', 'Chen Wei', 'Sofia Rossi', 'David Okafor', 'Hannah Berg',
  'Rahul Mehta', 'Laura Smith', 'Tomas Silva', 'Fatima Khan',
];
const TITLES = ['Mayor', 'Senator', 'Minister', 'spokeswoman', 'spokesman', 'chief executive', 'President', 'Governor'];
const ORGS = ['the Red Cross', 'Reuters', 'the World Bank', 'the European Commission', 'the United Nations', 'Amnesty International', 'the city council', 'NATO'];
const PLACES = ['Berlin', 'Paris', 'Nairobi', 'Texas', 'Ukraine', 'Brazil', 'Ottawa', 'Lagos', 'China', 'Mexico'];
const CUES = ['said', 'told reporters', 'warned', 'claimed', 'announced', 'denied', 'insisted', 'argued', 'stated', 'added'];
const CONTENTS = [
  'the new budget would cut spending on schools',
  'the talks with {place} had made real progress',
  'the bridge would reopen next month',
  'the company had not broken any rules',
  'prices in {place} would keep rising this year',
  'the election was free and fair',
  'more troops would be sent to the border',
  'the report on {place} was deeply flawed',
  'the project would create two thousand jobs',
  'the ceasefire in {place} was holding',
];
const QUOTES = ['"We will not back down"', '"This is a historic day for {place}"', '"Nobody saw this coming"', '"The numbers speak for themselves"'];

/** A small seeded generator (mulberry32), so the same seed gives the same corpus everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated article record, as a JSONL line for ingest. */
export interface GeneratedArticle {
  id: string;
  title: string;
  text: string;
  source: string;
  published_at: string;
}

/**
 * `count` short news articles (three to five sentences of attributed statements about people,
 * organisations and places), ids `<prefix>-00001`...; deterministic for a seed.
 */
export function generateArticles(count: number, seed = 7, prefix = 'gen'): GeneratedArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const articles: GeneratedArticle[] = [];
  for (let i = 1; i <= count; i++) {
    const place = pick(PLACES);
    const fill = (text: string): string => text.replaceAll('{place}', place);
    const person = pick(PEOPLE);
    const sentences: string[] = [];
    const n = 3 + Math.floor(next() * 3);
    for (let s = 0; s < n; s++) {
      const kind = next();
      if (kind < 0.35) sentences.push(`${pick(TITLES)} ${person} ${pick(CUES)} that ${fill(pick(CONTENTS))}.`);
      else if (kind < 0.6) sentences.push(`${fill(pick(QUOTES))}, ${person} said.`);
      else if (kind < 0.8) sentences.push(`According to ${pick(ORGS)}, ${fill(pick(CONTENTS))}.`);
      else sentences.push(`Officials in ${place} ${pick(CUES)} on Tuesday that ${fill(pick(CONTENTS))}.`);
    }
    const day = 1 + Math.floor(next() * 28);
    const month = 1 + Math.floor(next() * 12);
    const dated = next() < 0.5 ? `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(Math.floor(next() * 24)).padStart(2, '0')}:15:00Z`;
    articles.push({
      id: `${prefix}-${String(i).padStart(5, '0')}`,
      title: `${person} on ${place}`,
      text: sentences.join(' '),
      source: pick(['Wire', 'Daily Post', 'Evening News']),
      published_at: dated,
    });
  }
  return articles;
}

/** Writes articles as one JSONL file in a new temporary folder; returns the file's path. */
export function writeCorpus(articles: GeneratedArticle[], name = 'articles.jsonl'): string {
  const dir = mkdtempSync(join(tmpdir(), 'claims-pg-corpus-'));
  const file = join(dir, name);
  writeFileSync(file, `${articles.map((article) => JSON.stringify(article)).join('\n')}\n`);
  return file;
}
