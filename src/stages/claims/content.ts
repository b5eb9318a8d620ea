/**
 * Where reported content begins and ends. Right-hand content runs from after the cue to the end of
 * the clause: it stops at "; ", a trailing attribution (", he said"), a participial cue (", stating
 * that") or "according to", and where the content-end model says so (", but", ", which", ...), but
 * never inside a quotation, and a quotation opened inside the content carries it to the closing mark
 * even across sentences.
 */
import type { Sentence, Span, Token } from '../../model/types.js';
import type { QuoteIndex } from './quotes.js';
import { endsBefore, isEndCandidate, verbForm } from './content-model.js';
import { isAgentNoun } from './people.js';
import { CHANNEL_NOUNS } from './cues.data.js';
import { ANSWERS, CIRCUMSTANCE_PREPOSITIONS, CLAUSE_AFTER_COMMA, CONTENT_SUBORDINATORS, TIME_LEADS, TIME_WORDS } from './words.data.js';

export const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '„', '«', '"', "''", "'"]);
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '»', '"', "''", "'"]);
const TRAILING_PUNCT = /^[.,;:!?…—–-]$/u;
/** Tags of words that carry content (a particle or adverb alone is none). */
const CONTENT_WORDS = new Set(['NOUN', 'PROPN', 'VERB', 'NUM', 'PRON', 'ADJ', 'AUX']);
/** Tags that start a noun phrase. */
export const NP_STARTS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);
/** How many words may stand between a cue and the "that" or colon that opens its clause. */
const MAX_COMPLEMENT_GAP = 16;
/** Time words that need a time noun after them to be a time. */
const TIME_DETERMINERS = new Set(['this', 'last', 'next']);
/** "the notion that ...", "no proof that ...": a noun and its complement clause are content together. */
const NOUN_COMPLEMENT_STARTS = new Set(['DET', 'ADJ', 'NOUN']);

/** Context the content finder needs for one sentence. */
export interface ContentContext {
  text: string;
  tokens: readonly Token[];
  quotes: QuoteIndex;
  sentence: Sentence;
  /** All sentences of the document, for look-ups across sentence boundaries. */
  sentences: readonly Sentence[];
  /** Token indices where content must stop (the comma before a later cue's own clause). */
  stops: ReadonlySet<number>;
}

/** Whether token i is an opening quotation mark that starts a known quotation. */
export function opensQuote(context: ContentContext, i: number): boolean {
  const token = context.tokens[i];
  return token !== undefined && OPENING_MARKS.has(token.text) && context.quotes.startingAt(token.start) !== null;
}

/**
 * Content to the right of a cue, starting at token `from` (inclusive). Returns null when nothing
 * contentful follows.
 */
