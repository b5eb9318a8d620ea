/**
 * The single SQLite writer. One connection; each batch is one transaction, written again with each
 * article in a savepoint of its own when one of them fails, so an article is stored whole or not at
 * all and a failed batch leaves what was stored before untouched (its deletes roll back with its
 * inserts). The full-text indexes are filled once per batch, in the same transaction.
 *
 * Another process may write the same file (a second `claims run`): every write transaction takes
 * the write lock up front (BEGIN IMMEDIATE) and waits for it, retrying on SQLITE_BUSY, so the two
 * runs take turns batch by batch and "database is locked" never reaches the user. A write that
 * fails as a whole (disk full, read-only file, I/O error) throws ClaimsError DB_WRITE.
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ClaimsError, describeError } from '../errors.js';
import type { ArticleRecords } from '../model/records.js';
import type { EntityLabel, Mention } from '../model/types.js';
import { checkRecords } from './check-records.js';
import { abandonedRuns, RUN_HOST } from './liveness.js';
import { configureWriter, isBusyError, migrate, retryWhileBusy, WRITE_WAIT_MS } from './migrate.js';
import {
  UNKNOWN_LABEL,
  type ErrorRecord,
  type ReadPlace,
  type RunCounts,
  type RunInfo,
  type StoredArticleState,
  type StoreWriter,
  type WriteFailure,
} from './types.js';
import { prepareWriterStatements, type WriterStatements } from './write-statements.js';

/**
 * Opens (creating if needed, with its folder) and migrates the database at `path` for writing.
 * Throws DB_OPEN when the file cannot be opened as SQLite, DB_SCHEMA when it is from a newer version.
 */
export function openSqliteWriter(path: string): SqliteWriter {
  let db: Database.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    configureWriter(db);
  } catch (error) {
    db?.close();
    throw new ClaimsError('DB_OPEN', `cannot open database ${path} for writing: ${explainOpenError(path, error)}`, { cause: error });
  }
  try {
    migrate(db, path);
  } catch (error) {
    db.close();
    if (error instanceof ClaimsError) throw error;
    throw new ClaimsError('DB_SCHEMA', `cannot migrate database ${path}: ${describeError(error)}`, { cause: error });
  }
  return new SqliteWriter(db);
}

/** StoreWriter over one better-sqlite3 connection. Build it with openSqliteWriter. */
export class SqliteWriter implements StoreWriter {
  private readonly db: Database.Database;
  private readonly statements: WriterStatements;
  private readonly writeAll: Database.Transaction<(runId: number, batch: ArticleRecords[]) => WriteFailure[]>;
  private readonly writeAllAtOnce: Database.Transaction<(runId: number, batch: ArticleRecords[]) => WriteFailure[]>;
  private readonly beginRunTransaction: Database.Transaction<(info: RunInfo) => number>;
  private readonly writeOne: (runId: number, records: ArticleRecords, processedAt: string, entityIds: Map<string, number>) => void;

  /** Wraps an open, configured and migrated connection. */
  constructor(db: Database.Database) {
    this.db = db;
    this.statements = prepareWriterStatements(db);
    // better-sqlite3 runs a transaction function called inside another as a SAVEPOINT, and rolls
    // back to it when the inner function throws: exactly the per-article isolation we want.
    this.writeOne = db.transaction((runId: number, records: ArticleRecords, processedAt: string, entityIds: Map<string, number>) =>
      this.storeArticle(runId, records, processedAt, entityIds),
    );
    this.writeAll = db.transaction((runId: number, batch: ArticleRecords[]) => this.storeBatch(runId, batch, true));
    this.writeAllAtOnce = db.transaction((runId: number, batch: ArticleRecords[]) => this.storeBatch(runId, batch, false));
    this.beginRunTransaction = db.transaction((info: RunInfo) => this.startRun(info));
  }

  /** The stored hash and extractor version of an article, or null when it is not stored. */
  getArticleState(id: string): StoredArticleState | null {
    return retryWhileBusy(() => (this.statements.selectArticleState.get(id) as StoredArticleState | undefined) ?? null);
  }

