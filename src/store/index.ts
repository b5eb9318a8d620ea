/**
 * The public surface of the store: open a writer (the pipeline) or a reader (CLI, web view) by a
 * SQLite file path or a postgres:// URL. Nothing outside store/ imports better-sqlite3 or pg, or
 * writes SQL.
 */
import { isPostgresUrl, openPostgresReader, openPostgresWriter } from './postgres/index.js';
import { openSqliteReader } from './sqlite-reader.js';
import { openSqliteWriter } from './sqlite-writer.js';
import type { StoreReader, StoreWriter } from './types.js';

export type * from './types.js';
export { UNKNOWN_LABEL } from './types.js';
export { SCHEMA_VERSION } from './schema.js';
export { toFtsQuery } from './claim-query.js';
export { SNIPPET_MARKS } from './page-queries.js';
export { isPostgresUrl, redactUrl } from './postgres/index.js';

/**
 * Opens the store at `target` for writing and applies pending migrations. A postgres:// URL opens a
 * PostgreSQL store, which any number of writers may share; anything else is a SQLite file, created
 * with its folder if needed, which should have one writer at a time.
 */
export function openWriter(target: string): StoreWriter {
  return isPostgresUrl(target) ? openPostgresWriter(target) : openSqliteWriter(target);
}

/** Opens the existing store at `target` (a SQLite path or postgres:// URL) read-only; DB_OPEN when it does not exist. */
export function openReader(target: string): StoreReader {
  return isPostgresUrl(target) ? openPostgresReader(target) : openSqliteReader(target);
}
