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

/** Where an article was read: its input file and, for JSONL and JSON arrays, its line or index. */
export interface ReadPlace {
  file: string;
  line: number | null;
}

/** The single writer: one connection, batched transactions, one savepoint per article. */
export interface StoreWriter {
  getArticleState(id: string): StoredArticleState | null;
  /**
   * Notes that run `runId` read the article `id` at `place`. Returns null the first time, and where
   * the run first read it when the id comes again (the pipeline then skips that copy). The ids are
   * kept by the store, not in the pipeline's memory, where they grew with the corpus.
   */
  noteArticleRead(runId: number, id: string, place: ReadPlace): ReadPlace | null;
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
  /** Full-text search over the article's title and text: claims of the articles that match. */
  articleSearch?: string;
  /** The speaker resolves to this entity (name, ASCII case ignored). */
  speakerEntity?: string;
  /** Claims about this entity: it is the target or is mentioned in the content (as EntitySummary.claimsAbout counts). */
  about?: string;
  limit?: number;
  offset?: number;
  /** Keyset paging: claims after this one in list order (stable while a run writes, unlike offset). */
  after?: ClaimCursor;
}

/** Where a page of claims ends, in list order (newest article first, undated last, then position). */
export interface ClaimCursor {
  publishedAt: string | null;
  articleId: string;
  index: number;
}

/** The article a listed claim comes from. */
export interface ClaimArticleInfo {
  title: string | null;
  source: string | null;
  url: string | null;
  published_at: string | null;
}

/** A claim record with its article's metadata, as the web view lists it. */
export type ClaimListItem = ClaimExportRecord & { article: ClaimArticleInfo };

/** One page of a list and where the next one starts (null on the last page). */
export interface Page<T, C> {
  items: T[];
  next: C | null;
}

/** Filters of the article list. */
export interface ArticleFilter {
  /** Full-text search over title and text (all words, stemmed). */
  search?: string;
  source?: string;
  since?: string;
  until?: string;
  after?: ArticleCursor;
}

/** Where a page of articles ends (newest first, undated last, then id). */
export interface ArticleCursor {
  publishedAt: string | null;
  id: string;
}

/** An article in a list, with counts; `snippet` marks matches with \uE000…\uE001 when searching. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  claims: number;
  mentions: number;
  snippet: string | null;
}

/** Where a page of entities ends (most mentioned first, then by claims as speaker, name, label). */
export interface EntityCursor {
  mentions: number;
  claimsAsSpeaker: number;
  entity: string;
  label: string;
}

/** Claims by and about an entity on one day (published_at's date). */
export interface EntityDay {
  day: string;
  said: number;
  about: number;
}

/** Filters of `claims entities` and the web view's entity list. */
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
  /** Up to `limit` claims with their article's metadata, from `filter.after` on. */
  listClaimPage(filter: ClaimFilter, limit: number): Page<ClaimListItem, ClaimCursor>;
  /** Up to `limit` articles with claim and mention counts, from `filter.after` on. */
  listArticlePage(filter: ArticleFilter, limit: number): Page<ArticleSummary, ArticleCursor>;
  /** Up to `limit` entities (as listEntities orders them), after `after`. */
  listEntityPage(filter: EntityFilter, limit: number, after?: EntityCursor): Page<EntitySummary, EntityCursor>;
  /** The entities with exactly this name (ASCII case ignored), one per label. */
  findEntities(name: string): EntitySummary[];
  /** Claims said by / about the entity with this name, per day, oldest first; undated articles left out. */
  entityDays(name: string): EntityDay[];
  /** Ids of the articles published in the date range (all when no bound is given), oldest id first. */
  listArticleIds(filter: { article?: string; since?: string; until?: string }): string[];
  /**
   * Runs `read` inside one read transaction, so the queries of one page see one state of the database
   * even while `claims run` commits batches.
   */
  snapshot<T>(read: () => T): T;
  iterateClaims(filter: ClaimFilter): Iterable<ClaimExportRecord>;
  iterateMentions(filter: { article?: string; entity?: string }): Iterable<MentionExportRecord>;
  getArticle(id: string): StoredArticle | null;
  listEntities(filter: EntityFilter): EntitySummary[];
  stats(): StoreStats;
  close(): void;
}