  /** See StoreWriter.noteArticleRead; the ids live in a temp table (write-statements.ts). */
  noteArticleRead(runId: number, id: string, place: ReadPlace): ReadPlace | null {
    const s = this.statements;
    if (s.insertReadId.run(runId, id, place.file, place.line).changes > 0) return null;
    return s.selectReadId.get(runId, id) as ReadPlace;
  }

  /** Records the start of a run and returns its id. */
  beginRun(info: RunInfo): number {
    return this.write(() => this.beginRunTransaction.immediate(info));
  }

  /**
   * Marks `interrupted` the runs left `running` by processes of this host that no longer exist (a run
   * killed outright never finishes its row), then inserts the new run with this process's id.
   */
  private startRun(info: RunInfo): number {
    const s = this.statements;
    for (const id of abandonedRuns(s.selectRunningOnHost.all(RUN_HOST, process.pid) as { id: number; pid: number }[])) s.markInterrupted.run(id);
    const result = s.insertRun.run({
      startedAt: new Date().toISOString(),
      configHash: info.configHash,
      extractorVersion: info.extractorVersion,
      inputs: JSON.stringify(info.inputs),
      pid: process.pid,
      host: RUN_HOST,
    });
    return Number(result.lastInsertRowid);
  }

  /**
   * Stores each article of the batch in place of its previous version; see StoreWriter.writeBatch.
   * The batch is first written without a savepoint per article: they cost about 0.1 ms of CPU per
   * article, a quarter of the writer's time, on the thread the workers share the cores with.
   * Articles rarely fail here, so when one does, that attempt is rolled back whole and the batch is
   * written again with the savepoints, which keep the articles that can be stored.
   */
  writeBatch(runId: number, batch: ArticleRecords[]): WriteFailure[] {
    return this.write(() => {
      try {
        return this.writeAllAtOnce.immediate(runId, batch);
      } catch (error) {
        if (isBatchFatal(error)) throw error;
      }
      return this.writeAll.immediate(runId, batch);
    });
  }

  /** Appends one row to the errors table. */
  recordError(error: ErrorRecord): void {
    this.write(() => this.statements.insertError.run({
      runId: error.runId,
      at: new Date().toISOString(),
      file: error.file,
      line: error.line,
      articleId: error.articleId,
      stage: error.stage,
      message: error.message,
    }));
  }

  /**
   * Records the end of a run, then deletes entities nothing refers to any more (left behind when
   * re-processed articles no longer mention them), so entity counts describe the stored articles.
   */
  finishRun(runId: number, counts: RunCounts, timings: Record<string, number>, status: 'ok' | 'failed' | 'interrupted'): void {
    const finish = this.db.transaction(() => {
      this.statements.finishRun.run({
        id: runId,
        finishedAt: new Date().toISOString(),
        status,
        timings: JSON.stringify(timings),
        read: counts.read,
        unchanged: counts.unchanged,
        processed: counts.processed,
        failed: counts.failed,
        sentences: counts.sentences,
        entities: counts.entities,
        claims: counts.claims,
      });
      this.statements.deleteUnusedEntities.run();
    });
    this.statements.deleteReadIds.run(runId);
    this.write(() => finish.immediate());
  }

  /**
   * Closes the connection (idempotent), letting SQLite refresh its planner statistics first. Never
   * throws: it runs in `finally` blocks, where it must not hide the error that got there.
   */
  close(): void {
    if (!this.db.open) return;
    try {
      this.db.pragma('optimize');
    } catch {
      // Only statistics: a full disk or a busy file is reported by the write that met it.
    }
    this.db.close();
  }

  /**
   * Runs one whole transaction or statement, waiting while another process holds the write lock;
   * a failure that is the database's, not one article's, becomes ClaimsError DB_WRITE (exit 1).
   */
  private write<T>(action: () => T): T {
    try {
      return retryWhileBusy(action);
    } catch (error) {
      throw new ClaimsError('DB_WRITE', `cannot write to database ${this.db.name}: ${explainWriteError(error)}`, { cause: error });
    }
  }

