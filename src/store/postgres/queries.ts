/**
 * The read queries behind PostgresReader: the twins of ../queries.ts and ../page-queries.ts. Filter
 * conditions that are plain SQL come from the shared builders (claimConditions, entitySummarySelect),
 * so a new filter there works here too; what differs is written here: full-text search (a tsvector
 * match instead of FTS5 MATCH), dates matched by regular expression instead of GLOB, "no limit" as
 * NULL instead of -1, and camelCase column aliases quoted (PostgreSQL folds unquoted names to lower
 * case).
 */
import type { ClaimExportRecord, MentionExportRecord } from '../../model/records.js';
import { claimConditions, claimCursorOf, toClaimListItem, toClaimRecord, toFtsQuery, type ClaimRow } from '../claim-query.js';
import { SNIPPET_MARKS } from '../page-queries.js';
import { entitySummarySelect } from '../queries.js';
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
  RunCounts,
  StoreStats,
  StoredArticle,
} from '../types.js';
import { bindNamed } from './bind.js';
import { ARTICLE_SEARCH_VECTOR, CLAIM_SEARCH_VECTOR } from './schema.js';
import type { Statement, SyncPgClient } from './sync-client.js';

/** A date that starts with a full YYYY-MM-DD (SQLite: GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'). */
const HAS_FULL_DATE = "~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'";

/** The words of a search as a tsquery that needs all of them (stemmed, accents ignored). */
const SEARCH_QUERY = "plainto_tsquery('claims_search'::regconfig, @search)";

type Params = Record<string, string | number | null>;

function all<T>(client: SyncPgClient, sql: string, params: Params): T[] {
  const { text, values } = bindNamed(sql, params);
  return client.query<T>(text, values).rows;
}

/** Renames PostgreSQL's lower-cased column names back to the camelCase the types use. */
function restoreCase<T>(rows: Record<string, unknown>[], names: readonly string[]): T[] {
  return rows.map((row) => {
    const out: Record<string, unknown> = { ...row };
    for (const name of names) {
      const lower = name.toLowerCase();
      if (lower in out && lower !== name) {
        out[name] = out[lower];
        delete out[lower];
      }
    }
    return out as T;
  });
}

const ENTITY_SUMMARY_NAMES = ['claimsAsSpeaker', 'claimsAbout'] as const;