export function contentAfter(context: ContentContext, from: number, objectFrame = false): Span | null {
  const { tokens, quotes, sentence } = context;
  let i = skipChannel(tokens, skipTimeModifiers(tokens, from, sentence.tokenEnd), sentence.tokenEnd);
  i = skipTimeModifiers(tokens, i, sentence.tokenEnd);
  i = skipCircumstanceBeforeThat(tokens, i, sentence.tokenEnd);
  // ("fired back that ...": after a cue that takes an object, only an adverb or particle is skipped.)
  if (!objectFrame || tokens[i]?.pos === 'ADV') i = skipToComplement(context, i);
  while (i < sentence.tokenEnd && (tokens[i]!.text === ':' || tokens[i]!.text === ',' || tokens[i]!.lower === 'that')) i++;
  if (i >= sentence.tokenEnd) return i > from && tokens[i - 1]!.text === ':' ? nextParagraph(context) : null;
  // "Iowa State's Dianne Bystrom agreed. “Mainstream Republicans are ...”": a cue that ends its
  // sentence introduces the quotation that opens the next one.
  if (i === sentence.tokenEnd - 1 && i === from && tokens[i]!.text === '.') return quoteOpeningNext(context);
  const startToken = tokens[i]!;
  // "said: “...”" — the quotation is the content, however many sentences it runs.
  if (opensQuote(context, i)) {
    const quote = quotes.startingAt(startToken.start)!;
    // "said “...” on Friday.": when it was said is not part of what was said.
    const afterQuote = tokenAfter(tokens, quote.end);
    const after = afterQuote === null ? null : skipTimeModifiers(tokens, afterQuote, sentence.tokenEnd);
    if (after === null || after >= sentence.tokenEnd || isClauseEnd(tokens, after, sentence)) return { start: quote.start, end: quote.end };
  }
  let last = i;
  let openQuoteEnd = -1;
  // A noun-phrase object ("criticized the law in a speech") ends before a circumstance phrase.
  const nominal = objectFrame && NP_STARTS.has(startToken.pos) && startToken.lower !== 'that';
  let sawVerb = false;
  let contentVerb: string | null = null;
  // The cue's verb: the nearest verb before the content ("said", "told reporters").
  let cueForm: string | null = null;
  let cueLemma: string | null = null;
  for (let k = from - 1; k >= Math.max(sentence.tokenStart, from - 4); k--) {
    if (tokens[k]!.pos === 'VERB') {
      cueForm = verbForm(tokens[k]!);
      cueLemma = tokens[k]!.lemma;
      break;
    }
  }
  // Content that opened with "that" (skipped above) is a clause.
  // ("noted that, like him, Mrs. Clinton had been ...": a comma may follow the "that".)
  let that = i - 1;
  while (that > from && (tokens[that]!.text === ',' || tokens[that]!.text === ':')) that--;
  const startsClause = i > from && that >= from && tokens[that]!.lower === 'that';
  // "said if Trump wins, he would ...": content that opens with a subordinate clause runs on past the
  // comma that closes it, to the main clause and its verb.
  let subordinate = CONTENT_SUBORDINATORS.has(startToken.lower);
  for (let k = i; k < sentence.tokenEnd; k++) {
    const token = tokens[k]!;
    if (token.start < openQuoteEnd) {
      last = k;
      continue;
    }
    if (k > i && isHardStop(context, k)) break;
    if (subordinate && token.text === ',' && k > i + 1) {
      subordinate = false;
      sawVerb = false;
      last = k;
      continue;
    }
    // Softer signs (", declined to", ", which", a circumstance after a noun-phrase object) are weighed by
    // the content-end model with the rest of the context.
    const circumstance = nominal && !sawVerb && CIRCUMSTANCE_PREPOSITIONS.has(token.lower) && token.pos === 'ADP';
    const sign = circumstance ? 'circumstance' : softStop(context, k);
    // A reported clause ("acknowledged that Sanders, who won Rhode Island, would ...") does not end
    // before its verb; a noun-phrase object may.
    const mayEnd = sawVerb || objectFrame || !startsClause;
    if (mayEnd && k > i && (sign !== null || isEndCandidate(tokens, k)) && endsBefore(tokens, k, { first: i, end: sentence.tokenEnd, sawVerb, objectFrame, sign, cueForm, cueLemma, startsClause, verbForm: contentVerb })) break;
    if (token.pos === 'VERB' || token.pos === 'AUX' || (token.pos === 'PART' && token.lower === 'to')) sawVerb = true;
    if (contentVerb === null && (token.pos === 'VERB' || token.pos === 'AUX')) contentVerb = verbForm(token);
    if (OPENING_MARKS.has(token.text)) {
      const quote = quotes.startingAt(token.start);
      if (quote) openQuoteEnd = quote.end;
    }
    last = k;
  }
  // Drop trailing punctuation outside quotations; keep a closing mark and what it closes.
  while (last > i && TRAILING_PUNCT.test(tokens[last]!.text) && !(tokens[last]!.start < openQuoteEnd)) last--;
  if (CLOSING_MARKS.has(tokens[last]!.text) && quotes.endingAt(tokens[last]!.end) === null && openQuoteEnd < 0 && last > i) last--;
  const end = Math.max(tokens[last]!.end, openQuoteEnd > tokens[last]!.end ? openQuoteEnd : 0);
  const start = startToken.start;
  // "Readers wrote in.": a particle or adverb alone is no content.
  let contentful = openQuoteEnd >= 0;
  // ("46 percent said yes", "half said so": an answer stands for a whole clause.)
  for (let k = i; k <= last && !contentful; k++) contentful = CONTENT_WORDS.has(tokens[k]!.pos) || ANSWERS.has(tokens[k]!.lower);
  return end > start && contentful && /[\p{L}\p{N}]/u.test(context.text.slice(start, end)) ? { start, end } : null;
}

/**
 * "Limbaugh added: / And from a supposed front-runner ...": a cue and a colon that end their paragraph
 * introduce the next paragraph, which is what was said.
 */
function nextParagraph(context: ContentContext): Span | null {
  const { sentence, sentences } = context;
  const first = sentences[sentence.index + 1];
  if (!first || first.paragraph !== sentence.paragraph + 1 || first.kind !== 'body') return null;
  let last = first;
  for (let k = first.index + 1; k < sentences.length && sentences[k]!.paragraph === first.paragraph; k++) last = sentences[k]!;
  return { start: first.start, end: last.end };
}

