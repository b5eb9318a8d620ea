/**
 * Span segmentation: the text is cut at every boundary and each piece carries exactly the spans
 * covering it, whatever the nesting, crossing or order of the spans.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentSpans, type DataSpan } from '../../src/serve/segments.js';

const text = 'Jane Doe said "we are ready" today.';

/** [start, end) of `needle` in the text. */
function at(needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`${needle} not in text`);
  return { start, end: start + needle.length };
}

/** Segments as [covered text, span names] pairs, for readable expectations. */
function pieces(spans: DataSpan<string>[]): [string, string[]][] {
  return segmentSpans(text.length, spans).map((s) => [text.slice(s.start, s.end), s.spans]);
}

describe('segmentSpans', () => {
  it('returns the whole text as one bare segment when there are no spans', () => {
    expect(pieces([])).toEqual([[text, []]]);
    expect(segmentSpans(0, [])).toEqual([]);
  });

  it('nests: a quote inside a content gets both, the content around it only its own', () => {
    const spans = [
      { ...at('"we are ready"'), data: 'content' },
      { ...at('we are ready'), data: 'quote' },
    ];
    expect(pieces(spans)).toEqual([
      ['Jane Doe said ', []],
      ['"', ['content']],
      ['we are ready', ['content', 'quote']],
      ['"', ['content']],
      [' today.', []],
    ]);
  });

  it('crosses: overlapping spans split at each other\'s boundaries', () => {
    const spans = [
      { ...at('Jane Doe said'), data: 'a' },
      { ...at('Doe said "we a'), data: 'b' },
    ];
    expect(pieces(spans)).toEqual([
      ['Jane ', ['a']],
      ['Doe said', ['a', 'b']],
      [' "we a', ['b']],
      ['re ready" today.', []],
    ]);
  });

  it('keeps identical and touching spans apart correctly, in input order', () => {
    const spans = [
      { ...at('said'), data: 'cue' },
      { ...at('Jane Doe'), data: 'speaker' },
      { ...at('Jane Doe'), data: 'entity' },
      { start: 8, end: 9, data: 'gap' },
    ];
    expect(pieces(spans)).toEqual([
      ['Jane Doe', ['speaker', 'entity']],
      [' ', ['gap']],
      ['said', ['cue']],
      [' "we are ready" today.', []],
    ]);
  });

  it('clips spans to the text and ignores empty, inverted and non-integer ones', () => {
    const spans = [
      { start: -5, end: 4, data: 'clipped-start' },
      { start: 30, end: 99, data: 'clipped-end' },
      { start: 10, end: 10, data: 'empty' },
      { start: 12, end: 11, data: 'inverted' },
      { start: 1.5, end: 3, data: 'fraction' },
    ];
    expect(pieces(spans)).toEqual([
      ['Jane', ['clipped-start']],
      [' Doe said "we are ready" t', []],
      ['oday.', ['clipped-end']],
    ]);
  });

  it('property: segments tile the text, and each carries exactly the spans covering it', () => {
    const length = 40;
    const span = fc
      .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), (ranges) => {
        const spans = ranges.map((range, i) => ({ ...range, data: i }));
        const segments = segmentSpans(length, spans);
        let position = 0;
        for (const segment of segments) {
          expect(segment.start).toBe(position);
          expect(segment.end).toBeGreaterThan(segment.start);
          position = segment.end;
          const covering = spans.filter((s) => s.start <= segment.start && s.end >= segment.end && s.start < s.end).map((s) => s.data);
          expect(segment.spans).toEqual(covering);
          // No span starts or ends strictly inside a segment.
          for (const s of spans.filter((span) => span.start < span.end)) {
            expect(s.start > segment.start && s.start < segment.end).toBe(false);
            expect(s.end > segment.start && s.end < segment.end).toBe(false);
          }
        }
        expect(position).toBe(length);
      }),
    );
  });
});