  /**
   * Stores the batch inside the caller's transaction, each article in a savepoint of its own when
   * `isolate` (a failing article is then rolled back and listed; otherwise its error ends the batch),
   * and adds the stored articles and their claims to the full-text indexes.
   */
  private storeBatch(runId: number, batch: ArticleRecords[], isolate: boolean): WriteFailure[] {
    const processedAt = new Date().toISOString();
    const failures: WriteFailure[] = [];
    // Stored by this batch and not yet in the full-text indexes.
    const unindexed = new Set<string>();
    // Entity ids found or created in this transaction, by label and name (see entityLinker).
    const entityIds = new Map<string, number>();
    for (const records of batch) {
      const id = records.article.id;
      // The same article again: its first copy must be in the indexes before the delete triggers
      // take it out of them.
      if (unindexed.has(id)) this.indexForSearch(unindexed);
      if (!isolate) {
        this.storeArticle(runId, records, processedAt, entityIds);
        unindexed.add(id);
        continue;
      }
      try {
        this.writeOne(runId, records, processedAt, entityIds);
        unindexed.add(id);
      } catch (error) {
        // Some errors (disk full, I/O) make SQLite abandon the whole transaction; continuing would
        // commit the rest of the batch one statement at a time, so fail the batch instead. The
        // others of that kind fail every later article too, so they end the batch as well.
        if (!this.db.inTransaction || isBatchFatal(error)) throw error;
        failures.push({ articleId: id, message: describeError(error) });
        // Entities the article created went with its savepoint.
        entityIds.clear();
      }
    }
    this.indexForSearch(unindexed);
    return failures;
  }

  /**
   * Adds the articles `ids` (stored in this transaction) and their claims to articles_fts and
   * claims_fts, then empties `ids`. One statement per index for a whole batch: FTS5 writes a new
   * index segment at every statement savepoint, so per-row triggers cost 30 times as much.
   */
  private indexForSearch(ids: Set<string>): void {
    if (ids.size === 0) return;
    const list = JSON.stringify([...ids]);
    const s = this.statements;
    s.indexClaims.run(list);
    s.addArticleKeys.run(list);
    s.indexArticles.run(list);
    ids.clear();
  }

