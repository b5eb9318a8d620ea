/**
 * Connection settings and schema migrations. PRAGMA user_version records the last migration
 * applied, so opening a database runs exactly the migrations it lacks, each in its own transaction.
 */
import type Database from 'better-sqlite3';
import { ClaimsError } from '../errors.js';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './schema.js';

/** How long a connection waits for another one's lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * How long, in all, a write keeps waiting for another process's write transaction (a second
 * `claims run` on the same file) before it gives up: long enough for any batch to commit.
 */
export const WRITE_WAIT_MS = 120_000;

/**
 * Page cache of the writer connection, KiB. better-sqlite3 builds SQLite with a 16 MB default, which
 * a long run fills (the database passes 100 MB at 10,000 articles) and holds in the process's RSS
 * beside the workers. The writer appends and looks up single rows, so a small cache costs it no
 * measurable time (10,000 articles, 2 workers: store 0.66 ms per article at 2 MB, 0.70-0.81 at
 * 16 MB) and takes 10-16 MB off the peak RSS.
 */
const WRITER_CACHE_KIB = 2000;

/**
 * Settings for the writer connection. WAL lets readers (CLI, web view) read while the pipeline
 * writes; synchronous=NORMAL is durable across application crashes in WAL mode and much faster
 * than FULL; foreign keys are off by default in SQLite and the cascades depend on them. The lock
 * wait comes first, so that switching to WAL waits for a writer in another process too.
 */
export function configureWriter(db: Database.Database): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  retryWhileBusy(() => db.pragma('journal_mode = WAL'));
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
}

/** Whether SQLite refused because another connection holds a lock (SQLITE_BUSY and its variants). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * Runs `write`, again while it fails with SQLITE_BUSY, for up to `waitMs` in all. Each attempt
 * already waits busy_timeout inside SQLite; the loop covers longer waits and the BUSY variants
 * SQLite returns without waiting. `write` must be a whole transaction, so a retry redoes all of it.
 */
export function retryWhileBusy<T>(write: () => T, waitMs: number = WRITE_WAIT_MS): T {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return write();
    } catch (error) {
      if (!isBusyError(error) || Date.now() >= deadline) throw error;
      sleepSync(50);
    }
  }
}

/** Blocks this thread for `ms` milliseconds (writes are synchronous, so the wait is too). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Settings for a read-only connection: only the lock wait matters. */
export function configureReader(db: Database.Database): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

/** The schema version stored in the database file (0 for a new, empty file). */
export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration newer than the database's user_version, in order. `path` names the file
 * in error messages. Throws DB_SCHEMA when the file was written by a newer version of this program.
 */
export function migrate(db: Database.Database, path: string, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = readSchemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new ClaimsError(
      'DB_SCHEMA',
      `${path}: schema version ${current} is newer than this program understands (${latest}); ` +
        'upgrade news-claims or use another --db',
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    // One transaction per step: a failed step leaves the database at the previous version. It takes
    // the write lock first (IMMEDIATE) and checks the version again under it, because a second
    // `claims run` opening the same new file may have applied the step in the meantime.
    const step = db.transaction(() => {
      if (readSchemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    });
    retryWhileBusy(() => step.immediate());
  }
  return readSchemaVersion(db);
}

/**
 * Throws DB_SCHEMA unless a read-only connection sees the schema version this code expects; a reader
 * cannot migrate, so it says how to bring the file up to date.
 */
export function assertSchemaCurrent(db: Database.Database, path: string): void {
  const version = readSchemaVersion(db);
  if (version === SCHEMA_VERSION) return;
  if (version === 0) {
    throw new ClaimsError('DB_SCHEMA', `${path}: not a news-claims database (no schema); run \`claims run\` to create one`);
  }
  const advice =
    version < SCHEMA_VERSION ? 'run `claims run` once to migrate it' : 'upgrade news-claims to read it';
  throw new ClaimsError(
    'DB_SCHEMA',
    `${path}: schema version ${version}, expected ${SCHEMA_VERSION}; ${advice}`,
  );
}
