/**
 * Schema migrations for a PostgreSQL store. The table schema_version holds the number of the last
 * migration applied (what PRAGMA user_version is for SQLite). Workers on many machines may start at
 * once, so each step takes a transaction-level advisory lock and re-reads the version under it.
 */
import { ClaimsError, describeError } from '../../errors.js';
import { SCHEMA_VERSION } from '../schema.js';
import { POSTGRES_MIGRATIONS, type PostgresMigration } from './schema.js';
import { redactUrl, type SyncPgClient } from './sync-client.js';

/** The advisory lock migrations hold (two-int form, a key space pg-boss does not use). */
const MIGRATION_LOCK = 'SELECT pg_advisory_xact_lock(7201, 1)';

/** The schema version of the store (0 when it has none yet). */
export function readPostgresSchemaVersion(client: SyncPgClient): number {
  const exists = client.query<{ found: boolean }>("SELECT to_regclass('schema_version') IS NOT NULL AS found").rows[0]?.found;
  if (!exists) return 0;
  return client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version').rows[0]?.version ?? 0;
}

/**
 * Applies every migration newer than the store's version, each in its own transaction. Throws
 * DB_SCHEMA when the store is newer than this program, or a migration has no PostgreSQL port.
 */
export function migratePostgres(client: SyncPgClient, migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS): number {
  const where = redactUrl(client.url);
  const missing = migrations.find((migration) => migration.sql === null);
  if (missing) {
    throw new ClaimsError(
      'DB_SCHEMA',
      `${where}: migration ${missing.version} (${missing.description}) has no PostgreSQL port in src/store/postgres/schema.ts; ` +
        'a Postgres store cannot be used until it has one',
    );
  }
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  for (const migration of [{ version: 0, description: 'schema_version', sql: null }, ...migrations]) {
    try {
      client.transaction(() => {
        client.query(MIGRATION_LOCK);
        client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
        const current = readPostgresSchemaVersion(client);
        if (current > latest) {
          throw new ClaimsError(
            'DB_SCHEMA',
            `${where}: schema version ${current} is newer than this program understands (${latest}); upgrade news-claims or use another --db`,
          );
        }
        if (migration.sql === null || migration.version <= current) return;
        client.query(migration.sql); // no parameters: several statements may run in one call
        client.query('DELETE FROM schema_version');
        client.query('INSERT INTO schema_version (version) VALUES ($1)', [migration.version]);
      });
    } catch (error) {
      if (error instanceof ClaimsError) throw error;
      throw new ClaimsError('DB_SCHEMA', `${where}: migration ${migration.version} (${migration.description}) failed: ${describeError(error)}`, {
        cause: error,
      });
    }
  }
  return readPostgresSchemaVersion(client);
}

/** Throws DB_SCHEMA unless the store has exactly the schema version this code reads. */
export function assertPostgresSchemaCurrent(client: SyncPgClient): void {
  const version = readPostgresSchemaVersion(client);
  if (version === SCHEMA_VERSION) return;
  const where = redactUrl(client.url);
  if (version === 0) {
    throw new ClaimsError('DB_SCHEMA', `${where}: not a news-claims database (no schema); \`claims run\` or \`claims worker\` with this --db creates one`);
  }
  const advice = version < SCHEMA_VERSION ? 'run `claims run` or `claims worker` once to migrate it' : 'upgrade news-claims to read it';
  throw new ClaimsError('DB_SCHEMA', `${where}: schema version ${version}, expected ${SCHEMA_VERSION}; ${advice}`);
}
