/**
 * The one interface the rest of the code uses to reach the database. SQLite implements it today; a
 * Postgres store can sit beside it without the stages or the CLI changing.
 */
import type { ArticleRecords, ClaimExportRecord, MentionExportRecord } from '../model/records.js';
import type { ClaimKind, EntityLabel } from '../model/types.js';

/** What the incremental check needs to know about an article already stored. */
export interface StoredArticleState {
  contentHash: string;
  extractorVersion: string;
}

/** A file, line or article that failed, kept in the `errors` table. */
export interface ErrorRecord {
  runId: number | null;
  file: string | null;
  line: number | null;
  articleId: string | null;
  stage: string;
  message: string;
}

export interface RunCounts {
  read: number;
  unchanged: number;
  processed: number;
  failed: number;
  sentences: number;
  entities: number;
  claims: number;
}

export interface RunInfo {
  configHash: string;
  extractorVersion: string;
  inputs: string[];
}

/** The single writer: one connection, batched transactions, one savepoint per article. */
export interface StoreWriter {
  getArticleState(id: string): StoredArticleState | null;
  beginRun(info: RunInfo): number;
  /**
   * Replaces each article's records (delete old, insert new) inside one transaction for the batch
   * and one savepoint per article, so every article is stored whole or not at all. Returns the ids
   * that failed to store with the reason; the others are committed.
   */
  writeBatch(runId: number, batch: ArticleRecords[]): { articleId: string; message: string }[];
  recordError(error: ErrorRecord): void;
  finishRun(runId: number, counts: RunCounts, timings: Record<string, number>, status: 'ok' | 'failed' | 'interrupted'): void;
  close(): void;
}

/** Filters shared by `claims list`, exports and (later) the web view. */
export interface ClaimFilter {
  speaker?: string;
  entity?: string;
  act?: string;
  kind?: ClaimKind;
  article?: string;
  /** ISO-8601 date; compares with the article's published_at. */
  since?: string;
  until?: string;
  /** Full-text search over claim content. */
  search?: string;
  limit?: number;
  offset?: number;
}

export interface EntitySummary {
  entity: string;
  label: EntityLabel;
  mentions: number;
  articles: number;
  /** Claims whose speaker resolves to this entity. */
  claimsAsSpeaker: number;
  /** Claims whose target or content mentions this entity. */
  claimsAbout: number;
}

export interface StoreStats {
  articles: number;
  sentences: number;
  mentions: number;
  entities: number;
  claims: number;
  errors: number;
  claimsByAct: Record<string, number>;
  claimsByKind: Record<string, number>;
  lastRun: { id: number; startedAt: string; finishedAt: string | null; status: string; counts: RunCounts } | null;
}

export interface StoredArticle {
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  file: string | null;
}

/** Read-only access for the CLI and the web view. */
export interface StoreReader {
  listClaims(filter: ClaimFilter): ClaimExportRecord[];
  iterateClaims(filter: ClaimFilter): Iterable<ClaimExportRecord>;
  iterateMentions(filter: { article?: string; entity?: string }): Iterable<MentionExportRecord>;
  getArticle(id: string): StoredArticle | null;
  listEntities(filter: { label?: EntityLabel; search?: string; limit?: number }): EntitySummary[];
  stats(): StoreStats;
  close(): void;
}