/** The SELECT for claims matching `filter`, in the order and with the columns of buildClaimQuery. */
export function buildClaimStatement(filter: ClaimFilter): Statement {
  const { search, articleSearch, ...plain } = filter;
  const { conditions, params } = claimConditions(plain);
  const bound: Params = { ...params, limit: filter.limit ?? null, offset: filter.offset ?? 0 };
  if (search !== undefined && search.trim() !== '') {
    if (toFtsQuery(search) === null) conditions.push('false');
    else {
      conditions.push(`${CLAIM_SEARCH_VECTOR.replace('content_text', 'c.content_text')} @@ ${SEARCH_QUERY}`);
      bound.search = search;
    }
  }
  if (articleSearch !== undefined && articleSearch.trim() !== '') {
    if (toFtsQuery(articleSearch) === null) conditions.push('false');
    else {
      conditions.push(`c.article_id IN (SELECT s.id FROM articles s WHERE ${ARTICLE_SEARCH_VECTOR} @@ ${SEARCH_QUERY.replace('@search', '@article_search')})`);
      bound.article_search = articleSearch;
    }
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : '';
  return bindNamed(
    `SELECT c.article_id, c.idx, c.sentence_idx,
  c.speaker_text, c.speaker_start, c.speaker_end, se.name AS speaker_entity, se.label AS speaker_label, c.speaker_role,
  c.cue_text, c.cue_start, c.cue_end, c.cue_lemma,
  c.content_text, c.content_start, c.content_end, c.quotes::text AS quotes, c.kind, c.act,
  c.target_text, c.target_start, c.target_end, te.name AS target_entity,
  c.channel_text, c.confidence,
  a.title AS article_title, a.source AS article_source, a.url AS article_url, a.published_at AS article_published_at
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN entities se ON se.id = c.speaker_entity_id
LEFT JOIN entities te ON te.id = c.target_entity_id
${where}
ORDER BY a.published_at DESC NULLS LAST, c.article_id, c.idx
LIMIT @limit OFFSET @offset`,
    bound,
  );
}

/** Claims matching `filter`, all in memory. */
export function listClaims(client: SyncPgClient, filter: ClaimFilter): ClaimExportRecord[] {
  const { text, values } = buildClaimStatement(filter);
  return client.query<ClaimRow>(text, values).rows.map(toClaimRecord);
}

/** The SELECT for mentions in one article and/or of one entity name, in text order. */
export function buildMentionStatement(filter: { article?: string; entity?: string }): Statement {
  const conditions: string[] = [];
  const params: Params = {};
  if (filter.article !== undefined) {
    conditions.push('m.article_id = @article');
    params.article = filter.article;
  }
  if (filter.entity !== undefined) {
    conditions.push('m.entity_id IN (SELECT id FROM entities WHERE lower(name) = lower(@entity))');
    params.entity = filter.entity;
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return bindNamed(
    `SELECT m.article_id, m.start, m."end" AS "end", m.text, m.label, e.name AS entity
    FROM mentions m JOIN entities e ON e.id = m.entity_id
    ${where}
    ORDER BY m.article_id, m.start, m.idx`,
    params,
  );
}

/** Mentions as export records. */
export function toMentionRecord(row: Record<string, unknown>): MentionExportRecord {
  return row as unknown as MentionExportRecord;
}

/** One stored article, or null. */
export function getArticle(client: SyncPgClient, id: string): StoredArticle | null {
  const rows = all<StoredArticle>(
    client,
    `SELECT id, title, text, url, source, published_at AS "publishedAt", file, line, format, language,
       processed_at AS "processedAt"
     FROM articles WHERE id = @id`,
    { id },
  );
  return rows[0] ?? null;
}

/** Entities with their counts, most mentioned first, after `after` when given (see ../queries.ts). */
export function listEntities(client: SyncPgClient, filter: EntityFilter, after?: EntityCursor): EntitySummary[] {
  const conditions: string[] = [];
  const params: Params = { limit: filter.limit ?? null };
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
  const sql = `SELECT * FROM (${entitySummarySelect(where)}) summary
    WHERE (mentions > 0 OR claimsAsSpeaker > 0 OR claimsAbout > 0) ${afterCondition}
    ORDER BY mentions DESC, claimsAsSpeaker DESC, entity, label
    LIMIT @limit`;
  return restoreCase<EntitySummary>(all(client, sql, params), ENTITY_SUMMARY_NAMES);
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
export function stats(client: SyncPgClient): StoreStats {
  const totals = client.query<Omit<StoreStats, 'claimsByAct' | 'claimsByKind' | 'lastRun'>>(
    `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM sentences) AS sentences,
       (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM entities) AS entities,
       (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM errors) AS errors`,
  ).rows[0]!;
  const countBy = (column: 'act' | 'kind'): Record<string, number> => {
    const rows = client.query<{ key: string; n: number }>(
      `SELECT ${column} AS key, count(*) AS n FROM claims GROUP BY ${column} ORDER BY n DESC, key`,
    ).rows;
    return Object.fromEntries(rows.map((row) => [row.key, row.n]));
  };
  const run = client.query<RunRow>('SELECT * FROM runs ORDER BY id DESC LIMIT 1').rows[0];
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

/** Up to `limit` claims from `filter.after` on, with article metadata. */
export function listClaimPage(client: SyncPgClient, filter: ClaimFilter, limit: number): Page<ClaimListItem, ClaimCursor> {
  const { text, values } = buildClaimStatement({ ...filter, limit: limit + 1, offset: 0 });
  const rows = client.query<ClaimRow>(text, values).rows;
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  return { items: shown.map(toClaimListItem), next: more ? claimCursorOf(shown[shown.length - 1]!) : null };
}

function dateConditions(filter: { since?: string; until?: string }, params: Params): string[] {
  const conditions: string[] = [];
  if (filter.since !== undefined) {
    conditions.push('substr(a.published_at, 1, length(@since)) >= @since');
    params.since = filter.since;
  }
  if (filter.until !== undefined) {
    conditions.push('substr(a.published_at, 1, length(@until)) <= @until');
    params.until = filter.until;
  }
  return conditions;
}

/**
 * Up to `limit` articles, newest first, with claim and mention counts; with a search, only matching
 * articles, each with a snippet (ts_headline: about 24 words around the best match).
 */
export function listArticlePage(client: SyncPgClient, filter: ArticleFilter, limit: number): Page<ArticleSummary, ArticleCursor> {
  const params: Params = { limit: limit + 1 };
  const conditions = dateConditions(filter, params);
  let snippet = 'NULL';
  if (filter.search !== undefined && filter.search.trim() !== '') {
    if (toFtsQuery(filter.search) === null) return { items: [], next: null };
    conditions.push(`${ARTICLE_SEARCH_VECTOR.replace('coalesce(title', 'coalesce(a.title').replace("' ' || text", "' ' || a.text")} @@ ${SEARCH_QUERY}`);
    params.search = filter.search;
    snippet = `ts_headline('claims_search'::regconfig, a.text, ${SEARCH_QUERY}, @headline)`;
    params.headline = `StartSel=${SNIPPET_MARKS.open}, StopSel=${SNIPPET_MARKS.close}, MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "`;
  }
  if (filter.source !== undefined) {
    conditions.push('a.source = @source');
    params.source = filter.source;
  }
  if (filter.after !== undefined) {
    params.after_id = filter.after.id;
    if (filter.after.publishedAt === null) {
      conditions.push('(a.published_at IS NULL AND a.id > @after_id)');
    } else {
      params.after_published = filter.after.publishedAt;
      conditions.push(`(a.published_at IS NULL OR a.published_at < @after_published
        OR (a.published_at = @after_published AND a.id > @after_id))`);
    }
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const sql = `SELECT a.id, a.title, a.source, a.url, a.published_at AS "publishedAt",
      (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
      (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,
      ${snippet} AS snippet
    FROM articles a
    ${where}
    ORDER BY a.published_at DESC NULLS LAST, a.id
    LIMIT @limit`;
  const rows = all<ArticleSummary>(client, sql, params);
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return { items: shown, next: more && last ? { publishedAt: last.publishedAt, id: last.id } : null };
}

/** Up to `limit` entities after `after`, in listEntities' order. */
export function listEntityPage(client: SyncPgClient, filter: EntityFilter, limit: number, after?: EntityCursor): Page<EntitySummary, EntityCursor> {
  const rows = listEntities(client, { ...filter, limit: limit + 1 }, after);
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    items: shown,
    next: more && last ? { mentions: last.mentions, claimsAsSpeaker: last.claimsAsSpeaker, entity: last.entity, label: last.label } : null,
  };
}

/** The entities named `name` (ASCII case ignored), one per label, most mentioned first. */
export function findEntities(client: SyncPgClient, name: string): EntitySummary[] {
  const sql = `SELECT * FROM (${entitySummarySelect('WHERE lower(e.name) = lower(@name)')}) summary
    ORDER BY mentions DESC, claimsAsSpeaker DESC, label`;
  return restoreCase<EntitySummary>(all(client, sql, { name }), ENTITY_SUMMARY_NAMES);
}

/**
 * Claims said by and about the entities named `name`, per publication day: the query of
 * ../page-queries.ts with a regular expression for its GLOB (tests/postgres/store.test.ts compares them).
 */
export function entityDays(client: SyncPgClient, name: string): EntityDay[] {
  const ids = 'SELECT id FROM entities WHERE lower(name) = lower(@name)';
  const sql = `WITH
      said AS (SELECT c.id, c.article_id FROM claims c WHERE c.speaker_entity_id IN (${ids})),
      about AS (
        SELECT c.id, c.article_id FROM claims c
        WHERE (c.target_entity_id IN (${ids}) OR c.id IN (
            SELECT k.id FROM mentions m JOIN claims k ON k.article_id = m.article_id
              AND m.start >= k.content_start AND m."end" <= k.content_end
            WHERE m.entity_id IN (${ids})))),
      tagged AS (SELECT id, article_id, 1 AS said, 0 AS about FROM said
                 UNION ALL SELECT id, article_id, 0, 1 FROM about)
    SELECT substr(a.published_at, 1, 10) AS day, sum(t.said) AS said, sum(t.about) AS about
    FROM tagged t JOIN articles a ON a.id = t.article_id
    WHERE a.published_at ${HAS_FULL_DATE}
    GROUP BY day
    ORDER BY day`;
  return all<EntityDay>(client, sql, { name });
}

/** Ids of the articles in a date range (or the one named), by id. */
export function listArticleIds(client: SyncPgClient, filter: { article?: string; since?: string; until?: string }): string[] {
  const params: Params = {};
  const conditions = dateConditions(filter, params);
  if (filter.article !== undefined) {
    conditions.push('a.id = @article');
    params.article = filter.article;
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return all<{ id: string }>(client, `SELECT a.id FROM articles a ${where} ORDER BY a.id`, params).map((row) => row.id);
}
