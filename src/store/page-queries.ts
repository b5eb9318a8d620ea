/**
 * The paged and per-entity queries behind the web view (and the annotation exports' article list).
 * Pages are read with keyset cursors, one row more than asked for, so "is there a next page" costs
 * no count and a page boundary does not shift while `claims run` writes. All input is bound.
 */
import type Database from 'better-sqlite3';
import { buildClaimQuery, claimCursorOf, toClaimListItem, toFtsQuery, type ClaimRow } from './claim-query.js';
import { entitySummarySelect, listEntities } from './queries.js';
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
} from './types.js';

/** Marks around a search match in ArticleSummary.snippet: private-use characters, never in news text. */
export const SNIPPET_MARKS = { open: '\uE000', close: '\uE001' } as const;

/** Up to `limit` claims from `filter.after` on, with article metadata. */
export function listClaimPage(db: Database.Database, filter: ClaimFilter, limit: number): Page<ClaimListItem, ClaimCursor> {
  const { sql, params } = buildClaimQuery({ ...filter, limit: limit + 1, offset: 0 });
  const rows = db.prepare(sql).all(params) as ClaimRow[];
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  return { items: shown.map(toClaimListItem), next: more ? claimCursorOf(shown[shown.length - 1]!) : null };
}

/** Date bounds compare on the prefix as long as the bound, as the claim filter does. */
function dateConditions(filter: { since?: string; until?: string }, params: Record<string, string | number>): string[] {
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
 * Up to `limit` articles, newest first (undated last, then by id), with claim and mention counts.
 * With a search, only matching articles, each with a snippet of its text around the match.
 */
export function listArticlePage(db: Database.Database, filter: ArticleFilter, limit: number): Page<ArticleSummary, ArticleCursor> {
  const params: Record<string, string | number> = { limit: limit + 1 };
  const conditions = dateConditions(filter, params);
  let from = 'articles a';
  let snippet = 'NULL';
  if (filter.search !== undefined && filter.search.trim() !== '') {
    const match = toFtsQuery(filter.search);
    if (match === null) return { items: [], next: null };
    from = `articles_fts JOIN articles_fts_keys k ON k.id = articles_fts.rowid JOIN articles a ON a.id = k.article_id`;
    conditions.push('articles_fts MATCH @search');
    params.search = match;
    // Column 1 is the text; 24 tokens of context are about two lines on the page.
    snippet = "snippet(articles_fts, 1, @mark_open, @mark_close, '…', 24)";
    params.mark_open = SNIPPET_MARKS.open;
    params.mark_close = SNIPPET_MARKS.close;
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
  const sql = `SELECT a.id, a.title, a.source, a.url, a.published_at AS publishedAt,
      (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
      (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,
      ${snippet} AS snippet
    FROM ${from}
    ${where}
    ORDER BY a.published_at DESC NULLS LAST, a.id
    LIMIT @limit`;
  const rows = db.prepare(sql).all(params) as ArticleSummary[];
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return { items: shown, next: more && last ? { publishedAt: last.publishedAt, id: last.id } : null };
}

/** Up to `limit` entities after `after`, in listEntities' order. */
export function listEntityPage(
  db: Database.Database,
  filter: EntityFilter,
  limit: number,
  after?: EntityCursor,
): Page<EntitySummary, EntityCursor> {
  const rows = listEntities(db, { ...filter, limit: limit + 1 }, after);
  const more = rows.length > limit;
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    items: shown,
    next: more && last ? { mentions: last.mentions, claimsAsSpeaker: last.claimsAsSpeaker, entity: last.entity, label: last.label } : null,
  };
}

/** The entities named `name` (ASCII case ignored), one per label, most mentioned first. */
export function findEntities(db: Database.Database, name: string): EntitySummary[] {
  const sql = `SELECT * FROM (${entitySummarySelect('WHERE lower(e.name) = lower(@name)')})
    ORDER BY mentions DESC, claimsAsSpeaker DESC, label`;
  return db.prepare(sql).all({ name }) as EntitySummary[];
}

/**
 * Claims said by and about the entities named `name`, per day of the article's publication date,
 * oldest first. "About" counts as the claim filter `about` and EntitySummary.claimsAbout do (the
 * target, or mentioned in the content), so the chart, the lists and the counts agree.
 */
export function entityDays(db: Database.Database, name: string): EntityDay[] {
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
    WHERE a.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
    GROUP BY day
    ORDER BY day`;
  return db.prepare(sql).all({ name }) as EntityDay[];
}

/** Ids of the articles in a date range (or the one named), by id. */
export function listArticleIds(db: Database.Database, filter: { article?: string; since?: string; until?: string }): string[] {
  const params: Record<string, string | number> = {};
  const conditions = dateConditions(filter, params);
  if (filter.article !== undefined) {
    conditions.push('a.id = @article');
    params.article = filter.article;
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return (db.prepare(`SELECT a.id FROM articles a ${where} ORDER BY a.id`).all(params) as { id: string }[]).map((row) => row.id);
}
