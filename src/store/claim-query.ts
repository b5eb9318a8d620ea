/**
 * ClaimFilter → one parameterised SELECT, and result rows → ClaimExportRecord. User input only ever
 * reaches SQLite as a bound parameter; the full-text search string is additionally rewritten so FTS5
 * query syntax (quotes, AND/OR/NOT, NEAR, column filters, *) in it is matched as plain words.
 */
import type { ClaimExportRecord, ExportSpan } from '../model/records.js';
import type { ClaimKind, EntityLabel } from '../model/types.js';
import { UNKNOWN_LABEL, type ClaimCursor, type ClaimFilter, type ClaimListItem } from './types.js';

/** SQL text and its named parameters. */
export interface BoundQuery {
  sql: string;
  params: Record<string, string | number>;
}

/**
 * Rewrites free text as an FTS5 query that matches every word in it (implicit AND): each
 * whitespace-separated term becomes a quoted string with inner quotes doubled, so nothing in it is
 * read as an operator. Terms without a letter or digit are dropped (the tokenizer would find no word
 * in them). Returns null when no word is left.
 */
export function toFtsQuery(search: string): string | null {
  const terms = search
    .split(/\s+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .map((term) => `"${term.replaceAll('"', '""')}"`);
  return terms.length > 0 ? terms.join(' ') : null;
}

/** Ids of the entities whose name is @entity, ignoring ASCII case. */
const ENTITY_IDS = 'SELECT id FROM entities WHERE lower(name) = lower(@entity)';

/** The WHERE conditions and parameters for a filter (empty when nothing is filtered). */
export function claimConditions(filter: ClaimFilter): { conditions: string[]; params: BoundQuery['params'] } {
  const conditions: string[] = [];
  const params: BoundQuery['params'] = {};
  if (filter.speaker !== undefined) {
    // instr() rather than LIKE, so % and _ in the input are plain characters.
    conditions.push('(instr(lower(c.speaker_text), lower(@speaker)) > 0 OR instr(lower(se.name), lower(@speaker)) > 0)');
    params.speaker = filter.speaker;
  }
  if (filter.entity !== undefined) {
    conditions.push(
      `(c.speaker_entity_id IN (${ENTITY_IDS}) OR c.target_entity_id IN (${ENTITY_IDS}) OR c.id IN (
         SELECT inner_claim.id FROM mentions m
         JOIN claims inner_claim ON inner_claim.article_id = m.article_id
           AND m.start >= inner_claim.content_start AND m."end" <= inner_claim.content_end
         WHERE m.entity_id IN (${ENTITY_IDS})))`,
    );
    params.entity = filter.entity;
  }
  if (filter.act !== undefined) {
    conditions.push('c.act = @act');
    params.act = filter.act;
  }
  if (filter.kind !== undefined) {
    conditions.push('c.kind = @kind');
    params.kind = filter.kind;
  }
  if (filter.article !== undefined) {
    conditions.push('c.article_id = @article');
    params.article = filter.article;
  }
  // Dates compare on the prefix as long as the bound given, so --until 2024-03 includes
  // 2024-03-31T23:00:00Z. Articles without a date never match a date bound.
  if (filter.since !== undefined) {
    conditions.push('substr(a.published_at, 1, length(@since)) >= @since');
    params.since = filter.since;
  }
  if (filter.until !== undefined) {
    conditions.push('substr(a.published_at, 1, length(@until)) <= @until');
    params.until = filter.until;
  }
  if (filter.search !== undefined && filter.search.trim() !== '') {
    const match = toFtsQuery(filter.search);
    if (match === null) {
      conditions.push('0'); // only punctuation: no claim can contain such a word
    } else {
      conditions.push('c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH @search)');
      params.search = match;
    }
  }
  if (filter.articleSearch !== undefined && filter.articleSearch.trim() !== '') {
    const match = toFtsQuery(filter.articleSearch);
    if (match === null) {
      conditions.push('0');
    } else {
      conditions.push(`c.article_id IN (SELECT k.article_id FROM articles_fts
        JOIN articles_fts_keys k ON k.id = articles_fts.rowid WHERE articles_fts MATCH @article_search)`);
      params.article_search = match;
    }
  }
  if (filter.speakerEntity !== undefined) {
    conditions.push('c.speaker_entity_id IN (SELECT id FROM entities WHERE lower(name) = lower(@speaker_entity))');
    params.speaker_entity = filter.speakerEntity;
  }
  if (filter.about !== undefined) {
    const about = ENTITY_IDS.replace('@entity', '@about');
    conditions.push(
      `(c.target_entity_id IN (${about}) OR c.id IN (
         SELECT inner_claim.id FROM mentions m
         JOIN claims inner_claim ON inner_claim.article_id = m.article_id
           AND m.start >= inner_claim.content_start AND m."end" <= inner_claim.content_end
         WHERE m.entity_id IN (${about})))`,
    );
    params.about = filter.about;
  }
  if (filter.after !== undefined) {
    conditions.push(afterCondition(filter.after, params));
  }
  return { conditions, params };
}

/**
 * Claims strictly after `cursor` in list order (published_at DESC NULLS LAST, article_id, idx), as
 * a keyset condition: a page boundary does not move when a run inserts or deletes claims before it.
 */
function afterCondition(cursor: ClaimCursor, params: BoundQuery['params']): string {
  params.after_article = cursor.articleId;
  params.after_index = cursor.index;
  const sameArticleLater = '(c.article_id > @after_article OR (c.article_id = @after_article AND c.idx > @after_index))';
  if (cursor.publishedAt === null) return `(a.published_at IS NULL AND ${sameArticleLater})`;
  params.after_published = cursor.publishedAt;
  return `(a.published_at IS NULL OR a.published_at < @after_published
    OR (a.published_at = @after_published AND ${sameArticleLater}))`;
}

/** The SELECT for claims matching `filter`, newest articles first, then by position in the article. */
export function buildClaimQuery(filter: ClaimFilter): BoundQuery {
  const { conditions, params } = claimConditions(filter);
  params.limit = filter.limit ?? -1; // SQLite reads a negative LIMIT as "no limit"
  params.offset = filter.offset ?? 0;
  const where = conditions.length > 0 ? `WHERE ${conditions.join('\n  AND ')}` : '';
  const sql = `SELECT c.article_id, c.idx, c.sentence_idx,
  c.speaker_text, c.speaker_start, c.speaker_end, se.name AS speaker_entity, se.label AS speaker_label, c.speaker_role,
  c.cue_text, c.cue_start, c.cue_end, c.cue_lemma,
  c.content_text, c.content_start, c.content_end, c.quotes, c.kind, c.act,
  c.target_text, c.target_start, c.target_end, te.name AS target_entity,
  c.channel_text, c.confidence,
  a.title AS article_title, a.source AS article_source, a.url AS article_url, a.published_at AS article_published_at
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN entities se ON se.id = c.speaker_entity_id
LEFT JOIN entities te ON te.id = c.target_entity_id
${where}
ORDER BY a.published_at DESC NULLS LAST, c.article_id, c.idx
LIMIT @limit OFFSET @offset`;
  return { sql, params };
}

/** One row of buildClaimQuery's result. */
export interface ClaimRow {
  article_id: string;
  idx: number;
  sentence_idx: number;
  speaker_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_entity: string | null;
  speaker_label: string | null;
  speaker_role: string | null;
  cue_text: string | null;
  cue_start: number | null;
  cue_end: number | null;
  cue_lemma: string | null;
  content_text: string;
  content_start: number;
  content_end: number;
  quotes: string;
  kind: ClaimKind;
  act: string;
  target_text: string | null;
  target_start: number | null;
  target_end: number | null;
  target_entity: string | null;
  channel_text: string | null;
  confidence: number;
  article_title: string | null;
  article_source: string | null;
  article_url: string | null;
  article_published_at: string | null;
}

/** The claim id used in exports: stable across re-runs as long as the article's claims are. */
export function formatClaimId(articleId: string, index: number): string {
  return `${articleId}:${index}`;
}

/** Converts a row to the export record other tools read. */
export function toClaimRecord(row: ClaimRow): ClaimExportRecord {
  const speaker =
    row.speaker_text !== null && row.speaker_start !== null && row.speaker_end !== null
      ? {
          text: row.speaker_text,
          start: row.speaker_start,
          end: row.speaker_end,
          entity: row.speaker_entity,
          entity_type: row.speaker_label === null || row.speaker_label === UNKNOWN_LABEL ? null : (row.speaker_label as EntityLabel),
          role: row.speaker_role,
        }
      : null;
  const cue =
    row.cue_text !== null && row.cue_start !== null && row.cue_end !== null
      ? { text: row.cue_text, start: row.cue_start, end: row.cue_end, lemma: row.cue_lemma ?? '' }
      : null;
  const target =
    row.target_text !== null && row.target_start !== null && row.target_end !== null
      ? { text: row.target_text, start: row.target_start, end: row.target_end, entity: row.target_entity }
      : null;
  return {
    article_id: row.article_id,
    claim_id: formatClaimId(row.article_id, row.idx),
    speaker,
    cue,
    content: { text: row.content_text, start: row.content_start, end: row.content_end },
    quotes: JSON.parse(row.quotes) as ExportSpan[],
    kind: row.kind,
    act: row.act,
    target,
    channel: row.channel_text,
    sentence_index: row.sentence_idx,
    confidence: row.confidence,
  };
}

/** Converts a row to a claim record with its article's metadata (the web view's list item). */
export function toClaimListItem(row: ClaimRow): ClaimListItem {
  return {
    ...toClaimRecord(row),
    article: { title: row.article_title, source: row.article_source, url: row.article_url, published_at: row.article_published_at },
  };
}

/** The cursor that continues a list after `row`. */
export function claimCursorOf(row: ClaimRow): ClaimCursor {
  return { publishedAt: row.article_published_at, articleId: row.article_id, index: row.idx };
}
