/**
 * Corrections to a tagged span's extent and type before it becomes a mention: titles and
 * sentence-opening words come off the front ("Mr. Trump", "Addressing New York State Republican
 * Party"); a given name makes a person, an institution's head word an organisation, a dateline a
 * place; and two listed names joined by "and" are two mentions ("NBC News and The Wall Street Journal").
 */
import type { Token } from '../../model/types.js';
import { INSTITUTION_HEADS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS } from './cues.data.js';
import { lookupName } from './gazetteer.js';
import type { NameLexicon } from './lexicon.js';
import { skipTitles } from './people.js';
import type { TaggedSpan, TaggedType } from './spans.js';
import type { CaseMode, Word } from './words.js';

/** Words [first, last) of a sentence and the type they should be read as. */
export interface SpanPart {
  first: number;
  last: number;
  type: TaggedType;
}

/** Parts of speech (wink-nlp's) of sentence-opening words that never begin a name ("Addressing", "One"). */
const OPENER_POS = new Set(['VERB', 'ADV', 'NUM', 'PRON', 'DET', 'ADP', 'SCONJ', 'CCONJ', 'AUX', 'PART', 'INTJ']);
const DASHES = new Set(['-', '–', '—', '(', ',', ':']);

/** The text of words [first, last). */
function textOf(text: string, words: readonly Word[], first: number, last: number): string {
  return text.slice(words[first]!.start, words[last - 1]!.end);
}

/** Whether words [first, last) are a name the gazetteer lists. */
function isListed(text: string, words: readonly Word[], first: number, last: number, mode: CaseMode): boolean {
  return lookupName(textOf(text, words, first, last), mode) !== null;
}

/**
 * Whether the span's first word opens the sentence and is an ordinary word rather than part of the
 * name: a verb, adverb, number or function word by its part of speech (names are never these).
 */
function startsWithOpener(text: string, tokens: readonly Token[], words: readonly Word[], first: number, last: number, mode: CaseMode): boolean {
  if (last - first < 2 || words.slice(0, first).some((word) => word.hasLetter)) return false;
  return OPENER_POS.has(tokens[words[first]!.firstToken]!.pos) && !isListed(text, words, first, last, mode);
}

/**
 * Whether an organisation or place reads as a personal name instead: two or more words, the first
 * a known given name ("Akram al-Kaabi"), the last no organisation or place word ("Morgan Stanley
 * Bank" stays), and not a name the gazetteer knows.
 */
function startsWithGivenName(text: string, words: readonly Word[], first: number, last: number, type: TaggedType, mode: CaseMode, lexicon: NameLexicon): boolean {
  if ((type !== 'ORG' && type !== 'LOC') || last - first < 2 || mode === 'upper') return false;
  const head = words[last - 1]!.lower;
  if (lexicon.classOf(words[first]!.lower) !== 'first') return false;
  if (ORG_HEADS.has(head) || PLACE_HEADS.has(head) || lexicon.isOrgWord(head) || lexicon.isPlaceWord(head)) return false;
  return !isListed(text, words, first, last, mode);
}

/**
 * Whether a place, person or other name reads as an institution by its head word: "Council of
 * Foreign Relations", "Redfield University". One-word names are left to the tagger, and the gazetteer
 * knows better ("West Bank" is a place).
 */
function isInstitution(text: string, words: readonly Word[], first: number, last: number, type: TaggedType, mode: CaseMode): boolean {
  if (last - first < 2 || type === 'ORG') return false;
  const head = words[last - 1]!.lower;
  const institution = INSTITUTION_HEADS.has(head) || (INSTITUTION_HEADS.has(words[first]!.lower) && words[first + 1]!.lower === 'of');
  return institution && !isListed(text, words, first, last, mode);
}

/** Whether the span is a dateline: capitals opening the sentence, then a dash or bracket ("CLEVELAND –", "WASHINGTON (AP)"). */
function isDateline(words: readonly Word[], first: number, last: number): boolean {
  if (first !== 0 || !words.slice(first, last).every((word) => word.allCaps)) return false;
  const next = words[last];
  return next !== undefined && DASHES.has(next.text);
}

/**
 * Two listed names joined by "and" or "&" that the tagger read as one ("NBC News and The Wall Street
 * Journal"), as two parts; null when either side is not listed ("Procter and Gamble" stays whole).
 */
function splitAtAnd(text: string, words: readonly Word[], first: number, last: number, type: TaggedType, mode: CaseMode): SpanPart[] | null {
  for (let k = first + 1; k < last - 1; k++) {
    if (words[k]!.lower !== 'and' && words[k]!.text !== '&') continue;
    const right = words[k + 1]!.lower === 'the' && k + 2 < last ? k + 2 : k + 1;
    if (isListed(text, words, first, k, mode) && isListed(text, words, right, last, mode)) {
      return [
        { first, last: k, type },
        { first: right, last, type },
      ];
    }
  }
  return null;
}

/** The corrected parts of a tagged span (usually one; none when nothing of a name is left). */
export function adjustSpan(text: string, tokens: readonly Token[], span: TaggedSpan, lexicon: NameLexicon): SpanPart[] {
  const { words, mode } = span.sentence;
  // A title never begins a name ("Mr. Trump" tagged as an organisation is Trump, a person).
  let first = skipTitles(words, span.first, span.last);
  const titled = first > span.first;
  if (startsWithOpener(text, tokens, words, first, span.last, mode)) first++;
  const last = span.last;
  const lead = words[first]!;
  if (!lead.hasUpper && !NAME_PARTICLES.has(lead.lower)) return [];
  let type = span.type;
  if (titled || startsWithGivenName(text, words, first, last, type, mode, lexicon)) type = 'PER';
  else if (isInstitution(text, words, first, last, type, mode)) type = 'ORG';
  else if (isDateline(words, first, last) && isListed(text, words, first, last, mode)) type = 'LOC';
  return splitAtAnd(text, words, first, last, type, mode) ?? [{ first, last, type }];
}
