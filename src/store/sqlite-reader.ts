/**
 * Read-only SQLite access for the CLI and the web view. The connection is opened read-only, so a
 * reader can never change the database or contend with the writer for its lock.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ClaimsError, describeError } from '../errors.js';
import type { ClaimExportRecord, MentionExportRecord } from '../model/records.js';
import { assertSchemaCurrent, configureReader } from './migrate.js';
import * as pages from './page-queries.js';
import * as queries from './queries.js';
import type {
  ArticleCursor,
  ArticleFilter,
  ArticleSummary,
  ClaimCursor,
  ClaimFilter,
  ClaimListItem,
  EntityCursor,
  EntityDay,
  EntityFilter,
  EntitySummary,
  Page,
  StoreReader,
  StoreStats,
  StoredArticle,
} from './types.js';

/**
 * Opens the database at `path` read-only. Throws DB_OPEN naming the path when the file is missing or
 * is not SQLite, and DB_SCHEMA when its schema is not the one this code reads.
 */
export function openSqliteReader(path: string): SqliteReader {
  if (!existsSync(path)) {
    throw new ClaimsError('DB_OPEN', `database not found: ${path} (run \`claims run\` to create it, or pass --db)`);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    configureReader(db);
    assertSchemaCurrent(db, path);
  } catch (error) {
    db?.close();
    if (error instanceof ClaimsError) throw error;
    throw new ClaimsError('DB_OPEN', `cannot open database ${path}: ${describeError(error)}`, { cause: error });
  }
  return new SqliteReader(db);
}

/** StoreReader over one read-only better-sqlite3 connection. Build it with openSqliteReader. */
export class SqliteReader implements StoreReader {
  private readonly db: Database.Database;

  /** Wraps an open connection whose schema is current. */
  constructor(db: Database.Database) {
    this.db = db;
  }

  /** Claims matching the filter, in memory. */
  listClaims(filter: ClaimFilter): ClaimExportRecord[] {
    return queries.listClaims(this.db, filter);
  }

  /** Claims matching the filter, streamed row by row. */
  iterateClaims(filter: ClaimFilter): Iterable<ClaimExportRecord> {
    return queries.iterateClaims(this.db, filter);
  }

  /** A page of claims with article metadata. */
  listClaimPage(filter: ClaimFilter, limit: number): Page<ClaimListItem, ClaimCursor> {
    return pages.listClaimPage(this.db, filter, limit);
  }

  /** A page of articles with counts (and snippets when searching). */
  listArticlePage(filter: ArticleFilter, limit: number): Page<ArticleSummary, ArticleCursor> {
    return pages.listArticlePage(this.db, filter, limit);
  }

  /** A page of entities with counts. */
  listEntityPage(filter: EntityFilter, limit: number, after?: EntityCursor): Page<EntitySummary, EntityCursor> {
    return pages.listEntityPage(this.db, filter, limit, after);
  }

  /** The entities with exactly this name, one per label. */
  findEntities(name: string): EntitySummary[] {
    return pages.findEntities(this.db, name);
  }

  /** Claims by and about an entity per day. */
  entityDays(name: string): EntityDay[] {
    return pages.entityDays(this.db, name);
  }

  /** Article ids in a date range. */
  listArticleIds(filter: { article?: string; since?: string; until?: string }): string[] {
    return pages.listArticleIds(this.db, filter);
  }

  /** Runs `read` in one read transaction (nested calls join the outer one). */
  snapshot<T>(read: () => T): T {
    if (this.db.inTransaction) return read();
    return this.db.transaction(read)();
  }

  /** Mentions of one article and/or one entity name, streamed. */
  iterateMentions(filter: { article?: string; entity?: string }): Iterable<MentionExportRecord> {
    return queries.iterateMentions(this.db, filter);
  }

  /** One stored article, or null. */
  getArticle(id: string): StoredArticle | null {
    return queries.getArticle(this.db, id);
  }

  /** Entities with mention, article and claim counts. */
  listEntities(filter: EntityFilter): EntitySummary[] {
    return queries.listEntities(this.db, filter);
  }

  /** Totals and the latest run. */
  stats(): StoreStats {
    return queries.stats(this.db);
  }

  /** Closes the connection (idempotent). */
  close(): void {
    if (this.db.open) this.db.close();
  }
}
