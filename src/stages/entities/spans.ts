/** Turns BIO tags over words into name spans. */
import type { Tag } from './perceptron.js';
import type { SentenceWords } from './words.js';

/** The four types the tagger knows (CoNLL's): people, organisations, locations, everything else. */
export type TaggedType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A run of words [first, last) of one sentence that the tagger marked as one name. */
export interface TaggedSpan {
  sentence: SentenceWords;
  first: number;
  last: number;
  type: TaggedType;
}

/** The spans of a sentence's tags; a stray I- tag starts a new span, as in CoNLL scoring. */
export function decodeSpans(sentence: SentenceWords, tags: readonly Tag[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const type = tag.slice(2) as TaggedType;
    if (open && tag === `I-${open.type}`) {
      open.last = i + 1;
      continue;
    }
    if (open) spans.push(open);
    open = tag === 'O' ? null : { sentence, first: i, last: i + 1, type };
  }
  if (open) spans.push(open);
  return spans;
}
