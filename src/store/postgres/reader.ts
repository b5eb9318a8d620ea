/**
 * StoreReader for PostgreSQL: the same records, pages and counts as SqliteReader (the parity tests
 * hold the two side by side). The session is read-only (default_transaction_read_only), the analogue
 * of opening the SQLite file read-only, so a reader can never change the store.
 */
import type { ClaimExportRecord, MentionExportRecord } from '../../model/records.js';
import { toClaimRecord, type ClaimRow } from '../claim-query.js';
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
} from '../types.js';
import { assertPostgresSchemaCurrent } from './migrate.js';
import * as queries from './queries.js';
import { SyncPgClient, type Statement } from './sync-client.js';

/** Rows fetched per round trip when streaming an export. */
const FETCH_ROWS = 1000;

/**
 * Connects to `url` read-only. Throws DB_OPEN when the server cannot be reached and DB_SCHEMA when
 * the store's schema is not the one this code reads.
 */
export function openPostgresReader(url: string): PostgresReader {
  const client = SyncPgClient.connect(url, {
    applicationName: 'claims reader',
    setup: ['SET default_transaction_read_only = on'],
  });
  try {
    assertPostgresSchemaCurrent(client);
  } catch (error) {
    client.close();
    throw error;
  }
  return new PostgresReader(client);
}

/** StoreReader over one read-only PostgreSQL connection. Build it with openPostgresReader. */
export class PostgresReader implements StoreReader {
  private readonly client: SyncPgClient;
  private inTransaction = false;
  private cursors = 0;

  /** Wraps a read-only connection to a store whose schema is current. */
  constructor(client: SyncPgClient) {
    this.client = client;
  }

  /** Claims matching the filter, in memory. */
  listClaims(filter: ClaimFilter): ClaimExportRecord[] {
    return queries.listClaims(this.client, filter);
  }

  /** Claims matching the filter, streamed through a server-side cursor. */
  iterateClaims(filter: ClaimFilter): Iterable<ClaimExportRecord> {
    return this.stream(queries.buildClaimStatement(filter), (row) => toClaimRecord(row as unknown as ClaimRow));
  }

  /** A page of claims with article metadata. */
  listClaimPage(filter: ClaimFilter, limit: number): Page<ClaimListItem, ClaimCursor> {
    return queries.listClaimPage(this.client, filter, limit);
  }

  /** A page of articles with counts (and snippets when searching). */
  listArticlePage(filter: ArticleFilter, limit: number): Page<ArticleSummary, ArticleCursor> {
    return queries.listArticlePage(this.client, filter, limit);
  }

  /** A page of entities with counts. */
  listEntityPage(filter: EntityFilter, limit: number, after?: EntityCursor): Page<EntitySummary, EntityCursor> {
    return queries.listEntityPage(this.client, filter, limit, after);
  }

  /** The entities with exactly this name, one per label. */
  findEntities(name: string): EntitySummary[] {
    return queries.findEntities(this.client, name);
  }

  /** Claims by and about an entity per day. */
  entityDays(name: string): EntityDay[] {
    return queries.entityDays(this.client, name);
  }

  /** Article ids in a date range. */
  listArticleIds(filter: { article?: string; since?: string; until?: string }): string[] {
    return queries.listArticleIds(this.client, filter);
  }

  /** Runs `read` in one repeatable-read transaction (nested calls join the outer one). */
  snapshot<T>(read: () => T): T {
    if (this.inTransaction) return read();
    this.inTransaction = true;
    try {
      return this.client.transaction(read, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    } finally {
      this.inTransaction = false;
    }
  }

  /** Mentions of one article and/or one entity name, streamed. */
  iterateMentions(filter: { article?: string; entity?: string }): Iterable<MentionExportRecord> {
    return this.stream(queries.buildMentionStatement(filter), queries.toMentionRecord);
  }

  /** One stored article, or null. */
  getArticle(id: string): StoredArticle | null {
    return queries.getArticle(this.client, id);
  }

  /** Entities with mention, article and claim counts. */
  listEntities(filter: EntityFilter): EntitySummary[] {
    return queries.listEntities(this.client, filter);
  }

  /** Totals and the latest run. */
  stats(): StoreStats {
    return queries.stats(this.client);
  }

  /** Closes the connection (idempotent). */
  close(): void {
    this.client.close();
  }

  /**
   * Streams the rows of `statement` FETCH_ROWS at a time through a cursor, inside the snapshot
   * transaction if one is open, else one of its own, so an export of any size reads one state of the
   * store in bounded memory. The connection is busy until the iteration ends or is abandoned.
   */
  private *stream<T>(statement: Statement, convert: (row: Record<string, unknown>) => T): Generator<T> {
    const ownTransaction = !this.inTransaction;
    const cursor = `claims_cursor_${++this.cursors}`;
    if (ownTransaction) {
      this.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      this.inTransaction = true;
    }
    try {
      this.client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${statement.text}`, statement.values ?? []);
      for (;;) {
        const rows = this.client.query(`FETCH ${FETCH_ROWS} FROM ${cursor}`).rows;
        for (const row of rows) yield convert(row);
        if (rows.length < FETCH_ROWS) break;
      }
      this.client.query(`CLOSE ${cursor}`);
    } finally {
      if (ownTransaction) {
        this.inTransaction = false;
        // COMMIT also closes a cursor left open by an abandoned iteration.
        this.client.query('COMMIT');
      }
    }
  }
}
