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

/**
 * Dashboards and the web view: full-text search over articles, and stable flat views with ISO-8601
 * dates. The article index is external-content (the text is not stored twice), but articles has a
 * TEXT primary key, whose implicit rowid VACUUM may renumber; so the index is keyed by
 * articles_fts_keys.id, an INTEGER PRIMARY KEY that VACUUM keeps, and reads its content through
 * the articles_fts_source view.
 */
const VIEWS_AND_ARTICLE_SEARCH = `
CREATE TABLE articles_fts_keys (
  id         INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE
);
CREATE VIEW articles_fts_source AS
  SELECT k.id AS id, a.title AS title, a.text AS text
  FROM articles_fts_keys k JOIN articles a ON a.id = k.article_id;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title,
  text,
  content = 'articles_fts_source',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts_keys (article_id) SELECT id FROM articles ORDER BY rowid;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts_keys (article_id) VALUES (new.id);
  INSERT INTO articles_fts (rowid, title, text)
    SELECT k.id, new.title, new.text FROM articles_fts_keys k WHERE k.article_id = new.id;
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
    SELECT 'delete', k.id, old.title, old.text FROM articles_fts_keys k WHERE k.article_id = old.id;
  DELETE FROM articles_fts_keys WHERE article_id = old.id;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text)
    SELECT 'delete', k.id, old.title, old.text FROM articles_fts_keys k WHERE k.article_id = old.id;
  UPDATE articles_fts_keys SET article_id = new.id WHERE article_id = old.id;
  INSERT INTO articles_fts (rowid, title, text)
    SELECT k.id, new.title, new.text FROM articles_fts_keys k WHERE k.article_id = new.id;
END;

-- day: the date part of published_at as written (date-only values are the publisher's day, date-times
-- are UTC); rows of articles without a full date have day and time null, and the daily views skip them.
CREATE VIEW v_claims AS
SELECT
  c.article_id || ':' || c.idx AS claim_id,
  c.article_id AS article_id,
  c.idx AS claim_index,
  a.title AS title,
  a.source AS source,
  a.url AS url,
  a.published_at AS published_at,
  CASE WHEN a.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(a.published_at, 1, 10) END AS day,
  strftime('%Y-%m-%dT%H:%M:%SZ', a.published_at) AS time,
  c.speaker_text AS speaker,
  se.name AS speaker_entity,
  nullif(se.label, 'UNKNOWN') AS speaker_type,
  c.speaker_role AS speaker_role,
  c.cue_text AS cue,
  c.cue_lemma AS cue_lemma,
  c.act AS act,
  c.kind AS kind,
  c.target_text AS target,
  te.name AS target_entity,
  c.target_role AS target_role,
  c.channel_text AS channel,
  c.content_text AS content,
  (SELECT json_group_array(json_extract(q.value, '$.text')) FROM json_each(c.quotes) q) AS quotes,
  c.confidence AS confidence,
  c.sentence_idx AS sentence_index
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN entities se ON se.id = c.speaker_entity_id
LEFT JOIN entities te ON te.id = c.target_entity_id;

CREATE VIEW v_speaker_daily AS
SELECT
  substr(a.published_at, 1, 10) AS day,
  substr(a.published_at, 1, 10) || 'T00:00:00Z' AS time,
  se.name AS speaker_entity,
  nullif(se.label, 'UNKNOWN') AS speaker_type,
  count(*) AS claims
FROM claims c
JOIN articles a ON a.id = c.article_id
JOIN entities se ON se.id = c.speaker_entity_id
WHERE a.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
GROUP BY substr(a.published_at, 1, 10), se.id;

CREATE VIEW v_entity_mentions_daily AS
SELECT
  substr(a.published_at, 1, 10) AS day,
  substr(a.published_at, 1, 10) || 'T00:00:00Z' AS time,
  e.name AS entity,
  e.label AS label,
  count(*) AS mentions,
  count(DISTINCT m.article_id) AS articles
FROM mentions m
JOIN articles a ON a.id = m.article_id
JOIN entities e ON e.id = m.entity_id
WHERE a.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
GROUP BY substr(a.published_at, 1, 10), e.id;
`;

/**
 * Every surface form an entity was mentioned by ("ISIS", "ISIL", "the Islamic State" for Islamic
 * State), so aliases stay visible after mentions are linked to one canonical entity.
 */
const ENTITY_ALIASES = `
CREATE VIEW v_entity_aliases AS
SELECT
  e.name AS entity,
  e.label AS label,
  m.text AS alias,
  count(*) AS mentions,
  count(DISTINCT m.article_id) AS articles
FROM mentions m
JOIN entities e ON e.id = m.entity_id
GROUP BY e.id, m.text;
`;

/**
 * The insert triggers of the two full-text indexes go; the delete and update triggers stay. A trigger
 * that writes to an FTS5 table opens a statement savepoint for every row, and at every savepoint FTS5
 * writes its pending terms out as a new index segment: that was a third of the writer's CPU time.
 * SqliteWriter.writeBatch now adds each batch's new articles and claims to both indexes with one
 * INSERT … SELECT each, in the batch's transaction (store/write-statements.ts: indexClaims,
 * addArticleKeys, indexArticles), so readers never see an article without its index entries.
 */
const FTS_FILLED_PER_BATCH = `
DROP TRIGGER IF EXISTS claims_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_insert;
`;

/** Every migration in order; the last one's version is the schema version this code expects. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'initial schema', sql: INITIAL_SCHEMA },
  {
    version: 2,
    description: 'claims.target_role (Target gained a role, like Speaker)',
    sql: 'ALTER TABLE claims ADD COLUMN target_role TEXT;',
  },
  {
    version: 3,
    description: 'articles_fts (full-text search over articles) and the dashboard views v_claims, v_speaker_daily, v_entity_mentions_daily',
    sql: VIEWS_AND_ARTICLE_SEARCH,
  },
  { version: 4, description: 'v_entity_aliases: the surface forms of each canonical entity', sql: ENTITY_ALIASES },
  {
    version: 5,
    description: 'claims_fts and articles_fts filled by the writer once per batch instead of by insert triggers',
    sql: FTS_FILLED_PER_BATCH,
  },
  {
    version: 6,
    description: 'runs.pid and runs.host: a run whose process is gone is marked interrupted by the next run on its host',
    sql: 'ALTER TABLE runs ADD COLUMN pid INTEGER;\nALTER TABLE runs ADD COLUMN host TEXT;',
  },
];

/** The user_version of a fully migrated database. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]!.version;
