/**
 * Query parameters → validated filters. Anything unexpected is a ParamError, which the server turns
 * into a 400 naming the parameter, what it expects and what arrived. Values only ever reach SQLite as
 * bound parameters (store/), so validation here is about clear errors and bounded work, not quoting.
 */
import type { ClaimKind } from '../model/types.js';
import type { ArticleFilter, ClaimFilter, EntityFilter, StoredEntityLabel } from '../store/index.js';
import { decodeCursor } from './cursor.js';
import { ParamError } from './errors.js';

/** Default rows per page. */
export const DEFAULT_PAGE_SIZE = 50;
/** Most rows one request may ask for, so a request's work and response size stay bounded. */
export const MAX_PAGE_SIZE = 500;
/** Longest value accepted for a text parameter. */
const MAX_VALUE_LENGTH = 200;
/** Longest cursor (they are a few dozen characters; an article id can make one longer). */
const MAX_CURSOR_LENGTH = 2000;

const KINDS: readonly ClaimKind[] = ['direct', 'indirect', 'mixed'];
const LABELS: readonly StoredEntityLabel[] = ['PERSON', 'ORG', 'GPE', 'NORP', 'DATE', 'CARDINAL', 'UNKNOWN'];

/** Parameter names of each list, in the order forms show them. */
export const CLAIM_PARAMS = [
  'speaker', 'speaker_entity', 'entity', 'about', 'act', 'kind', 'article', 'since', 'until', 'search', 'article_search', 'limit', 'cursor',
] as const;
/** Parameters of the article list. */
export const ARTICLE_PARAMS = ['search', 'source', 'since', 'until', 'limit', 'cursor'] as const;
/** Parameters of the entity list. */
export const ENTITY_PARAMS = ['label', 'search', 'limit', 'cursor'] as const;

/** Validated, non-empty parameter values by name. */
export type ParamValues<K extends string> = Partial<Record<K, string>>;

/**
 * Reads the query string: every name must be one of `allowed` and appear at most once; empty values
 * count as absent (a submitted form sends its empty fields). Values are trimmed and bounded in length.
 */
export function readParams<K extends string>(query: URLSearchParams, allowed: readonly K[]): ParamValues<K> {
  const values: ParamValues<K> = {};
  const seen = new Set<string>();
  for (const [name, raw] of query) {
    if (!(allowed as readonly string[]).includes(name)) {
      const expected = allowed.length > 0 ? `this page takes ${allowed.join(', ')}` : 'this page takes no parameters';
      throw new ParamError(`unknown parameter "${truncate(name)}": ${expected}`);
    }
    if (seen.has(name)) throw new ParamError(`parameter "${name}" given more than once`);
    seen.add(name);
    const value = raw.trim();
    if (value === '') continue;
    const limit = name === 'cursor' ? MAX_CURSOR_LENGTH : MAX_VALUE_LENGTH;
    if (value.length > limit) throw new ParamError(`parameter "${name}" is longer than ${limit} characters`);
    if (/[\u0000-\u001f\u007f]/u.test(value)) throw new ParamError(`parameter "${name}" contains control characters`);
    values[name as K] = value;
  }
  return values;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** ISO-8601 date, optionally with a time: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm]. */
const ISO_DATE = /^\d{4}(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/u;

/** `value` if it is an ISO-8601 date (prefix) naming a real month and day, else ParamError. */
export function parseDate(value: string, name: string): string {
  const match = ISO_DATE.exec(value);
  const month = match?.[1] === undefined ? 1 : Number(match[1]);
  const day = match?.[2] === undefined ? 1 : Number(match[2]);
  const date = new Date(Date.UTC(Number(value.slice(0, 4)), month - 1, day));
  if (!match || month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ParamError(`parameter "${name}" expects an ISO-8601 date such as 2024-03-15 or 2024-03 (got "${truncate(value)}")`);
  }
  return value;
}

/** The page size: DEFAULT_PAGE_SIZE when absent, else a whole number from 1 to MAX_PAGE_SIZE. */
export function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PAGE_SIZE;
  if (!/^\d{1,6}$/u.test(value) || Number(value) < 1 || Number(value) > MAX_PAGE_SIZE) {
    throw new ParamError(`parameter "limit" expects a whole number from 1 to ${MAX_PAGE_SIZE} (got "${truncate(value)}")`);
  }
  return Number(value);
}

