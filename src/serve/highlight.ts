/**
 * An article's text as HTML with its spans marked: speaker, cue, content and verbatim quotes of each
 * claim, and entity mentions. The text is cut into segments at every span boundary (segments.ts),
 * and each segment becomes one <span> with the classes of every span covering it and the claims it
 * belongs to, so nested and crossing spans render without breaking HTML nesting.
 */
import type { ClaimExportRecord, MentionExportRecord } from '../model/records.js';
import { escapeHtml, Html } from './html.js';
import { segmentSpans, type DataSpan } from './segments.js';

/** The parts of a claim that are marked in the text. */
export type ClaimPart = 'speaker' | 'cue' | 'content' | 'quote';

/** What a marked span is: a part of claim `claim`, or an entity mention. */
export type Mark =
  | { type: ClaimPart; claim: number }
  | { type: 'entity'; label: string; entity: string };

/** The number after the last ":" of a claim id (`<article>:<n>`). */
export function claimIndex(claim: ClaimExportRecord): number {
  return Number(claim.claim_id.slice(claim.claim_id.lastIndexOf(':') + 1));
}

/** Every span to mark: claim parts in claim order, then mentions. */
export function collectMarks(claims: readonly ClaimExportRecord[], mentions: readonly MentionExportRecord[]): DataSpan<Mark>[] {
  const spans: DataSpan<Mark>[] = [];
  for (const claim of claims) {
    const index = claimIndex(claim);
    const add = (type: ClaimPart, span: { start: number; end: number } | null): void => {
      if (span) spans.push({ start: span.start, end: span.end, data: { type, claim: index } });
    };
    add('speaker', claim.speaker);
    add('cue', claim.cue);
    add('content', claim.content);
    for (const quote of claim.quotes) add('quote', quote);
  }
  for (const mention of mentions) {
    spans.push({ start: mention.start, end: mention.end, data: { type: 'entity', label: mention.label, entity: mention.entity } });
  }
  return spans;
}

/** Labels are stored upper case letters; anything else is kept out of a class name. */
function labelClass(label: string): string {
  return `ent-${label.replace(/[^A-Za-z]/gu, '').toLowerCase()}`;
}

/** A tooltip naming what covers a segment: "speaker of claim 0 · PERSON Jane Doe". */
function describe(marks: readonly Mark[]): string {
  return marks
    .map((mark) => (mark.type === 'entity' ? `${mark.label} ${mark.entity}` : `${mark.type} of claim ${mark.claim}`))
    .join(' · ');
}

/**
 * The article text as HTML: segments covered by spans are <span class="hl ..."> with classes
 * `hl-speaker`, `hl-cue`, `hl-content`, `hl-quote`, `ent ent-<label>`, `data-claims` listing the
 * claims (space separated) and a title; the first segment of each claim is preceded by an empty
 * anchor `id="at-claim-<n>"`. All text is escaped.
 */
export function highlightText(text: string, spans: readonly DataSpan<Mark>[]): Html {
  // Where each claim's first marked span begins, for its anchor.
  const earliest = new Map<number, number>();
  for (const span of spans) {
    if (span.data.type === 'entity' || span.start >= span.end) continue;
    const start = Math.max(0, span.start);
    earliest.set(span.data.claim, Math.min(earliest.get(span.data.claim) ?? Infinity, start));
  }
  const starts = new Map<number, number[]>();
  for (const [claim, start] of [...earliest].sort((a, b) => a[0] - b[0])) starts.set(start, [...(starts.get(start) ?? []), claim]);
  let out = '';
  for (const segment of segmentSpans(text.length, spans)) {
    for (const claim of starts.get(segment.start) ?? []) out += `<span class="anchor" id="at-claim-${claim}"></span>`;
    const piece = escapeHtml(text.slice(segment.start, segment.end));
    if (segment.spans.length === 0) {
      out += piece;
      continue;
    }
    const classes = new Set<string>(['hl']);
    const claims = new Set<number>();
    for (const mark of segment.spans) {
      if (mark.type === 'entity') {
        classes.add('ent');
        classes.add(labelClass(mark.label));
      } else {
        classes.add(`hl-${mark.type}`);
        claims.add(mark.claim);
      }
    }
    const claimAttribute = claims.size > 0 ? ` data-claims="${[...claims].sort((a, b) => a - b).join(' ')}"` : '';
    out += `<span class="${[...classes].join(' ')}"${claimAttribute} title="${escapeHtml(describe(segment.spans))}">${piece}</span>`;
  }
  return new Html(out);
}
