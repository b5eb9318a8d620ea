/**
 * Faults around a real `claims run` (the built binary, as users run it): SIGKILL in the middle of a
 * batch, SIGINT and SIGTERM, two runs on one database at once, another process holding the write
 * lock, a full disk and a read-only folder. After each, the database passes integrity_check, every
 * stored article has all its records (compared with a clean reference run) and a re-run completes the
 * rest without duplicates.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canEnforcePermissions,
  canMountTmpfs,
  claimsWithPermissions,
  claimCounts,
  claims as runClaims,
  makeTempDir,
  openDb,
  removeDir,
  ROOT,
  sleep,
  snapshotCli,
  startClaims as startRunClaims,
  waitUntil,
  writeConfig,
  writeGeneratedCorpus,
} from './helpers.js';

const ARTICLES = 120;
const BATCH_SIZE = 4;
const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?\n/u;
let dir: string;
/** This file's own copy of the CLI, so a rebuild of dist/ mid-test cannot change the extractor version. */
let cli: string;
let corpus: string;
let config: string;
/** Claims and sentences per article id, from a clean run. */
let reference: Map<string, { claims: number; sentences: number }>;

const claims = (args: string[]): ReturnType<typeof runClaims> => runClaims(args, { cli });
const startClaims = (args: string[]): ReturnType<typeof startRunClaims> => startRunClaims(args, { cli });

/** Claims and sentences per stored article. */
function recordCounts(db: Database.Database): Map<string, { claims: number; sentences: number }> {
  const sentences = new Map(
    (db.prepare('SELECT a.id AS id, count(s.idx) AS n FROM articles a LEFT JOIN sentences s ON s.article_id = a.id GROUP BY a.id').all() as {
      id: string;
      n: number;
    }[]).map((row) => [row.id, row.n]),
  );
  return new Map([...claimCounts(db)].map(([id, n]) => [id, { claims: n, sentences: sentences.get(id) ?? 0 }]));
}

/** Stored articles, counted through a short-lived read-only connection; 0 while the file or schema is not there yet. */
function storedCount(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/**
 * The checks after any fault: integrity_check "ok", no dangling rows, and each stored article with
 * exactly the records the reference run gave it (all or nothing). Returns the stored ids.
 */
function expectConsistent(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const counts = recordCounts(db);
    for (const [id, stored] of counts) expect(stored, id).toEqual(reference.get(id));
    return [...counts.keys()];
  } finally {
    db.close();
  }
}

/** Runs to the end over the whole corpus and checks that it completes what is missing, once. */
function expectRerunCompletes(path: string, storedBefore: number): void {
  const rerun = claims(['run', corpus, '--db', path, '--config', config, '--json', '--quiet']);
  expect(rerun.status, rerun.stderr).toBe(0);
  const summary = JSON.parse(rerun.stdout) as { counts: Record<string, number> };
  expect(summary.counts.unchanged).toBe(storedBefore);
  expect(summary.counts.processed).toBe(ARTICLES - storedBefore);
  const ids = expectConsistent(path);
  expect(ids).toHaveLength(ARTICLES);
  const db = openDb(path);
  const totals = db.prepare('SELECT count(*) AS claims, count(DISTINCT article_id || char(0) || idx) AS distinctClaims FROM claims').get() as {
    claims: number;
    distinctClaims: number;
  };
  const expected = [...reference.values()].reduce((sum, counts) => sum + counts.claims, 0);
  expect(totals).toEqual({ claims: expected, distinctClaims: expected });
}

beforeAll(() => {
  dir = makeTempDir('faults-');
  cli = snapshotCli(dir);
  corpus = join(dir, 'corpus.jsonl');
  writeGeneratedCorpus(corpus, ARTICLES);
  config = writeConfig(dir, { concurrency: { workers: 2, inFlight: 8, batchSize: BATCH_SIZE } });
  const referenceDb = join(dir, 'reference.sqlite');
  const run = claims(['run', corpus, '--db', referenceDb, '--config', config, '--quiet']);
  if (run.status !== 0) throw new Error(`reference run failed: ${run.stderr}`);
  const db = new Database(referenceDb, { readonly: true });
  reference = recordCounts(db);
  db.close();
  if (reference.size !== ARTICLES || [...reference.values()].some((counts) => counts.claims === 0 || counts.sentences === 0)) {
    throw new Error('the generated corpus should give every article sentences and claims');
  }
});
afterAll(() => removeDir(dir));

