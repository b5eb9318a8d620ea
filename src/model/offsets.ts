/**
 * Conversions between character offsets (the truth) and tokens (derived). Every conversion names
 * its alignment, as spaCy's `Doc.char_span` does:
 * - strict: the span must start and end exactly on token boundaries, else null;
 * - contract: the tokens wholly inside the span;
 * - expand: every token the span touches.
 */
import type { Span, TextSpan, Token } from './types.js';

export type Alignment = 'strict' | 'contract' | 'expand';

/** Index of the first token whose end is after `offset` (binary search; tokens are sorted). */
export function tokenIndexAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token range [first, last) that covers `span` under `alignment`, or null if none. */
export function spanToTokens(
  tokens: readonly Token[],
  span: Span,
  alignment: Alignment,
): { first: number; last: number } | null {
  let first = tokenIndexAfter(tokens, span.start);
  let last = first;
  while (last < tokens.length && tokens[last]!.start < span.end) last++;
  if (first >= last) return null;
  const head = tokens[first]!;
  const tail = tokens[last - 1]!;
  if (alignment === 'strict') {
    return head.start === span.start && tail.end === span.end ? { first, last } : null;
  }
  if (alignment === 'contract') {
    if (head.start < span.start) first++;
    if (tail.end > span.end) last--;
    return first < last ? { first, last } : null;
  }
  return { first, last };
}

/** The character span from token `first` to token `last - 1` inclusive. */
export function tokensToSpan(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first]!.start, end: tokens[last - 1]!.end };
}

/** A span with its covered text taken from `text`, so stored spans always carry what they cover. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Shrinks a span so it neither starts nor ends with whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}
