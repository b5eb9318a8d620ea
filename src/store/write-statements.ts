/**
 * Every SQL statement the writer runs, prepared once per connection: preparing per article would
 * re-parse the same SQL thousands of times in a large run.
 */
import type Database from 'better-sqlite3';

/** The writer's prepared statements, by what they do. */
export interface WriterStatements {
  selectArticleState: Database.Statement<[string]>;
  insertReadId: Database.Statement<[number, string, string, number | null]>;
  selectReadId: Database.Statement<[number, string]>;
  deleteReadIds: Database.Statement<[number]>;
  insertRun: Database.Statement;
  selectRunningOnHost: Database.Statement<[string, number]>;
  markInterrupted: Database.Statement<[number]>;
  finishRun: Database.Statement;
  insertError: Database.Statement;
  deleteArticle: Database.Statement<[string]>;
  insertArticle: Database.Statement;
  insertParagraph: Database.Statement;
  insertSentence: Database.Statement;
  insertMention: Database.Statement;
  insertClaim: Database.Statement;
  insertMessage: Database.Statement;
  selectEntity: Database.Statement<[string, string]>;
  selectEntityByName: Database.Statement<[string]>;
  insertEntity: Database.Statement<[string, string]>;
  deleteUnusedEntities: Database.Statement<[]>;
  indexClaims: Database.Statement<[string]>;
  addArticleKeys: Database.Statement<[string]>;
  indexArticles: Database.Statement<[string]>;
}

/**
 * Prepares the writer's statements on `db` (which must already be migrated). The statements run
 * once per row of an article (paragraphs, sentences, mentions, claims, messages) take their values
 * by position, in the order of their column lists: binding 28 named values cost twice as long.
 */
