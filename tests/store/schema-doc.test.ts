/**
 * docs/schema.md must describe the real schema: every table (and view) with exactly its columns, and no
 * table that does not exist. Add a migration and this fails until the doc follows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from '../../src/store/migrate.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';

/** Tables documented in the markdown: a `### \`name\`` heading followed by a table of `| \`column\` | ... |` rows. */
function documentedTables(markdown: string): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^###\s+`([^`]+)`\s*$/.exec(line);
    if (heading) {
      current = [];
      tables.set(heading[1]!, current);
      continue;
    }
    if (/^#/.test(line)) current = null;
    const row = /^\|\s*`([^`]+)`\s*\|/.exec(line);
    if (row && current) current.push(row[1]!);
  }
  return tables;
}

/** Real tables and views after migrating, minus SQLite's and FTS5's internal ones. */
function realTables(): Map<string, string[]> {
  const db = new Database(':memory:');
  migrate(db, ':memory:');
  const objects = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string }[];
  const shadow = new Set(
    objects
      .filter((o) => /^CREATE VIRTUAL TABLE/i.test(o.sql))
      .flatMap((o) => ['data', 'idx', 'content', 'docsize', 'config'].map((suffix) => `${o.name}_${suffix}`)),
  );
  const tables = new Map<string, string[]>();
  for (const { name } of objects) {
    if (shadow.has(name)) continue;
    const columns = db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[];
    tables.set(name, columns.map((c) => c.name));
  }
  db.close();
  return tables;
}

describe('docs/schema.md', () => {
  const documented = documentedTables(readFileSync(new URL('../../docs/schema.md', import.meta.url), 'utf8'));
  const real = realTables();

  it('documents exactly the tables that exist', () => {
    expect(real.size).toBeGreaterThan(5);
    expect([...documented.keys()].sort()).toEqual([...real.keys()].sort());
  });

  it.each([...real.keys()])('documents exactly the columns of %s', (table) => {
    expect([...(documented.get(table) ?? [])].sort()).toEqual([...real.get(table)!].sort());
  });

  it('states the offset and date conventions', () => {
    const text = readFileSync(new URL('../../docs/schema.md', import.meta.url), 'utf8');
    expect(text).toMatch(/UTF-16 code-unit indices into `articles.text`,\s+end exclusive/);
    expect(text).toMatch(/ISO-8601/);
    expect(text).toContain(`(currently **${SCHEMA_VERSION}**)`);
  });
});