describe('SIGKILL in the middle of a run', () => {
  it('leaves a sound database with whole articles only, and a re-run completes the rest without duplicates', async () => {
    const path = join(dir, 'killed.sqlite');
    const running = startClaims(['run', corpus, '--db', path, '--config', config]);
    await waitUntil(() => storedCount(path) >= 4 * BATCH_SIZE, 60_000, 'the first batches to be committed');
    running.child.kill('SIGKILL');
    const result = await running.done;
    expect(result.signal).toBe('SIGKILL');

    const stored = expectConsistent(path);
    expect(stored.length).toBeGreaterThanOrEqual(4 * BATCH_SIZE);
    expect(stored.length).toBeLessThan(ARTICLES); // killed mid-run, not after it
    expect(stored.length % BATCH_SIZE).toBe(0); // whole batches only: none half-committed
    expect(runStatuses(path)).toEqual(['running']); // the killed run could not finish its row
    expectRerunCompletes(path, stored.length);
    // The re-run found the killed run's process gone and marked its row.
    expect(runStatuses(path)).toEqual(['interrupted', 'ok']);
  });
});

function runStatuses(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT status FROM runs ORDER BY id').all() as { status: string }[]).map((row) => row.status);
  } finally {
    db.close();
  }
}

describe.each([
  ['SIGINT', 'interrupted'],
  ['SIGTERM', 'terminated'],
] as const)('%s', (signal, said) => {
  it('stops reading, commits the work in flight, prints the summary and exits 1; a re-run completes the rest', async () => {
    const path = join(dir, `${signal}.sqlite`);
    const running = startClaims(['run', corpus, '--db', path, '--config', config, '--json']);
    await waitUntil(() => storedCount(path) >= 3 * BATCH_SIZE, 60_000, 'the first batches to be committed');
    running.child.kill(signal);
    const result = await running.done;
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${said}: finishing the articles in flight`);
    expect(result.stderr).toMatch(/interrupted, work in flight was committed/u);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const summary = JSON.parse(result.stdout) as { interrupted: boolean; counts: Record<string, number> };
    expect(summary.interrupted).toBe(true);

    const stored = expectConsistent(path);
    // What the summary says is what was stored: everything read was processed, nothing dropped.
    expect(summary.counts.processed).toBe(stored.length);
    expect(summary.counts.read).toBe(stored.length);
    expect(stored.length).toBeLessThan(ARTICLES);
    const db = openDb(path);
    expect(db.prepare('SELECT status, processed_count FROM runs').get()).toEqual({ status: 'interrupted', processed_count: stored.length });
    expectRerunCompletes(path, stored.length);
  });
});

describe('two runs on one database', () => {
  it('both finish when started together on a new file, with no "database is locked" and correct records', async () => {
    const path = join(dir, 'together.sqlite');
    const lines = readFileSync(corpus, 'utf8').trim().split('\n');
    // Overlapping inputs: the middle third is in both, so both runs write the same articles too.
    const first = join(dir, 'first.jsonl');
    const second = join(dir, 'second.jsonl');
    writeFileSync(first, `${lines.slice(0, 80).join('\n')}\n`);
    writeFileSync(second, `${lines.slice(40).join('\n')}\n`);
    const a = startClaims(['run', first, '--db', path, '--config', config]);
    const b = startClaims(['run', second, '--db', path, '--config', config]);
    const [resultA, resultB] = await Promise.all([a.done, b.done]);
    for (const result of [resultA, resultB]) {
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).not.toMatch(/database is locked|SQLITE_BUSY|SQLITE_LOCKED|busy/u);
    }
    expect(expectConsistent(path)).toHaveLength(ARTICLES);
    const db = openDb(path);
    expect(db.prepare('SELECT count(*) AS n FROM errors').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM runs WHERE status = 'ok'").get()).toEqual({ n: 2 });
  });

  it('waits while another process holds the write lock longer than busy_timeout, then proceeds', async () => {
    const path = join(dir, 'held.sqlite');
    const lines = readFileSync(corpus, 'utf8').trim().split('\n');
    const small = join(dir, 'small.jsonl');
    const later = join(dir, 'later.jsonl');
    writeFileSync(small, `${lines.slice(0, 10).join('\n')}\n`);
    writeFileSync(later, `${lines.slice(0, 60).join('\n')}\n`);
    expect(claims(['run', small, '--db', path, '--config', config, '--quiet']).status).toBe(0);

    const holder = new Database(path);
    holder.pragma('busy_timeout = 5000');
    holder.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const running = startClaims(['run', later, '--db', path, '--config', config, '--json']);
    await sleep(7000); // past the 5 s busy_timeout: only the retry keeps the run waiting
    expect(running.child.exitCode).toBeNull();
    holder.exec('COMMIT');
    holder.close();
    const result = await running.done;
    expect(Date.now() - started).toBeGreaterThan(7000);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/database is locked|SQLITE_BUSY|SQLITE_LOCKED|busy/u);
    const summary = JSON.parse(result.stdout) as { counts: Record<string, number> };
    expect(summary.counts).toMatchObject({ processed: 50, unchanged: 10, failed: 0 });
    expect(expectConsistent(path)).toHaveLength(60);
  });
});

describe('a database that cannot be written', () => {
  it('exits 2 with a clear message when the database folder is a file', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const result = claims(['run', corpus, '--db', join(blocker, 'claims.sqlite'), '--config', config]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `claims: cannot open database ${join(blocker, 'claims.sqlite')} for writing: ${blocker} is not a folder (a file is in the way); choose another --db, or make it writable\n`,
    );
  });

  it.skipIf(!canEnforcePermissions)('exits 2 naming a folder without write permission (as root: in a user namespace)', () => {
    const folder = join(dir, 'no-write');
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    try {
      const db = join(folder, 'claims.sqlite');
      const result = claimsWithPermissions(['run', corpus, '--db', db, '--config', config], { cli });
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`claims: cannot open database ${db} for writing: the folder ${folder} is not writable; choose another --db, or make it writable\n`);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  /** Runs `script` in a private mount namespace with a tmpfs at `mountPoint`; the tmpfs goes when the script ends. */
  function inPrivateMount(mountPoint: string, script: string): { status: number | null; stdout: string; stderr: string } {
    mkdirSync(mountPoint, { recursive: true });
    const result = spawnSync('unshare', ['--mount', 'sh', '-c', script], { encoding: 'utf8', cwd: ROOT, timeout: 120_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  const node = JSON.stringify(process.execPath);

  it.skipIf(!canMountTmpfs)('stops with a clear error and exit 1 when the disk fills up, keeping what was committed (skipped without unshare/tmpfs)', () => {
    const disk = join(dir, 'small-disk');
    const saved = join(dir, 'saved');
    mkdirSync(saved);
    const db = join(disk, 'claims.sqlite');
    const result = inPrivateMount(
      disk,
      `mount -t tmpfs -o size=1m tmpfs ${disk} || exit 99
       ${node} ${JSON.stringify(cli)} run ${corpus} --db ${db} --config ${config} --quiet; status=$?
       cp ${db} ${db}-wal ${saved}/ 2>/dev/null
       exit $status`,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^claims: cannot write to database .*claims\.sqlite: database or disk is full; free disk space, then run again/mu);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const copy = join(saved, 'claims.sqlite');
    const stored = expectConsistent(copy);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThan(ARTICLES);
    // The copy sits on a real disk now: a re-run there completes the rest.
    expectRerunCompletes(copy, stored.length);
  });

  it.skipIf(!canMountTmpfs)('exits 2 naming the read-only file system, for a new and for an existing database (skipped without unshare/tmpfs)', () => {
    const disk = join(dir, 'read-only-disk');
    const existing = join(disk, 'claims.sqlite');
    const seed = join(dir, 'seed.sqlite');
    const lines = readFileSync(corpus, 'utf8').trim().split('\n');
    const small = join(dir, 'seed.jsonl');
    writeFileSync(small, `${lines.slice(0, 5).join('\n')}\n`);
    expect(claims(['run', small, '--db', seed, '--config', config, '--quiet']).status).toBe(0);
    const result = inPrivateMount(
      disk,
      `mount -t tmpfs tmpfs ${disk} || exit 99
       cp ${seed} ${existing} && mount -o remount,ro ${disk} || exit 98
       ${node} ${JSON.stringify(cli)} run ${small} --db ${existing} --config ${config} --force; echo "existing=$?" >&2
       ${node} ${JSON.stringify(cli)} run ${small} --db ${join(disk, 'new', 'claims.sqlite')} --config ${config}; echo "new=$?" >&2`,
    );
    expect(result.stderr).toContain(`claims: cannot open database ${existing} for writing: the folder ${disk} is on a read-only file system; choose another --db, or make it writable\nexisting=2\n`);
    expect(result.stderr).toContain(`for writing: the folder ${disk} is on a read-only file system; choose another --db, or make it writable\nnew=2\n`);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