/** The quotation that opens the sentence after the context's one, in the same paragraph, or null. */
function quoteOpeningNext(context: ContentContext): Span | null {
  const { sentence, sentences, tokens, quotes } = context;
  const next = sentences[sentence.index + 1];
  if (!next || next.paragraph !== sentence.paragraph || !OPENING_MARKS.has(tokens[next.tokenStart]!.text)) return null;
  const quote = quotes.startingAt(tokens[next.tokenStart]!.start);
  return quote ? { start: quote.start, end: quote.end } : null;
}

/** Whether content must stop before token k: "; ", "according to", or a later cue's own clause. */
function isHardStop(context: ContentContext, k: number): boolean {
  const token = context.tokens[k]!;
  if (token.text === ';') return true;
  if (token.lower === 'according' && context.tokens[k + 1]?.lower === 'to') return true;
  const next = context.tokens[k + 1];
  if ((token.text === ',' || token.text === '—' || token.text === '–') && next && next.lower === 'according') return true;
  return context.stops.has(k);
}

/** Which sign of a clause end token k is, if any: ", referring to ...", ", which ...". */
function softStop(context: ContentContext, k: number): string | null {
  const { tokens } = context;
  const token = tokens[k]!;
  if (token.text === ',' || token.text === '—' || token.text === '–') {
    const next = tokens[k + 1];
    // ", referring to ..." / ", declined to ...": a clause about the main clause, not what was said.
    if (next && next.pos === 'VERB' && !context.quotes.containing(next.start)) return 'verb';
    if (next && CLAUSE_AFTER_COMMA.has(next.lower)) return 'comment';
    // ", but the environment complicates that mission" is mostly a contrast the writer adds, but
    // PolNeAR keeps "idealism is nice, but realism takes over" whole 84 times against 108 cut.
    if (next && next.lower === 'but') return 'but';
  }
  return null;
}

/** Whether token k ends the clause (sentence-final punctuation or a comma/dash before more text). */
function isClauseEnd(tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const token = tokens[k]!;
  if (/^[.!?…]$/u.test(token.text)) return k + 1 >= sentence.tokenEnd || isClauseEnd(tokens, k + 1, sentence);
  return token.text === ',' || token.text === ';';
}

/** Index of the first token starting at or after `offset`, or null. */
export function tokenAfter(tokens: readonly Token[], offset: number): number | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : null;
}

/**
 * Content to the left of a trailing attribution ("“...,” he said." / "The war is over, he said."):
 * from the clause start, or the opening of the quotation that ends before `boundary`, up to the
 * token before `boundary` (the comma or closing mark before the speaker or cue).
 */
export function contentBefore(context: ContentContext, boundary: number, floor: number, allowFragment = false): Span | null {
  const { tokens, quotes, sentence, text } = context;
  let last = boundary;
  // A closing mark right before the speaker ("…,” he said") belongs to the content.
  if (CLOSING_MARKS.has(tokens[last]!.text) && quotes.endingAt(tokens[last]!.end)) {
    const quote = quotes.endingAt(tokens[last]!.end)!;
    // Reported words before the quotation belong to the content too (Sanders “is tapping …,” X said).
    const clauseStart = tokens[Math.max(floor, sentence.tokenStart)]!.start;
    const lead = clauseStart < quote.start ? text.slice(clauseStart, quote.start) : '';
    const start = /[\p{L}\p{N}]/u.test(lead) && !/[:”"]\s*$/u.test(lead) ? clauseStart : quote.start;
    return { start, end: quote.end };
  }
  if (tokens[last]!.text === ',' || tokens[last]!.text === '—') last--;
  if (last < floor) return null;
  const closing = tokens[last]!;
  const quote = CLOSING_MARKS.has(closing.text) ? quotes.endingAt(closing.end) : null;
  const firstIndex = skipSentenceOpener(tokens, Math.max(floor, sentence.tokenStart), last);
  let start = tokens[firstIndex]!.start;
  if (quote && quote.start < start) start = quote.start;
  // Without a quotation, the words before ", he said" must be a clause, not an opening phrase.
  if (!quote && !allowFragment && !hasVerb(tokens, firstIndex, last)) return null;
  const end = closing.end;
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : null;
}

/**
 * "But the race is over, he said", "Meanwhile, ...", "JERUSALEM — ...": a conjunction, a sentence
 * adverb and its comma, or a dateline that opens the sentence belong to the writer, not the content.
 */
function skipSentenceOpener(tokens: readonly Token[], first: number, last: number): number {
  let i = first;
  for (let guard = 0; guard < 3 && i < last; guard++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (SENTENCE_CONJUNCTIONS.has(token.lower) && token.pos !== 'PUNCT') i++;
    else if (token.pos === 'ADV' && next?.text === ',' && i + 1 < last) i += 2;
    else if (/^\p{Lu}{2,}$/u.test(token.text) && next && /^[—–-]$/u.test(next.text) && i + 1 < last) i += 2;
    else break;
  }
  return i;
}
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'or']);

