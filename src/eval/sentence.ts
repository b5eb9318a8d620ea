/**
 * The sentence context of a span for error reports, by a deliberately simple rule that needs no
 * segmenter (so reports do not depend on the pipeline under test): a sentence ends at a newline, or
 * after . ! ? plus any closing quotes or brackets when whitespace or the end of the text follows.
 * Abbreviations ("Mr. Smith") therefore cut sentences short; for showing context that is acceptable.
 */
import type { Span, TextSpan } from '../model/types.js';

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/** Where the sentence ending with the punctuation at `index` ends (after closers), or -1 if it does not. */
function sentenceEndAfter(text: string, index: number): number {
  if (!SENTENCE_END.has(text[index] ?? '')) return -1;
  let end = index + 1;
  while (end < text.length && CLOSERS.has(text[end]!)) end++;
  return end === text.length || /\s/u.test(text[end]!) ? end : -1;
}

/** The sentence or sentences containing `span`, expanded to the nearest boundaries, whitespace trimmed. */
export function sentenceAround(text: string, span: Span): TextSpan {
  let start = 0;
  for (let index = span.start - 1; index >= 0; index--) {
    if (text[index] === '\n') {
      start = index + 1;
      break;
    }
    const end = sentenceEndAfter(text, index);
    if (end !== -1) {
      start = Math.min(end, span.start);
      break;
    }
  }
  // Start at the span's last character before any closing quotes, so a span that itself ends a
  // sentence ('"We are done."') ends there instead of running on into the next one.
  let tail = span.end;
  while (tail > span.start && CLOSERS.has(text[tail - 1]!)) tail--;
  let end = text.length;
  for (let index = Math.max(span.start, tail - 1); index < text.length; index++) {
    if (text[index] === '\n' && index >= span.end) {
      end = index;
      break;
    }
    const after = sentenceEndAfter(text, index);
    if (after !== -1 && after >= span.end) {
      end = after;
      break;
    }
  }
  while (start < span.start && /\s/u.test(text[start]!)) start++;
  while (end > span.end && /\s/u.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}
