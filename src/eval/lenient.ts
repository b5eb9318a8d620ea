/**
 * Lenient span comparison: a span is reduced to its core before comparing, by trimming whitespace and
 * the punctuation of LENIENT_TRIM_CHARACTERS from both ends and, for content, a leading "that". The
 * steps repeat until nothing changes, so `that "We will win."` and `We will win` reduce to the same
 * core. A span that trims away entirely becomes an empty span at the point where trimming met.
 */
import type { Span } from '../model/types.js';
import { LENIENT_CONTENT_PREFIX, LENIENT_TRIM_CHARACTERS } from './scoring.data.js';

function isTrimmable(character: string): boolean {
  return LENIENT_TRIM_CHARACTERS.has(character) || /\s/u.test(character);
}

/** The core of `span` in `text` under lenient comparison; `isContent` also drops a leading "that". */
export function trimLenient(text: string, span: Span, isContent: boolean): Span {
  let start = span.start;
  let end = span.end;
  for (;;) {
    while (start < end && isTrimmable(text[start]!)) start++;
    while (end > start && isTrimmable(text[end - 1]!)) end--;
    if (!isContent) break;
    LENIENT_CONTENT_PREFIX.lastIndex = start;
    const prefix = LENIENT_CONTENT_PREFIX.exec(text);
    if (prefix === null || start + prefix[0].length > end) break;
    start += prefix[0].length;
  }
  return { start, end };
}