/** Whether tokens [first, last] contain a finite-looking verb. */
export function hasVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return true;
  return false;
}


/** Skips "in a statement", "in an interview with CNN" right after a cue: where it was said, not what. */
function skipChannel(tokens: readonly Token[], from: number, end: number): number {
  const prep = tokens[from];
  if (!prep || from + 2 >= end || !(prep.lower === 'in' || prep.lower === 'on' || prep.lower === 'during' || prep.lower === 'via')) return from;
  for (let k = from + 1; k < Math.min(end, from + 6); k++) {
    const token = tokens[k]!;
    if (CHANNEL_NOUNS.has(token.lower) && token.pos !== 'VERB') {
      let next = k + 1;
      // "in an interview with CNN", "in a statement to reporters"
      if ((tokens[next]?.lower === 'with' || tokens[next]?.lower === 'to' || tokens[next]?.lower === 'on') && next < end) {
        let n = next + 1;
        while (n < end && (tokens[n]!.pos === 'PROPN' || tokens[n]!.pos === 'DET' || tokens[n]!.pos === 'NOUN' || tokens[n]!.text === '’s' || tokens[n]!.text === "'s")) n++;
        if (n > next + 1) next = n;
      }
      return next;
    }
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(token.pos)) return from;
  }
  return from;
}

/**
 * Skips "after a lunch on Tuesday" in "said after a lunch on Tuesday that ...": a circumstance phrase
 * between the cue and the "that" that opens what was said.
 */
function skipCircumstanceBeforeThat(tokens: readonly Token[], from: number, end: number): number {
  const first = tokens[from];
  if (!first || first.pos !== 'ADP' || !CIRCUMSTANCE_PREPOSITIONS.has(first.lower)) return from;
  for (let k = from + 1; k < Math.min(end, from + 10); k++) {
    const token = tokens[k]!;
    if (token.lower === 'that') return k;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT' || token.pos === 'PRON') return from;
  }
  return from;
}

/**
 * Skips what stands between a cue and the clause it introduces when no verb comes first: an adverb,
 * an addressee, a time or place ("said repeatedly that", "warned Clinton that", "said in '08 that",
 * "said of Congress: “...”", "said on Twitter, “...”"). The clause after "that", the colon or the
 * quotation is what was said.
 */
function skipToComplement(context: ContentContext, from: number): number {
  const { tokens, sentence } = context;
  // ("Dr.said": nothing may follow the cue in its sentence.)
  if (from >= sentence.tokenEnd) return from;
  const limit = Math.min(sentence.tokenEnd - 1, from + MAX_COMPLEMENT_GAP);
  const nounFirst = NOUN_COMPLEMENT_STARTS.has(tokens[from]!.pos);
  for (let k = from; k < limit; k++) {
    const token = tokens[k]!;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.text === ';') return from;
    const next = tokens[k + 1]!;
    // "reminding voters that ...": after an addressee (people, not "the notion") the "that" opens the content.
    const addressee = nounFirst && tokens[k - 1]!.pos === 'NOUN' && isAgentNoun(tokens[k - 1]!.lower);
    if (k > from && (!nounFirst || addressee) && token.lower === 'that' && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'PUNCT') return k + 1;
    if (k > from && token.text === ':') return k + 1;
    if (k > from && token.text === ',' && opensQuote(context, k + 1)) return k + 1;
    if (opensQuote(context, k)) return from;
  }
  return from;
}

/** Skips "on Friday", "this week", "Tuesday" right after a cue: when it was said, not what. */
function skipTimeModifiers(tokens: readonly Token[], from: number, end: number): number {
  let i = from;
  for (;;) {
    const token = tokens[i];
    if (!token || i >= end) return i;
    // "this", "last" and "next" are times only with a time noun after them ("said this week"); alone
    // ("said this: ...") they are content.
    if (TIME_WORDS.has(token.lower) && !TIME_DETERMINERS.has(token.lower)) {
      i++;
      continue;
    }
    const next = tokens[i + 1];
    if (TIME_LEADS.has(token.lower) && next && i + 1 < end && TIME_WORDS.has(next.lower)) {
      i += 2;
      continue;
    }
    return i;
  }
}
