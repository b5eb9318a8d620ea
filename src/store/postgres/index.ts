/**
 * The PostgreSQL store: the same StoreWriter and StoreReader as the SQLite one, for stores many
 * `claims worker` processes write at once. ../index.ts picks it for a postgres:// --db value.
 */
export { openPostgresReader, PostgresReader } from './reader.js';
export { assertPostgresUrl, isPostgresUrl, openPostgresWriter, PostgresWriter } from './writer.js';
export { redactUrl } from './sync-client.js';
export { createDatabase, databaseSize, databaseUrl, dropDatabase } from './admin.js';
