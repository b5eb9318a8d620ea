/**
 * Splits article text into paragraphs at line breaks, so that a heading line is never glued to the
 * next sentence (wink-nlp does not end a sentence at a single newline). Hard-wrapped lines that
 * continue a sentence (next line starts in lower case) are joined back into one paragraph.
 */
import type { Paragraph, ParagraphKind, Span } from '../../model/types.js';
import { looksLikeHeadline } from './headline.js';

const LINE_BREAK = /\r\n|\n|\r|\u2028|\u2029/gu;
const TERMINAL = /[.!?:;…"”’»)\]]\s*$/u;

interface Line extends Span {
  text: string;
}

/** The non-blank lines of `text` with their offsets, surrounding whitespace trimmed. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) lines.push({ start, end, text: text.slice(start, end) });
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  push(lineStart, text.length);
  return lines;
}

/**
 * Paragraphs of the text. `titleSpan` (from ingest) marks the title line; other lines that read as
 * headlines become headings, unless the article is a single line.
 */
export function splitParagraphs(text: string, titleSpan: Span | null): Paragraph[] {
  const lines = splitLines(text);
  const paragraphs: Paragraph[] = [];
  let current: { start: number; end: number; kind: ParagraphKind; text: string } | null = null;
  const flush = (): void => {
    if (current) paragraphs.push({ index: paragraphs.length, start: current.start, end: current.end, kind: current.kind });
    current = null;
  };
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    // A line followed by one that starts in lower case is the first half of a wrapped sentence.
    const wrapped = /^\p{Ll}/u.test(lines[l + 1]?.text ?? '') && !TERMINAL.test(line.text);
    const isTitle = titleSpan !== null && line.start <= titleSpan.start && line.end >= titleSpan.end;
    const headline = lines.length > 1 && !wrapped && looksLikeHeadline(line.text);
    // A headline on the very first line is the article's title even when ingest did not mark one
    // (JSONL text that repeats its title); later headlines are section headings.
    const kind: ParagraphKind = isTitle || (headline && paragraphs.length === 0 && current === null && titleSpan === null) ? 'title' : headline ? 'heading' : 'body';
    const previous = current as { start: number; end: number; kind: ParagraphKind; text: string } | null;
    const continues =
      previous !== null &&
      previous.kind === 'body' &&
      kind === 'body' &&
      !TERMINAL.test(previous.text) &&
      /^\p{Ll}/u.test(line.text);
    if (continues && previous) {
      previous.end = line.end;
      previous.text = line.text;
      continue;
    }
    flush();
    current = { start: line.start, end: line.end, kind, text: line.text };
  }
  flush();
  return paragraphs;
}
