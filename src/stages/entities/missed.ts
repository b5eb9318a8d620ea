/**
 * Where the gazetteer corrects the tagger: it widens a name the tagger cut short ("West" →
 * "West Indian") and adds listed names and hyphenated words the tagger left out, where capitals
 * can be trusted. Everything here is linear in the sentence's words, however long the sentence.
 */
import type { Token } from '../../model/types.js';
import { NAME_CONNECTORS } from './cues.data.js';
import type { SentenceContext } from './features.js';
import type { GazetteerMatch } from './gazetteer.js';
import type { NameMention } from './refine.js';
import type { TaggedSpan } from './spans.js';
import type { Word } from './words.js';

/** Index of the first word whose end is after `offset` (words are sorted and disjoint). */
function firstWordEndingAfter(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Which words of a sentence a mention (or a dropped span) already covers. */
export class Coverage {
  // A plain array, not a Uint8Array: one is made per sentence, and a typed array's backing store
  // costs more to make than its few look-ups save.
  private readonly covered: boolean[];

  constructor(private readonly words: readonly Word[]) {
    this.covered = new Array<boolean>(words.length).fill(false);
  }

  /** Marks every word that [start, end) touches. */
  cover(start: number, end: number): void {
    for (let i = firstWordEndingAfter(this.words, start); i < this.words.length && this.words[i]!.start < end; i++) this.covered[i] = true;
  }

  /** Whether no word that [start, end) touches is covered. */
  isFree(start: number, end: number): boolean {
    for (let i = firstWordEndingAfter(this.words, start); i < this.words.length && this.words[i]!.start < end; i++) {
      if (this.covered[i]) return false;
    }
    return true;
  }

  /** The words [first, last] that [start, end) spans exactly, or null when it cuts a word. */
  wordRange(start: number, end: number): { first: number; last: number } | null {
    const first = firstWordEndingAfter(this.words, start);
    const last = firstWordEndingAfter(this.words, end - 1);
    const a = this.words[first];
    const b = this.words[last];
    return a && b && a.start === start && b.end === end ? { first, last } : null;
  }
}

/** A strong gazetteer match as a mention of its listed name. */
function mentionOf(tokens: readonly Token[], match: GazetteerMatch, context: SentenceContext): NameMention {
  const alias = match.values[0]!;
  const { mode, sentence } = context.sentence;
  return {
    start: tokens[match.first]!.start,
    end: tokens[match.last - 1]!.end,
    label: alias.entry.label,
    canonical: alias.entry.canonical,
    sentence,
    source: 'gazetteer',
    mode,
  };
}

/**
 * For each tagged span (in order), the gazetteer name that strictly contains it, when the tagger
 * stopped short ("West" tagged, "West Indian" listed), else null. Whole words only.
 */
export function widenToGazetteer(tokens: readonly Token[], context: SentenceContext, spans: readonly TaggedSpan[], coverage: Coverage): (NameMention | null)[] {
  const { words } = context.sentence;
  const matches = context.gazetteerMatches;
  let m = 0;
  return spans.map((span, k) => {
    const start = words[span.first]!.start;
    const end = words[span.last - 1]!.end;
    // A neighbouring tagged span may fall wholly inside the listed name ("New" + "Zealand"), never
    // partly: "New" + "York State Republican Party" is not "New York State".
    const previous = spans[k - 1];
    const following = spans[k + 1];
    const previousStart = previous ? words[previous.first]!.start : -1;
    const previousEnd = previous ? words[previous.last - 1]!.end : -1;
    const followingStart = following ? words[following.first]!.start : Infinity;
    const followingEnd = following ? words[following.last - 1]!.end : Infinity;
    while (m < matches.length && tokens[matches[m]!.last - 1]!.end < end) m++;
    const match = matches[m];
    // Weak names (cities) only widen what the tagger already took for a place: "Washington" → "Washington, D.C.".
    const alias = match?.values[0];
    if (!match || !alias || !(alias.strong || (span.type === 'LOC' && alias.entry.label === 'GPE'))) return null;
    const mention = mentionOf(tokens, match, context);
    const strictlyLarger = mention.start <= start && mention.end >= end && (mention.start < start || mention.end > end);
    const clear =
      (previousEnd <= mention.start || previousStart >= mention.start) && (followingStart >= mention.end || followingEnd <= mention.end);
    return strictlyLarger && clear && coverage.wordRange(mention.start, mention.end) ? mention : null;
  });
}

/** Whether words [first, last] continue a capitalised name on the left or right ("Bank of [New Zealand]", "[U.S.] Open"). */
function isInsideLongerName(words: readonly Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  const after = words[last + 1];
  const capitalised = (word: Word | undefined): boolean => word !== undefined && word.capitalised;
  if (capitalised(after)) return true;
  if (!before || first - 1 === 0) return false;
  if (capitalised(before)) return true;
  return NAME_CONNECTORS.has(before.lower) && capitalised(words[first - 2]);
}

/**
 * Gazetteer names and hyphenated words the tagger left out, appended to `found`. Only in prose and
 * titles (in an all-capitals headline the tagger, which has seen thousands of them, is the better
 * judge), and never inside a longer capitalised name or a span the tagger saw as something else
 * ("U.S. Open"), which `coverage` records. `splitWord` reads one hyphenated word.
 */
export function addMissed(
  tokens: readonly Token[],
  context: SentenceContext,
  found: NameMention[],
  coverage: Coverage,
  splitWord: (word: Word) => NameMention[] | null,
): void {
  const { words, mode } = context.sentence;
  if (mode === 'upper') return;
  for (const match of context.gazetteerMatches) {
    if (!match.values[0]!.strong) continue;
    const mention = mentionOf(tokens, match, context);
    // Only whole words here; names inside hyphenated words are handled below.
    const range = coverage.wordRange(mention.start, mention.end);
    if (!range || isInsideLongerName(words, range.first, range.last) || !coverage.isFree(mention.start, mention.end)) continue;
    found.push(mention);
    coverage.cover(mention.start, mention.end);
  }
  for (const word of words) {
    if (!word.hasUpper || word.text.length < 4 || !/[-‐‑]/u.test(word.text) || !coverage.isFree(word.start, word.end)) continue;
    for (const mention of splitWord(word) ?? []) {
      found.push(mention);
      coverage.cover(mention.start, mention.end);
    }
  }
}
