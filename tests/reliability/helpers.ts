/**
 * Shared set-up for the reliability tests: the built CLI (npm test builds dist/ first), temporary
 * folders, a run config with small batches, generated JSONL corpora, and a check of every stored span
 * against the stored text.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';

/** The repository root; the CLI runs from here. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built binary. */
export const CLI = resolve(ROOT, 'dist/cli/index.js');
/** tests/fixtures/reliability: small inputs committed with the tests. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/reliability/', import.meta.url));

/** What a finished CLI process left. */
export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Where and with which binary to run the CLI. */
export interface CliOptions {
  cwd?: string;
  /** The CLI entry point (default: dist/cli/index.js; see snapshotCli). */
  cli?: string;
}

/** Runs `claims <args>` to the end. */
export function claims(args: string[], options: CliOptions & { timeout?: number } = {}): CliResult {
  const result = spawnSync(process.execPath, [options.cli ?? CLI, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    timeout: options.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** A running `claims <args>` whose output is collected; `done` resolves when it exits. */
export interface RunningCli {
  child: ChildProcess;
  stderr(): string;
  done: Promise<CliResult>;
}

/**
 * Starts `claims <args>` without waiting for it. Called inside a test, it is killed when the test
 * ends if still running; called from beforeAll, the caller stops it.
 */
export function startClaims(args: string[], options: CliOptions & { insideTest?: boolean } = {}): RunningCli {
  const child = spawn(process.execPath, [options.cli ?? CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliResult>((resolveDone) => {
    child.on('close', (status, signal) => resolveDone({ status, signal, stdout, stderr }));
  });
  if (options.insideTest ?? true) {
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
  }
  return { child, stderr: () => stderr, done };
}

/**
 * A private copy of the built CLI under `dir` (dist/, package.json, and a link to node_modules), for
 * tests that compare several runs: the extractor version hashes the built stage code, so a rebuild of
 * dist/ between two runs (by someone else working in the same tree) would make every article look
 * changed. Returns the copy's entry point.
 */
export function snapshotCli(dir: string): string {
  const app = join(dir, 'app');
  mkdirSync(app, { recursive: true });
  cpSync(join(ROOT, 'dist'), join(app, 'dist'), { recursive: true });
  copyFileSync(join(ROOT, 'package.json'), join(app, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
  return join(app, 'dist', 'cli', 'index.js');
}

/** A fresh empty folder, removed after the test (or after the file's tests, from beforeAll). */
export function makeTempDir(prefix = 'reliability-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Removes a folder made by makeTempDir. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes a pipeline config with small batches and returns its path. */
export function writeConfig(dir: string, overrides: Record<string, unknown> = {}, name = 'pipeline.config.json'): string {
  const config = {
    concurrency: { workers: 2, inFlight: 8, batchSize: 4 },
    ...overrides,
  };
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(config));
  return path;
}

/**
 * A JSONL file of `count` generated articles, each several paragraphs long with quotes, speakers and
 * organisations, so every article has sentences, mentions and claims. Deterministic.
 */
export function writeGeneratedCorpus(path: string, count: number, idPrefix = 'gen'): void {
  const people = ['Jane Porter', 'Omar Khan', 'Maria Lopez', 'Li Wei', 'Ana Ruiz', 'Tom Becker'];
  const groups = ['the city council', 'the Health Ministry', 'Acme Corp', 'the dockworkers union'];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const person = people[i % people.length]!;
    const group = groups[i % groups.length]!;
    const paragraphs: string[] = [];
    for (let p = 0; p < 4; p++) {
      const other = people[(i + p + 1) % people.length]!;
      paragraphs.push(
        `${person}, a spokesperson for ${group}, said on Monday that plan ${i}-${p} "would cut costs by ${p + 3} percent". ` +
          `Critics accused ${group} of hiding the figures. "We will not accept this," said ${other}.`,
      );
    }
    lines.push(JSON.stringify({ id: `${idPrefix}-${i}`, title: `Story ${i}`, text: paragraphs.join('\n\n') }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Opens a database read-only for checks; closed when the test ends. */
export function openDb(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  onTestFinished(() => {
    db.close();
  });
  return db;
}

/** Rows of an errors table, oldest first. */
export interface ErrorRow {
  file: string | null;
  line: number | null;
  article_id: string | null;
  stage: string;
  message: string;
}

/** Every error row whose file ends with `name` (a path tail such as "/empty.txt"). */
export function errorsFor(db: Database.Database, name: string): ErrorRow[] {
  const rows = db.prepare('SELECT file, line, article_id, stage, message FROM errors ORDER BY id').all() as ErrorRow[];
  return rows.filter((row) => row.file !== null && row.file.endsWith(name));
}

/** Stored claim counts per article id. */
export function claimCounts(db: Database.Database): Map<string, number> {
  const rows = db
    .prepare('SELECT a.id AS id, count(c.id) AS n FROM articles a LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.id')
    .all() as { id: string; n: number }[];
  return new Map(rows.map((row) => [row.id, row.n]));
}

/**
 * Every way a stored span can disagree with its stored article text: out of bounds, text that is not
 * the slice, sentences out of order or overlapping. Returns one line per problem ([] when all agree).
 */
export function findSpanProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  const texts = new Map(
    (db.prepare('SELECT id, text, title_start, title_end FROM articles').all() as { id: string; text: string; title_start: number | null; title_end: number | null }[]).map(
      (row) => [row.id, row],
    ),
  );
  const inBounds = (id: string, what: string, start: number, end: number): boolean => {
    const length = texts.get(id)?.text.length ?? -1;
    const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;
    if (!ok) problems.push(`${id}: ${what} [${start}, ${end}) outside the text (length ${length})`);
    return ok;
  };
  const sliceIs = (id: string, what: string, start: number | null, end: number | null, text: string | null): void => {
    if (start === null && end === null && text === null) return;
    if (start === null || end === null || text === null) {
      problems.push(`${id}: ${what} partly null (${start}, ${end}, ${JSON.stringify(text)})`);
      return;
    }
    if (!inBounds(id, what, start, end)) return;
    const slice = texts.get(id)!.text.slice(start, end);
    if (slice !== text) problems.push(`${id}: ${what} [${start}, ${end}) is ${JSON.stringify(slice)}, stored ${JSON.stringify(text)}`);
  };
  for (const article of texts.values()) {
    if (article.title_start !== null && article.title_end !== null) inBounds(article.id, 'title', article.title_start, article.title_end);
  }
  const sentences = db.prepare('SELECT article_id, idx, start, "end" FROM sentences ORDER BY article_id, idx').all() as {
    article_id: string;
    idx: number;
    start: number;
    end: number;
  }[];
  let previous: { article_id: string; end: number } | null = null;
  for (const s of sentences) {
    inBounds(s.article_id, `sentence ${s.idx}`, s.start, s.end);
    if (previous && previous.article_id === s.article_id && s.start < previous.end) {
      problems.push(`${s.article_id}: sentence ${s.idx} starts at ${s.start}, before the previous one ends (${previous.end})`);
    }
    previous = s;
  }
  for (const p of db.prepare('SELECT article_id, idx, start, "end" FROM paragraphs').all() as { article_id: string; idx: number; start: number; end: number }[]) {
    inBounds(p.article_id, `paragraph ${p.idx}`, p.start, p.end);
  }
  for (const m of db.prepare('SELECT article_id, idx, start, "end", text FROM mentions').all() as { article_id: string; idx: number; start: number; end: number; text: string }[]) {
    sliceIs(m.article_id, `mention ${m.idx}`, m.start, m.end, m.text);
  }
  type ClaimRow = Record<string, string | number | null> & { article_id: string; idx: number; quotes: string };
  for (const c of db.prepare('SELECT * FROM claims').all() as ClaimRow[]) {
    const where = `claim ${c.idx}`;
    for (const part of ['speaker', 'cue', 'content', 'target', 'channel']) {
      sliceIs(c.article_id, `${where} ${part}`, c[`${part}_start`] as number | null, c[`${part}_end`] as number | null, c[`${part}_text`] as string | null);
    }
    for (const [q, quote] of (JSON.parse(c.quotes) as { text: string; start: number; end: number }[]).entries()) {
      sliceIs(c.article_id, `${where} quote ${q}`, quote.start, quote.end, quote.text);
    }
  }
  return problems;
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}

/** Polls `condition` every 25 ms until it holds; rejects after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

/** Whether this machine lets the tests mount a private tmpfs (unshare --mount), to fake a full or read-only disk. */
export const canMountTmpfs: boolean = (() => {
  if (process.platform !== 'linux') return false;
  const probe = spawnSync('unshare', ['--mount', 'sh', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "$d" && umount "$d"; r=$?; rmdir "$d"; exit $r'], {
    encoding: 'utf8',
  });
  return probe.status === 0;
})();

/** Whether permission bits are enforced (they are not for root, who reads and writes anything). */
export const permissionsEnforced = typeof process.getuid === 'function' && process.getuid() !== 0;

/**
 * Whether `claimsWithPermissions` can run the CLI with permission bits enforced: as any user but
 * root, or as root inside a new user namespace (`unshare --user`), where root has no capabilities
 * over the files outside, so chmod 000 and chmod 555 mean what they say.
 */
export const canEnforcePermissions: boolean =
  permissionsEnforced ||
  (process.platform === 'linux' && spawnSync('unshare', ['--user', 'sh', '-c', 'exec true']).status === 0);

/** Runs `claims <args>` with permission bits enforced (see canEnforcePermissions). */
export function claimsWithPermissions(args: string[], options: CliOptions = {}): CliResult {
  const command = permissionsEnforced ? [process.execPath] : ['unshare', '--user', process.execPath];
  const result = spawnSync(command[0]!, [...command.slice(1), options.cli ?? CLI, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}