  private storeArticle(runId: number, records: ArticleRecords, processedAt: string, entityIds: Map<string, number>): void {
    checkRecords(records);
    const { article } = records;
    const articleId = article.id;
    const s = this.statements;
    s.deleteArticle.run(articleId);
    s.insertArticle.run({
      id: articleId,
      title: article.title,
      text: article.text,
      url: article.url,
      source: article.source,
      publishedAt: article.publishedAt,
      language: article.language,
      file: article.origin.file,
      line: article.origin.line ?? null,
      format: article.origin.format,
      titleStart: article.titleSpan?.start ?? null,
      titleEnd: article.titleSpan?.end ?? null,
      contentHash: records.contentHash,
      extractorVersion: records.extractorVersion,
      tokenCount: records.tokenCount,
      timings: JSON.stringify(records.timings),
      processedAt,
      runId,
    });
    // Values in the order of each statement's column list (store/write-statements.ts).
    for (const p of records.paragraphs) s.insertParagraph.run(articleId, p.index, p.start, p.end, p.kind);
    for (const t of records.sentences) s.insertSentence.run(articleId, t.index, t.start, t.end, t.kind, t.paragraph);
    const link = this.entityLinker(records.mentions, entityIds);
    records.mentions.forEach((m, index) => {
      s.insertMention.run(articleId, index, link(m.canonical, m.label), m.start, m.end, m.text, m.label, m.sentence, m.source);
    });
    records.claims.forEach((c, index) => {
      const { speaker, cue, content, target, channel } = c;
      s.insertClaim.run(
        articleId, index, c.sentence,
        speaker?.text ?? null, speaker?.start ?? null, speaker?.end ?? null,
        speaker?.entity ? link(speaker.entity, speaker.entityType) : null, speaker?.role ?? null,
        cue?.text ?? null, cue?.start ?? null, cue?.end ?? null, cue?.lemma ?? null,
        content.text, content.start, content.end,
        JSON.stringify(c.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end }))), c.kind, c.act,
        target?.text ?? null, target?.start ?? null, target?.end ?? null,
        target?.entity ? link(target.entity, null) : null, target?.role ?? null,
        channel?.text ?? null, channel?.start ?? null, channel?.end ?? null, c.confidence, c.rule,
      );
    });
    records.messages.forEach((m, index) => {
      s.insertMessage.run(articleId, index, m.stage, m.rule, m.severity, m.text, m.span?.start ?? null, m.span?.end ?? null);
    });
  }

  /**
   * Returns a function that finds or creates the entities row for a canonical name and label. When
   * the label is unknown (targets carry none, speakers may not), it is taken from a mention of the
   * same name in this article, else from any stored entity of that name, else stored as UNKNOWN.
   * `cache` holds the ids found or created so far in the caller's transaction (the write lock is
   * held throughout, and entities rows are deleted only by finishRun): a batch of news names the
   * same people and places again and again, and each look-up was a query. The caller empties it
   * when a savepoint rolls back, since rows created inside one vanish with it.
   */
  private entityLinker(mentions: Mention[], cache: Map<string, number>): (name: string, label: EntityLabel | null) => number {
    const s = this.statements;
    const labelInArticle = new Map<string, EntityLabel>();
    for (const m of mentions) if (!labelInArticle.has(m.canonical)) labelInArticle.set(m.canonical, m.label);
    const upsert = (name: string, label: string): number => {
      const key = `${label}\u0000${name}`;
      let id = cache.get(key);
      if (id === undefined) {
        const row = (s.selectEntity.get(name, label) ?? s.insertEntity.get(name, label)) as { id: number };
        id = row.id;
        cache.set(key, id);
      }
      return id;
    };
    return (name, label) => {
      if (label !== null) return upsert(name, label);
      const fromArticle = labelInArticle.get(name);
      if (fromArticle !== undefined) return upsert(name, fromArticle);
      const stored = s.selectEntityByName.get(name) as { id: number } | undefined;
      return stored?.id ?? upsert(name, UNKNOWN_LABEL);
    };
  }
}

/**
 * Why a database path cannot be opened for writing, in words: SQLite says only "unable to open
 * database file", so the folder and the file are examined for the usual causes.
 */
function explainOpenError(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const folder = dirname(path);
  const advice = 'choose another --db, or make it writable';
  if (code === 'EEXIST' || code === 'ENOTDIR') return `${folder} is not a folder (a file is in the way); ${advice}`;
  // The nearest folder that exists is the one that must be writable (mkdir may have failed under it).
  let existing = folder;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  for (const [target, what] of [[existing, 'folder'], [path, 'file']] as const) {
    if (what === 'file' && !existsSync(path)) continue;
    try {
      accessSync(target, constants.W_OK);
    } catch (problem) {
      const reason = (problem as NodeJS.ErrnoException).code === 'EROFS' ? 'is on a read-only file system' : 'is not writable';
      return `the ${what} ${target} ${reason}; ${advice}`;
    }
  }
  return describeError(error);
}

/**
 * SQLite result codes after which no later article of the batch can be stored either (the disk, the
 * file or the lock is the problem, not the article); better-sqlite3 puts the extended code on `code`.
 */
const BATCH_FATAL_CODES = ['SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_READONLY', 'SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CANTOPEN', 'SQLITE_NOMEM', 'SQLITE_BUSY'];

function isBatchFatal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && BATCH_FATAL_CODES.some((fatal) => code === fatal || code.startsWith(`${fatal}_`));
}

/** What went wrong with a write and what to do about it, for people. */
function explainWriteError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = describeError(error);
  const kept = 'articles committed before this were kept; run again to store the rest';
  if (isBusyError(error)) {
    return `${reason}: another process held its write lock for over ${WRITE_WAIT_MS / 1000} s; let it finish, then run again (${kept})`;
  }
  if (code === 'SQLITE_FULL') return `${reason}; free disk space, then run again (${kept})`;
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
    return `${reason}; the file or its folder is read-only — make it writable or choose another --db`;
  }
  return `${reason} (${typeof code === 'string' ? code : 'unknown cause'}); ${kept}`;
}