export function prepareWriterStatements(db: Database.Database): WriterStatements {
  createReadIds(db);
  return {
    selectArticleState: db.prepare(
      'SELECT content_hash AS contentHash, extractor_version AS extractorVersion FROM articles WHERE id = ?',
    ),
    insertReadId: db.prepare('INSERT INTO temp.read_ids (run_id, id, file, line) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING'),
    selectReadId: db.prepare('SELECT file, line FROM temp.read_ids WHERE run_id = ? AND id = ?'),
    deleteReadIds: db.prepare('DELETE FROM temp.read_ids WHERE run_id = ?'),
    insertRun: db.prepare(
      `INSERT INTO runs (started_at, status, config_hash, extractor_version, inputs, pid, host)
       VALUES (@startedAt, 'running', @configHash, @extractorVersion, @inputs, @pid, @host)`,
    ),
    // Runs still marked running that another process on this host began (see store/liveness.ts).
    selectRunningOnHost: db.prepare("SELECT id, pid FROM runs WHERE status = 'running' AND host = ? AND pid IS NOT NULL AND pid <> ?"),
    markInterrupted: db.prepare("UPDATE runs SET status = 'interrupted' WHERE id = ? AND status = 'running'"),
    finishRun: db.prepare(
      `UPDATE runs SET finished_at = @finishedAt, status = @status, timings = @timings,
         read_count = @read, unchanged_count = @unchanged, processed_count = @processed,
         failed_count = @failed, sentence_count = @sentences, entity_count = @entities, claim_count = @claims
       WHERE id = @id`,
    ),
    insertError: db.prepare(
      `INSERT INTO errors (run_id, at, file, line, article_id, stage, message)
       VALUES (@runId, @at, @file, @line, @articleId, @stage, @message)`,
    ),
    // Children (paragraphs, sentences, mentions, claims, messages) go with it by ON DELETE CASCADE,
    // and the delete triggers remove the article and its claims from the full-text indexes.
    deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
    insertArticle: db.prepare(
      `INSERT INTO articles (id, title, text, url, source, published_at, language, file, line, format,
         title_start, title_end, content_hash, extractor_version, token_count, timings, processed_at, run_id)
       VALUES (@id, @title, @text, @url, @source, @publishedAt, @language, @file, @line, @format,
         @titleStart, @titleEnd, @contentHash, @extractorVersion, @tokenCount, @timings, @processedAt, @runId)`,
    ),
    insertParagraph: db.prepare(
      'INSERT INTO paragraphs (article_id, idx, start, "end", kind) VALUES (?, ?, ?, ?, ?)',
    ),
    insertSentence: db.prepare(
      `INSERT INTO sentences (article_id, idx, start, "end", kind, paragraph)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    insertMention: db.prepare(
      `INSERT INTO mentions (article_id, idx, entity_id, start, "end", text, label, sentence_idx, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertClaim: db.prepare(
      `INSERT INTO claims (article_id, idx, sentence_idx,
         speaker_text, speaker_start, speaker_end, speaker_entity_id, speaker_role,
         cue_text, cue_start, cue_end, cue_lemma,
         content_text, content_start, content_end, quotes, kind, act,
         target_text, target_start, target_end, target_entity_id, target_role,
         channel_text, channel_start, channel_end, confidence, rule)
       VALUES (?, ?, ?,
         ?, ?, ?, ?, ?,
         ?, ?, ?, ?,
         ?, ?, ?, ?, ?, ?,
         ?, ?, ?, ?, ?,
         ?, ?, ?, ?, ?)`,
    ),
    insertMessage: db.prepare(
      `INSERT INTO messages (article_id, idx, stage, rule, severity, text, start, "end")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    selectEntity: db.prepare('SELECT id FROM entities WHERE name = ? AND label = ?'),
    // Lowest id first so the same name always resolves to the same row.
    selectEntityByName: db.prepare('SELECT id FROM entities WHERE name = ? ORDER BY id LIMIT 1'),
    insertEntity: db.prepare('INSERT INTO entities (name, label) VALUES (?, ?) RETURNING id'),
    deleteUnusedEntities: db.prepare(
      `DELETE FROM entities
       WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE mentions.entity_id = entities.id)
         AND NOT EXISTS (SELECT 1 FROM claims WHERE claims.speaker_entity_id = entities.id)
         AND NOT EXISTS (SELECT 1 FROM claims WHERE claims.target_entity_id = entities.id)`,
    ),
    // The full-text indexes, filled once per batch (schema.ts, migration 5); each takes a JSON array
    // of the ids of the articles just stored. Their old rows left the indexes by the delete triggers.
    indexClaims: db.prepare(
      `INSERT INTO claims_fts (rowid, content_text)
       SELECT c.id, c.content_text FROM json_each(?) j JOIN claims c ON c.article_id = j.value ORDER BY c.id`,
    ),
    addArticleKeys: db.prepare('INSERT INTO articles_fts_keys (article_id) SELECT value FROM json_each(?) ORDER BY key'),
    indexArticles: db.prepare(
      `INSERT INTO articles_fts (rowid, title, text)
       SELECT k.id, a.title, a.text FROM json_each(?) j
       JOIN articles_fts_keys k ON k.article_id = j.value JOIN articles a ON a.id = j.value ORDER BY k.id`,
    ),
  };
}

/** Page cache of the temp database that holds read_ids, KiB (see createReadIds). */
const READ_IDS_CACHE_KIB = 512;

/**
 * The ids each run has read, for the duplicate check (StoreWriter.noteArticleRead). A temp table:
 * private to this connection, gone when it closes, never part of the schema. SQLite keeps temp
 * tables in a file (better-sqlite3 builds it with SQLITE_TEMP_STORE=1) behind their own page cache,
 * kept small here, so 100,000 ids cost about 0.5 MB of RSS instead of ~7 MB held in a Map.
 */
function createReadIds(db: Database.Database): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS read_ids (
    run_id INTEGER NOT NULL, id TEXT NOT NULL, file TEXT NOT NULL, line INTEGER, PRIMARY KEY (run_id, id)
  ) WITHOUT ROWID`);
  db.pragma(`temp.cache_size = -${READ_IDS_CACHE_KIB}`);
}
