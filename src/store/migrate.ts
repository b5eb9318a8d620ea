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
 * Settings for the writer connection. WAL lets readers (CLI, web view) read while the pipeline
 * writes; synchronous=NORMAL is durable across application crashes in WAL mode and much faster
 * than FULL; foreign keys are off by default in SQLite and the cascades depend on them.
 */
export function configureWriter(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
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
    // One transaction per step: a failed step leaves the database at the previous version.
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
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