function parseDates(values: { since?: string; until?: string }): { since?: string; until?: string } {
  const since = values.since === undefined ? undefined : parseDate(values.since, 'since');
  const until = values.until === undefined ? undefined : parseDate(values.until, 'until');
  // Compared on the common prefix, as the store compares them with published_at.
  if (since !== undefined && until !== undefined) {
    const length = Math.min(since.length, until.length);
    if (since.slice(0, length) > until.slice(0, length)) {
      throw new ParamError(`parameter "since" (${since}) is after "until" (${until})`);
    }
  }
  return { ...(since !== undefined && { since }), ...(until !== undefined && { until }) };
}

/** A validated claims-list request. */
export interface ClaimQuery {
  filter: ClaimFilter;
  limit: number;
  /** The validated parameters, to rebuild links (pagination, format switches) with the same filters. */
  values: ParamValues<(typeof CLAIM_PARAMS)[number]>;
}

/** Validates the claims list's parameters. */
export function parseClaimQuery(query: URLSearchParams): ClaimQuery {
  const values = readParams(query, CLAIM_PARAMS);
  const filter: ClaimFilter = { ...parseDates(values) };
  if (values.speaker !== undefined) filter.speaker = values.speaker;
  if (values.speaker_entity !== undefined) filter.speakerEntity = values.speaker_entity;
  if (values.entity !== undefined) filter.entity = values.entity;
  if (values.about !== undefined) filter.about = values.about;
  if (values.act !== undefined) {
    const act = values.act.toLowerCase();
    if (!/^[a-z][a-z_-]{0,39}$/u.test(act)) {
      throw new ParamError(`parameter "act" expects a speech act such as assertion or denial (got "${truncate(values.act)}")`);
    }
    filter.act = act;
  }
  if (values.kind !== undefined) {
    const kind = values.kind.toLowerCase();
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new ParamError(`parameter "kind" expects one of ${KINDS.join(', ')} (got "${truncate(values.kind)}")`);
    }
    filter.kind = kind as ClaimKind;
  }
  if (values.article !== undefined) filter.article = values.article;
  if (values.search !== undefined) filter.search = values.search;
  if (values.article_search !== undefined) filter.articleSearch = values.article_search;
  if (values.cursor !== undefined) filter.after = decodeCursor(values.cursor, 'claims');
  return { filter, limit: parseLimit(values.limit), values };
}

/** A validated article-list request. */
export interface ArticleQuery {
  filter: ArticleFilter;
  limit: number;
  values: ParamValues<(typeof ARTICLE_PARAMS)[number]>;
}

/** Validates the article list's parameters. */
export function parseArticleQuery(query: URLSearchParams): ArticleQuery {
  const values = readParams(query, ARTICLE_PARAMS);
  const filter: ArticleFilter = { ...parseDates(values) };
  if (values.search !== undefined) filter.search = values.search;
  if (values.source !== undefined) filter.source = values.source;
  if (values.cursor !== undefined) filter.after = decodeCursor(values.cursor, 'articles');
  return { filter, limit: parseLimit(values.limit), values };
}

/** A validated entity-list request. */
export interface EntityQuery {
  filter: EntityFilter;
  limit: number;
  after: ReturnType<typeof decodeCursor<'entities'>> | undefined;
  values: ParamValues<(typeof ENTITY_PARAMS)[number]>;
}

/** Validates the entity list's parameters. */
export function parseEntityQuery(query: URLSearchParams): EntityQuery {
  const values = readParams(query, ENTITY_PARAMS);
  const filter: EntityFilter = {};
  if (values.label !== undefined) {
    const label = values.label.toUpperCase();
    if (!(LABELS as readonly string[]).includes(label)) {
      throw new ParamError(`parameter "label" expects one of ${LABELS.join(', ')} (got "${truncate(values.label)}")`);
    }
    filter.label = label as StoredEntityLabel;
  }
  if (values.search !== undefined) filter.search = values.search;
  const after = values.cursor === undefined ? undefined : decodeCursor(values.cursor, 'entities');
  return { filter, limit: parseLimit(values.limit), after, values };
}

/** Refuses any parameter on pages that take none. */
export function parseNoParams(query: URLSearchParams): void {
  readParams(query, []);
}

/** Entity labels a filter may name, for the form's choices. */
export const ENTITY_LABELS = LABELS;
/** Claim kinds, for the form's choices. */
export const CLAIM_KINDS = KINDS;
