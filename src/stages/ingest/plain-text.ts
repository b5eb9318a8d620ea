/** Articles from .txt and .md files: the file's text as is, with the first line as title when it reads as one. */
import type { Article, Span } from '../../model/types.js';
import { looksLikeHeadline } from '../segment/headline.js';

/** A title and where it sits in the text. */
export interface FoundTitle {
  title: string;
  span: Span;
}

/** Builds the article for a plain-text or Markdown file; `text` is stored unchanged. */
export function plainTextArticle(text: string, file: string, id: string, format: 'txt' | 'md'): Article {
  const found = findTitle(text);
  return {
    id,
    title: found?.title ?? null,
    text,
    url: null,
    source: null,
    publishedAt: null,
    language: null,
    origin: { file, format },
    titleSpan: found?.span ?? null,
  };
}

/**
 * The first line as a title when it reads as a headline. The title drops a Markdown "# " marker and
 * surrounding spaces (and a CR before the newline); the span covers exactly the title, so
 * `text.slice(span.start, span.end) === title`. The line stays in the text, so later stages can
 * recognise it as the title through the span.
 */
export function findTitle(text: string): FoundTitle | null {
  const newline = text.indexOf('\n');
  const line = newline === -1 ? text : text.slice(0, newline);
  if (!looksLikeHeadline(line)) return null;
  const start = /^\s*(?:#{1,6}\s+)?/u.exec(line)?.[0].length ?? 0;
  const title = line.slice(start).trimEnd();
  if (title.length === 0) return null;
  return { title, span: { start, end: start + title.length } };
}
