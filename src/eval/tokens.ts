/**
 * Word tokens of the scoring definitions (/[\p{L}\p{N}]+/u over the whole document text) and the span
 * arithmetic built on them. A span's tokens are those lying wholly inside it (contract alignment): a
 * span that cuts a word in half does not own that word. This is the scorer's own notion of token,
 * independent of the pipeline's tokens, so that scoring never depends on the tokenizer under test.
 */
import type { Span } from '../model/types.js';
import { WORD_TOKEN } from './scoring.data.js';

/** The word tokens of `text`, in order, as offsets. */
export function tokenizeWords(text: string): Span[] {
  const tokens: Span[] = [];
  for (const match of text.matchAll(WORD_TOKEN)) {
    tokens.push({ start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Index of the first token for which `isAfter` holds (tokens are sorted and disjoint). */
function searchTokens(tokens: readonly Span[], isAfter: (token: Span) => boolean): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(tokens[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The token index range [first, last) of the tokens wholly inside `span`; empty when first >= last. */
export function tokenRangeInside(tokens: readonly Span[], span: Span): { first: number; last: number } {
  const first = searchTokens(tokens, (token) => token.start >= span.start);
  const last = searchTokens(tokens, (token) => token.end > span.end);
  return { first, last: Math.max(first, last) };
}

/** Indices of the tokens wholly inside any of `spans` (a set: overlapping spans count a token once). */
export function tokenIndicesInside(tokens: readonly Span[], spans: readonly Span[]): Set<number> {
  const indices = new Set<number>();
  for (const span of spans) {
    const { first, last } = tokenRangeInside(tokens, span);
    for (let index = first; index < last; index++) indices.add(index);
  }
  return indices;
}

/** Size of the intersection of two sets. */
export function countShared(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared;
}

/** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const shared = countShared(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** True when the spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A stable map key for a span. */
export function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}
