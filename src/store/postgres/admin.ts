/**
 * Creating and dropping whole databases on a server, for the benchmark (each measured run gets an
 * empty store and queue). Not used by the pipeline.
 */
import { SyncPgClient } from './sync-client.js';

/** `url` with its database name replaced by `database`. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs `sql` on the server of `url` (connected to that URL's database), then disconnects. */
function onServer(url: string, sql: string): void {
  const client = SyncPgClient.connect(url, { applicationName: 'claims admin' });
  try {
    client.query(sql);
  } finally {
    client.close();
  }
}

/** Creates the empty database `name` (letters, digits, underscores) and returns its URL. */
export function createDatabase(serverUrl: string, name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/u.test(name)) throw new Error(`not a plain database name: ${name}`);
  onServer(serverUrl, `CREATE DATABASE ${name}`);
  return databaseUrl(serverUrl, name);
}

/** Drops the database of `url`, ending its connections; connects through `serverUrl`. */
export function dropDatabase(serverUrl: string, url: string): void {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/u.test(name)) throw new Error(`not a plain database name: ${name}`);
  onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** Bytes the database of `url` takes on disk, and its largest relations (tables with their indexes). */
export function databaseSize(url: string): { bytes: number; relations: { name: string; bytes: number }[] } {
  const client = SyncPgClient.connect(url, { applicationName: 'claims admin' });
  try {
    client.query('CHECKPOINT');
    const bytes = client.query<{ bytes: number }>('SELECT pg_database_size(current_database()) AS bytes').rows[0]!.bytes;
    const relations = client.query<{ name: string; bytes: number }>(
      `SELECT n.nspname || '.' || c.relname AS name, pg_total_relation_size(c.oid) AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       ORDER BY bytes DESC LIMIT 8`,
    ).rows;
    return { bytes, relations };
  } finally {
    client.close();
  }
}
