/**
 * Hand-made gold for the eval tests: spans are given as the text they cover (with an occurrence
 * number when the text repeats) and turned into offsets here, so a test reads as the sentence it
 * is about.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClaimKind, Span } from '../../src/model/types.js';

/** A needle, or [needle, occurrence] for the occurrence-th (0-based) match. */
export type Needle = string | [string, number];

/** The span of `needle` in `text`; throws when it is absent so a typo fails loudly. */
export function spanOf(text: string, needle: Needle): Span {
  const [value, occurrence] = typeof needle === 'string' ? [needle, 0] : needle;
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    start = text.indexOf(value, start + 1);
    if (start < 0) throw new Error(`fixture: ${JSON.stringify(value)} #${occurrence} not in text`);
  }
  return { start, end: start + value.length };
}

/** A gold attribution described by covered texts. */
export interface AttributionSpec {
  id: string;
  source: Needle | null;
  cue: Needle | null;
  /** One needle per content fragment. */
  content: Needle[];
  type: ClaimKind | null;
}

/** The quote records (one per fragment) of a gold JSONL record. */
export function quoteRecords(text: string, spec: AttributionSpec): Record<string, unknown>[] {
  const source = spec.source === null ? null : spanOf(text, spec.source);
  const cue = spec.cue === null ? null : spanOf(text, spec.cue);
  return spec.content.map((needle, index) => {
    const content = spanOf(text, needle);
    return {
      start: content.start,
      end: content.end,
      text: text.slice(content.start, content.end),
      speaker: source && text.slice(source.start, source.end),
      speaker_start: source?.start ?? null,
      speaker_end: source?.end ?? null,
      cue: cue && text.slice(cue.start, cue.end),
      cue_start: cue?.start ?? null,
      cue_end: cue?.end ?? null,
      type: spec.type,
      attribution_id: spec.id,
      fragment_index: index,
      fragment_count: spec.content.length,
    };
  });
}

/** A gold JSONL record (an object) with attribution gold and/or NER gold. */
export function goldRecord(
  id: string,
  text: string,
  attributions: AttributionSpec[] | null,
  entities: Array<{ needle: Needle; label: string }> | null = null,
): Record<string, unknown> {
  return {
    id,
    source: 'test',
    text,
    quotes: attributions === null ? null : attributions.flatMap((spec) => quoteRecords(text, spec)),
    entities:
      entities === null
        ? null
        : entities.map(({ needle, label }) => {
            const span = spanOf(text, needle);
            return { ...span, text: text.slice(span.start, span.end), label, orig_label: label };
          }),
    meta: {},
  };
}

/** Writes lines (objects are JSON-encoded, strings written as they are) to a fresh temporary file. */
export function writeGoldFile(lines: Array<Record<string, unknown> | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gold-'));
  const file = join(dir, 'gold.jsonl');
  writeFileSync(file, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n');
  return file;
}
