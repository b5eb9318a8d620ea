/**
 * The read queries behind StoreReader, as functions of a connection so a test or another reader can
 * run them on any handle. All user input is bound as parameters.
 */
import type Database from 'better-sqlite3';
import type { ClaimExportRecord, MentionExportRecord } from '../model/records.js';
import { buildClaimQuery, toClaimRecord, type ClaimRow } from './claim-query.js';
import type { ClaimFilter, EntityCursor, EntityFilter, EntitySummary, RunCounts, StoreStats, StoredArticle } from './types.js';

/** Claims matching `filter`, all in memory: for pages and small lists. */
export function listClaims(db: Database.Database, filter: ClaimFilter): ClaimExportRecord[] {
  const { sql, params } = buildClaimQuery(filter);
  return (db.prepare(sql).all(params) as ClaimRow[]).map(toClaimRecord);
}

/**
 * Claims matching `filter`, one row at a time, so an export of a large database never holds it in
 * memory. The connection is busy until the iteration finishes or is abandoned.
 */
export function* iterateClaims(db: Database.Database, filter: ClaimFilter): Generator<ClaimExportRecord> {
  const { sql, params } = buildClaimQuery(filter);
  for (const row of db.prepare(sql).iterate(params)) yield toClaimRecord(row as ClaimRow);
}

/** Mentions in one article and/or of one entity name (ASCII case ignored), in text order. */
export function* iterateMentions(
  db: Database.Database,
  filter: { article?: string; entity?: string },
): Generator<MentionExportRecord> {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (filter.article !== undefined) {
    conditions.push('m.article_id = @article');
    params.article = filter.article;
  }
  if (filter.entity !== undefined) {
    conditions.push('m.entity_id IN (SELECT id FROM entities WHERE lower(name) = lower(@entity))');
    params.entity = filter.entity;
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const sql = `SELECT m.article_id, m.start, m."end" AS "end", m.text, m.label, e.name AS entity
    FROM mentions m JOIN entities e ON e.id = m.entity_id
    ${where}
    ORDER BY m.article_id, m.start, m.idx`;
  for (const row of db.prepare(sql).iterate(params)) yield row as MentionExportRecord;
}

/** One stored article, or null. */
export function getArticle(db: Database.Database, id: string): StoredArticle | null {
  const row = db
    .prepare(
      `SELECT id, title, text, url, source, published_at AS publishedAt, file, line, format, language,
         processed_at AS processedAt
       FROM articles WHERE id = ?`,
    )
    .get(id) as StoredArticle | undefined;
  return row ?? null;
}

/**
 * One row per entity (alias `e`) passing `where`, with the EntitySummary columns. claimsAbout counts
 * claims that target the entity or mention it inside their content span; the IN (... UNION ...) form
 * lets each half use an index instead of scanning every claim per entity.
 */
export function entitySummarySelect(where: string): string {
  return `SELECT e.name AS entity, e.label AS label,
        (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions,
        (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id) AS articles,
        (SELECT count(*) FROM claims c WHERE c.speaker_entity_id = e.id) AS claimsAsSpeaker,
        (SELECT count(*) FROM claims c WHERE c.id IN (
           SELECT t.id FROM claims t WHERE t.target_entity_id = e.id
           UNION
           SELECT k.id FROM mentions m JOIN claims k ON k.article_id = m.article_id
             AND m.start >= k.content_start AND m."end" <= k.content_end
           WHERE m.entity_id = e.id)) AS claimsAbout
      FROM entities e ${where}`;
}

/**
 * Entities with their counts, most mentioned first. Entities nothing refers to any more (left by
 * re-processed articles until the run finishes) are not listed.
 */
export function listEntities(
  db: Database.Database,
  filter: EntityFilter,
  after?: EntityCursor,
): EntitySummary[] {
  const conditions: string[] = [];
  const params: Record<string, string | number> = { limit: filter.limit ?? -1 };
  if (filter.label !== undefined) {
    conditions.push('e.label = @label');
    params.label = filter.label;
  }
  if (filter.search !== undefined) {
    conditions.push('instr(lower(e.name), lower(@search)) > 0');
    params.search = filter.search;
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  let afterCondition = '';
  if (after !== undefined) {
    // Keyset paging in the list's own order: (mentions DESC, claimsAsSpeaker DESC, entity, label).
    afterCondition = `AND (mentions < @after_mentions
      OR (mentions = @after_mentions AND (claimsAsSpeaker < @after_speaker
        OR (claimsAsSpeaker = @after_speaker AND (entity > @after_entity
          OR (entity = @after_entity AND label > @after_label))))))`;
    Object.assign(params, {
      after_mentions: after.mentions,
      after_speaker: after.claimsAsSpeaker,
      after_entity: after.entity,
      after_label: after.label,
    });
  }
  const sql = `SELECT * FROM (${entitySummarySelect(where)})
    WHERE (mentions > 0 OR claimsAsSpeaker > 0 OR claimsAbout > 0) ${afterCondition}
    ORDER BY mentions DESC, claimsAsSpeaker DESC, entity, label
    LIMIT @limit`;
  return db.prepare(sql).all(params) as EntitySummary[];
}

interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  status: string;
  read_count: number | null;
  unchanged_count: number | null;
  processed_count: number | null;
  failed_count: number | null;
  sentence_count: number | null;
  entity_count: number | null;
  claim_count: number | null;
}

/** Totals for `claims stats`: row counts, claims by act and kind, and the latest run. */
export function stats(db: Database.Database): StoreStats {
  const totals = db
    .prepare(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM sentences) AS sentences,
         (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM entities) AS entities,
         (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM errors) AS errors`,
    )
    .get() as Omit<StoreStats, 'claimsByAct' | 'claimsByKind' | 'lastRun'>;
  const countBy = (column: 'act' | 'kind'): Record<string, number> => {
    const rows = db
      .prepare(`SELECT ${column} AS key, count(*) AS n FROM claims GROUP BY ${column} ORDER BY n DESC, key`)
      .all() as { key: string; n: number }[];
    return Object.fromEntries(rows.map((row) => [row.key, row.n]));
  };
  const run = db.prepare('SELECT * FROM runs ORDER BY id DESC LIMIT 1').get() as RunRow | undefined;
  const counts = (row: RunRow): RunCounts => ({
    read: row.read_count ?? 0,
    unchanged: row.unchanged_count ?? 0,
    processed: row.processed_count ?? 0,
    failed: row.failed_count ?? 0,
    sentences: row.sentence_count ?? 0,
    entities: row.entity_count ?? 0,
    claims: row.claim_count ?? 0,
  });
  return {
    ...totals,
    claimsByAct: countBy('act'),
    claimsByKind: countBy('kind'),
    lastRun: run
      ? { id: run.id, startedAt: run.started_at, finishedAt: run.finished_at, status: run.status, counts: counts(run) }
      : null,
  };
}
