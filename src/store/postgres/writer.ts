/**
 * StoreWriter for PostgreSQL. Unlike the SQLite file, a Postgres store may have many writers at once
 * (`claims worker` on several machines): each article is written under an advisory lock on its id,
 * in a savepoint (a transaction of its own when the batch holds one article), and retried when it
 * deadlocks with another writer over a new entity row.
 */
import { ClaimsError, describeError } from '../../errors.js';
import type { ArticleRecords } from '../../model/records.js';
import { checkRecords } from '../check-records.js';
import { abandonedRuns, RUN_HOST } from '../liveness.js';
import type { ErrorRecord, ReadPlace, RunCounts, RunInfo, StoredArticleState, StoreWriter, WriteFailure } from '../types.js';
import { migratePostgres } from './migrate.js';
import { SyncPgClient, type Statement } from './sync-client.js';
import { articleStatements, DELETE_UNUSED_ENTITIES } from './write-statements.js';

/**
 * Connects to `url` and migrates the store. Throws DB_OPEN when the server cannot be reached and
 * DB_SCHEMA when the store is from a newer version.
 */
export function openPostgresWriter(url: string): PostgresWriter {
  const client = SyncPgClient.connect(url, { applicationName: 'claims writer' });
  try {
    migratePostgres(client);
  } catch (error) {
    client.close();
    throw error;
  }
  return new PostgresWriter(client);
}

/** StoreWriter over one PostgreSQL connection. Build it with openPostgresWriter. */
export class PostgresWriter implements StoreWriter {
  private readonly client: SyncPgClient;
  /**
   * Where each run first read each id (noteArticleRead). Kept in memory: a round trip to the server
   * per article read would cost more than the pipeline's work on an unchanged one.
   */
  private readonly readIds = new Map<number, Map<string, ReadPlace>>();

  /** Wraps a connection to a migrated store. */
  constructor(client: SyncPgClient) {
    this.client = client;
  }

  /** The stored hash and extractor version of an article, or null when it is not stored. */
  getArticleState(id: string): StoredArticleState | null {
    const rows = this.client.query<StoredArticleState>(
      'SELECT content_hash AS "contentHash", extractor_version AS "extractorVersion" FROM articles WHERE id = $1',
      [id],
    ).rows;
    return rows[0] ?? null;
  }

  /** See StoreWriter.noteArticleRead. */
  noteArticleRead(runId: number, id: string, place: ReadPlace): ReadPlace | null {
    let ids = this.readIds.get(runId);
    if (ids === undefined) this.readIds.set(runId, (ids = new Map()));
    const first = ids.get(id);
    if (first !== undefined) return first;
    ids.set(id, place);
    return null;
  }

  /** Records the start of a run and returns its id. */
  beginRun(info: RunInfo): number {
    // Runs left running by processes of this host that no longer exist were killed outright.
    const running = this.client.query<{ id: number; pid: number }>(
      "SELECT id, pid FROM runs WHERE status = 'running' AND host = $1 AND pid IS NOT NULL AND pid <> $2",
      [RUN_HOST, process.pid],
    ).rows;
    for (const id of abandonedRuns(running)) this.client.query("UPDATE runs SET status = 'interrupted' WHERE id = $1 AND status = 'running'", [id]);
    const rows = this.client.query<{ id: number }>(
      `INSERT INTO runs (started_at, status, config_hash, extractor_version, inputs, pid, host)
       VALUES ($1, 'running', $2, $3, $4, $5, $6) RETURNING id`,
      [new Date().toISOString(), info.configHash, info.extractorVersion, JSON.stringify(info.inputs), process.pid, RUN_HOST],
    ).rows;
    return rows[0]!.id;
  }

  /**
   * Stores each article of the batch in place of its previous version, in one transaction with a
   * savepoint per article; returns the articles that could not be stored and why.
   */
  writeBatch(runId: number, batch: ArticleRecords[]): WriteFailure[] {
    const processedAt = new Date().toISOString();
    const failures: WriteFailure[] = [];
    const units: Statement[][] = [];
    const unitIds: string[] = [];
    for (const records of batch) {
      try {
        checkRecords(records);
      } catch (error) {
        failures.push({ articleId: records.article.id, message: describeError(error) });
        continue;
      }
      units.push(articleStatements(runId, records, processedAt));
      unitIds.push(records.article.id);
    }
    for (const failure of this.client.runUnits(units)) {
      failures.push({ articleId: unitIds[failure.index]!, message: failure.message });
    }
    return failures;
  }

  /** Appends one row to the errors table. */
  recordError(error: ErrorRecord): void {
    this.client.query(
      `INSERT INTO errors (run_id, at, file, line, article_id, stage, message) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [error.runId, new Date().toISOString(), error.file, error.line, error.articleId, error.stage, error.message],
    );
  }

  /**
   * Records the end of a run, then deletes entities nothing refers to any more. The clean-up skips
   * rows another writer is using at that moment; if it still collides with one, it is left for the
   * next run rather than failing this one.
   */
  finishRun(runId: number, counts: RunCounts, timings: Record<string, number>, status: 'ok' | 'failed' | 'interrupted'): void {
    this.client.query(
      `UPDATE runs SET finished_at = $2, status = $3, timings = $4,
         read_count = $5, unchanged_count = $6, processed_count = $7, failed_count = $8,
         sentence_count = $9, entity_count = $10, claim_count = $11
       WHERE id = $1`,
      [
        runId, new Date().toISOString(), status, JSON.stringify(timings),
        counts.read, counts.unchanged, counts.processed, counts.failed, counts.sentences, counts.entities, counts.claims,
      ],
    );
    this.client.runUnits([[DELETE_UNUSED_ENTITIES]], 0);
    this.readIds.delete(runId);
  }

  /** Closes the connection (idempotent). */
  close(): void {
    this.client.close();
  }
}

/** Whether `target` (a --db value or config `database`) names a PostgreSQL store. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//iu.test(target);
}

/** Throws USAGE unless `url` is a postgres:// URL (for options that accept nothing else). */
export function assertPostgresUrl(url: string, option: string): void {
  if (!isPostgresUrl(url)) {
    throw new ClaimsError('USAGE', `${option} expects a postgres:// or postgresql:// URL, got "${url}"`);
  }
}
