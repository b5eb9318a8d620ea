import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ClaimsError } from '../../src/errors.js';
import { migrate, readSchemaVersion } from '../../src/store/migrate.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/schema.js';
import { openReader, openWriter } from '../../src/store/index.js';
import { tempDir } from './fixtures.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('migrate-')));
afterEach(() => cleanup());

/** A database file at schema version `version`, holding one run row. */
function databaseAt(version: number): string {
  const path = join(dir, `v${version}.sqlite`);
  const db = new Database(path);
  migrate(db, path, MIGRATIONS.filter((m) => m.version <= version));
  db.prepare("INSERT INTO runs (started_at, status, config_hash, extractor_version, inputs) VALUES ('2024-01-01T00:00:00Z', 'ok', 'c', 'v', '[]')").run();
  db.close();
  return path;
}

describe('migrate', () => {
  it('numbers migrations 1, 2, ... in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('brings an old database up to date and keeps its rows', () => {
    const path = databaseAt(1);
    openWriter(path).close();
    const db = new Database(path, { readonly: true });
    expect(readSchemaVersion(db)).toBe(SCHEMA_VERSION);
    expect((db.prepare('PRAGMA table_info(claims)').all() as { name: string }[]).map((c) => c.name)).toContain('target_role');
    expect(db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 1 });
    db.close();
  });

  it('leaves the database at the last good version when a step fails', () => {
    const db = new Database(':memory:');
    const broken = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, description: 'broken', sql: 'CREATE TABLE x (a); SELECT nonsense FROM nowhere;' }];
    expect(() => migrate(db, ':memory:', broken)).toThrowError(/no such table: nowhere/);
    expect(readSchemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'x'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database from a newer version, for writing and reading', () => {
    const path = join(dir, 'future.sqlite');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openWriter(path)).toThrowError(/schema version 99 is newer than this program understands/);
    expect(() => openReader(path)).toThrowError(ClaimsError);
    expect(() => openReader(path)).toThrowError(/upgrade news-claims/);
  });

  it('tells a reader of an old database how to migrate it', () => {
    const path = databaseAt(1);
    expect(() => openReader(path)).toThrowError(/schema version 1, expected \d+; run `claims run` once to migrate it/);
  });
});
