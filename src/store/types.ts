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

/** An article that could not be stored by writeBatch, and why. */
export interface WriteFailure {
  articleId: string;
  message: string;
}

/**
 * The label stored for an entity named by a claim (a target, or a speaker without entityType) when
 * neither the article's mentions nor earlier articles say what kind of entity it is.
 */
export const UNKNOWN_LABEL = 'UNKNOWN';

/** An entity label as stored: the model's labels plus UNKNOWN_LABEL. */
export type StoredEntityLabel = EntityLabel | typeof UNKNOWN_LABEL;

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
  writeBatch(runId: number, batch: ArticleRecords[]): WriteFailure[];
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

/** Filters of `claims entities`. */
export interface EntityFilter {
  label?: StoredEntityLabel;
  /** Name contains this (ASCII case ignored). */
  search?: string;
  limit?: number;
}

export interface EntitySummary {
  entity: string;
  label: StoredEntityLabel;
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
  /** Line in `file` for JSONL / JSON-array input, else null. */
  line: number | null;
  format: string;
  language: string | null;
  /** ISO-8601 time the article was last stored. */
  processedAt: string;
}

/** Read-only access for the CLI and the web view. */
export interface StoreReader {
  listClaims(filter: ClaimFilter): ClaimExportRecord[];
  iterateClaims(filter: ClaimFilter): Iterable<ClaimExportRecord>;
  iterateMentions(filter: { article?: string; entity?: string }): Iterable<MentionExportRecord>;
  getArticle(id: string): StoredArticle | null;
  listEntities(filter: EntityFilter): EntitySummary[];
  stats(): StoreStats;
  close(): void;
}
