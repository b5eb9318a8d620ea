/**
 * Overlapping spans → flat segments. HTML elements must nest, spans in an article do not (a quote
 * inside a content, a content that starts inside another claim's content), so the text is cut at
 * every span boundary and each piece is wrapped once, carrying every span that covers it.
 */

/** A half-open range [start, end) of UTF-16 offsets with whatever the caller attaches to it. */
export interface DataSpan<T> {
  start: number;
  end: number;
  data: T;
}

/** A piece of text between two consecutive boundaries and the spans covering all of it (input order). */
export interface Segment<T> {
  start: number;
  end: number;
  spans: T[];
}

/**
 * Cuts [0, length) at every span start and end and lists, for each piece, the spans that cover it.
 * Segments are contiguous, non-empty and together cover the whole text; uncovered pieces have no
 * spans. Spans are clipped to the text, and empty or inverted ones ignored, so bad offsets in the
 * database cannot break a page.
 */
export function segmentSpans<T>(length: number, spans: readonly DataSpan<T>[]): Segment<T>[] {
  const valid = spans
    .map((span, order) => ({ start: Math.max(0, span.start), end: Math.min(length, span.end), data: span.data, order }))
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start < span.end);
  const boundaries = [...new Set([0, length, ...valid.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start || a.order - b.order);
  const segments: Segment<T>[] = [];
  let active: typeof valid = [];
  let next = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const from = boundaries[i]!;
    const to = boundaries[i + 1]!;
    // A sweep: spans ending here leave, spans starting here join; active stays in input order.
    active = active.filter((span) => span.end > from);
    let joined = false;
    while (next < byStart.length && byStart[next]!.start === from) {
      active.push(byStart[next]!);
      next++;
      joined = true;
    }
    if (joined) active.sort((a, b) => a.order - b.order);
    segments.push({ start: from, end: to, spans: active.map((span) => span.data) });
  }
  return segments;
}
