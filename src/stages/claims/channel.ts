/** Finds the channel a claim was made through: "In a press release, ...", "said in a statement". */
import type { Span, Token } from '../../model/types.js';
import { CHANNEL_NOUNS } from './cues.data.js';

const CHANNEL_PREPOSITIONS = new Set(['in', 'through', 'via', 'during', 'on']);
const MAX_MODIFIERS = 3;

/** The first "in a/an/the ... CHANNEL-NOUN" phrase in [start, end) outside `exclude`, as a span. */
export function findChannel(tokens: readonly Token[], start: number, end: number, exclude: Span): Span | null {
  for (let i = start; i < end - 2; i++) {
    const prep = tokens[i]!;
    if (!CHANNEL_PREPOSITIONS.has(prep.lower)) continue;
    const det = tokens[i + 1]!;
    if (det.pos !== 'DET' && det.pos !== 'PRON') continue;
    for (let k = i + 2; k < Math.min(end, i + 3 + MAX_MODIFIERS); k++) {
      const token = tokens[k]!;
      if (CHANNEL_NOUNS.has(token.lower) && token.pos !== 'VERB') {
        // Prefer the last noun of a compound ("press release", "news conference").
        let last = k;
        while (last + 1 < end && CHANNEL_NOUNS.has(tokens[last + 1]!.lower)) last++;
        const span = { start: det.start, end: tokens[last]!.end };
        if (span.end <= exclude.start || span.start >= exclude.end) return span;
        break;
      }
      if (!['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(token.pos) && token.text !== '-') break;
    }
  }
  return null;
}
