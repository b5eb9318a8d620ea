/**
 * The public surface of the store: open a writer (the pipeline) or a reader (CLI, web view) by path.
 * Nothing outside store/ imports better-sqlite3 or writes SQL.
 */
import { openSqliteReader } from './sqlite-reader.js';
import { openSqliteWriter } from './sqlite-writer.js';
import type { StoreReader, StoreWriter } from './types.js';

export type * from './types.js';
export { UNKNOWN_LABEL } from './types.js';
export { SCHEMA_VERSION } from './schema.js';
export { toFtsQuery } from './claim-query.js';
export { SNIPPET_MARKS } from './page-queries.js';

/**
 * Opens the database at `path` for writing, creating the file and its folder if needed and applying
 * pending migrations. Only one writer should be open on a file at a time.
 */
export function openWriter(path: string): StoreWriter {
  return openSqliteWriter(path);
}

/** Opens the existing database at `path` read-only; DB_OPEN when it does not exist. */
export function openReader(path: string): StoreReader {
  return openSqliteReader(path);
}
