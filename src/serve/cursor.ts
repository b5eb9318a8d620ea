/**
 * Opaque page cursors: the sort key of the last row shown, as base64url JSON with the list's name
 * first, so a cursor from one list is refused by another. A client treats them as opaque; a cursor
 * that does not decode to the right shape is a 400, never a query.
 */
import type { ArticleCursor, ClaimCursor, EntityCursor } from '../store/index.js';
import { ParamError } from './errors.js';

/** Which list a cursor belongs to, and the key it carries. */
export interface CursorKinds {
  claims: ClaimCursor;
  articles: ArticleCursor;
  entities: EntityCursor;
}

/** Encodes the key of the last row shown on a page of `kind`. */
export function encodeCursor<K extends keyof CursorKinds>(kind: K, cursor: CursorKinds[K]): string {
  const key = cursorKey(kind, cursor);
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

function cursorKey(kind: keyof CursorKinds, cursor: CursorKinds[keyof CursorKinds]): unknown[] {
  if (kind === 'claims') {
    const c = cursor as ClaimCursor;
    return [c.publishedAt, c.articleId, c.index];
  }
  if (kind === 'articles') {
    const c = cursor as ArticleCursor;
    return [c.publishedAt, c.id];
  }
  const c = cursor as EntityCursor;
  return [c.mentions, c.claimsAsSpeaker, c.entity, c.label];
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Decodes a cursor of `kind`; ParamError when it is not one. */
export function decodeCursor<K extends keyof CursorKinds>(text: string, kind: K): CursorKinds[K] {
  const invalid = new ParamError(`parameter "cursor" is not a cursor of this list (use the "next" link a page gives)`);
  if (!/^[A-Za-z0-9_-]+$/u.test(text)) throw invalid;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(parsed) || parsed[0] !== kind) throw invalid;
  const key = parsed.slice(1) as unknown[];
  const [a, b, c, d] = key;
  if (kind === 'claims' && key.length === 3 && (a === null || isText(a)) && isText(b) && isCount(c)) {
    return { publishedAt: a, articleId: b, index: c } satisfies ClaimCursor as CursorKinds[K];
  }
  if (kind === 'articles' && key.length === 2 && (a === null || isText(a)) && isText(b)) {
    return { publishedAt: a, id: b } satisfies ArticleCursor as CursorKinds[K];
  }
  if (kind === 'entities' && key.length === 4 && isCount(a) && isCount(b) && isText(c) && isText(d)) {
    return { mentions: a, claimsAsSpeaker: b, entity: c, label: d } satisfies EntityCursor as CursorKinds[K];
  }
  throw invalid;
}
