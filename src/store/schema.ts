/**
 * The one definition of the database schema, as ordered migrations. It lives in a .ts file rather
 * than schema.sql because the build is plain `tsc`, which does not copy .sql files into dist/.
 *
 * Every offset column is a UTF-16 code-unit index into `articles.text`, end exclusive; every date is
 * ISO-8601 text. docs/schema.md documents each table and column (tests/store/schema-doc.test.ts
 * fails when the two drift apart). A change to the schema is a new migration appended to the list,
 * never an edit to one that has shipped.
 */

/** One step of the schema; `version` becomes PRAGMA user_version once it is applied. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

const INITIAL_SCHEMA = `
CREATE TABLE runs (
  id                INTEGER PRIMARY KEY,
  started_at        TEXT NOT NULL,
  finished_at       TEXT,
  status            TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed', 'interrupted')),
  config_hash       TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  inputs            TEXT NOT NULL,
  read_count        INTEGER,
  unchanged_count   INTEGER,
  processed_count   INTEGER,
  failed_count      INTEGER,
  sentence_count    INTEGER,
  entity_count      INTEGER,
  claim_count       INTEGER,
  timings           TEXT
);

CREATE TABLE articles (
  id                TEXT PRIMARY KEY,
  title             TEXT,
  text              TEXT NOT NULL,
  url               TEXT,
  source            TEXT,
  published_at      TEXT,
  language          TEXT,
  file              TEXT NOT NULL,
  line              INTEGER,
  format            TEXT NOT NULL,
  title_start       INTEGER,
  title_end         INTEGER,
  content_hash      TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  token_count       INTEGER NOT NULL,
  timings           TEXT NOT NULL,
  processed_at      TEXT NOT NULL,
  run_id            INTEGER REFERENCES runs(id) ON DELETE SET NULL
);
CREATE INDEX articles_published_at ON articles(published_at);

CREATE TABLE paragraphs (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  paragraph  INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL,
  label TEXT NOT NULL,
  UNIQUE (name, label)
);

CREATE TABLE mentions (
  article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  entity_id    INTEGER NOT NULL REFERENCES entities(id),
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  label        TEXT NOT NULL,
  sentence_idx INTEGER NOT NULL,
  source       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_entity_id ON mentions(entity_id);
CREATE INDEX mentions_article_start ON mentions(article_id, start);

CREATE TABLE claims (
  id                INTEGER PRIMARY KEY,
  article_id        TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx               INTEGER NOT NULL,
  sentence_idx      INTEGER NOT NULL,
  speaker_text      TEXT,
  speaker_start     INTEGER,
  speaker_end       INTEGER,
  speaker_entity_id INTEGER REFERENCES entities(id),
  speaker_role      TEXT,
  cue_text          TEXT,
  cue_start         INTEGER,
  cue_end           INTEGER,
  cue_lemma         TEXT,
  content_text      TEXT NOT NULL,
  content_start     INTEGER NOT NULL,
  content_end       INTEGER NOT NULL,
  quotes            TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
  act               TEXT NOT NULL,
  target_text       TEXT,
  target_start      INTEGER,
  target_end        INTEGER,
  target_entity_id  INTEGER REFERENCES entities(id),
  channel_text      TEXT,
  channel_start     INTEGER,
  channel_end       INTEGER,
  confidence        REAL NOT NULL,
  rule              TEXT NOT NULL,
  UNIQUE (article_id, idx)
);
CREATE INDEX claims_article_id ON claims(article_id);
CREATE INDEX claims_speaker_entity_id ON claims(speaker_entity_id);
CREATE INDEX claims_target_entity_id ON claims(target_entity_id);
CREATE INDEX claims_act ON claims(act);
CREATE INDEX claims_kind ON claims(kind);

-- External-content FTS5 index over claims.content_text (rowid = claims.id). The triggers keep it in
-- step with every insert, delete (including ON DELETE CASCADE from articles) and update, so no
-- writer code can forget to.
CREATE VIRTUAL TABLE claims_fts USING fts5(
  content_text,
  content = 'claims',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, content_text) VALUES (new.id, new.content_text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, content_text) VALUES ('delete', old.id, old.content_text);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF content_text ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, content_text) VALUES ('delete', old.id, old.content_text);
  INSERT INTO claims_fts(rowid, content_text) VALUES (new.id, new.content_text);
END;

CREATE TABLE messages (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  stage      TEXT NOT NULL,
  rule       TEXT NOT NULL,
  severity   TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'fatal')),
  text       TEXT NOT NULL,
  start      INTEGER,
  "end"      INTEGER,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE errors (
  id         INTEGER PRIMARY KEY,
  run_id     INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  at         TEXT NOT NULL,
  file       TEXT,
  line       INTEGER,
  article_id TEXT,
  stage      TEXT NOT NULL,
  message    TEXT NOT NULL
);
CREATE INDEX errors_run_id ON errors(run_id);
`;

/** Every migration in order; the last one's version is the schema version this code expects. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'initial schema', sql: INITIAL_SCHEMA },
  {
    version: 2,
    description: 'claims.target_role (Target gained a role, like Speaker)',
    sql: 'ALTER TABLE claims ADD COLUMN target_role TEXT;',
  },
];

/** The user_version of a fully migrated database. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]!.version;
