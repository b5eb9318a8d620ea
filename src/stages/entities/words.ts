/**
 * Words: wink-nlp splits "al-Kaabi" into "al", "-", "Kaabi" but keeps "Pro-Iranian" whole, so the
 * entities stage rejoins hyphenated tokens into one word and tags words, never half a name.
 */
import type { Doc } from '../../model/types.js';

/** How a sentence is capitalised, which decides how far capital letters can be trusted. */
export type CaseMode = 'normal' | 'upper' | 'title';

/** One word: tokens [firstToken, lastToken) of the document joined by hyphens without spaces. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  firstToken: number;
  lastToken: number;
  sentence: number;
  /** Index of the word in its sentence. */
  index: number;
  /** Any upper-case letter anywhere ("pro-Iranian", "McDonald"). */
  hasUpper: boolean;
  /** First character is an upper-case letter. */
  capitalised: boolean;
  /** Every letter is upper-case and there are at least two ("LONDON", "US"). */
  allCaps: boolean;
  hasDigit: boolean;
  hasLetter: boolean;
}

/** The words of one sentence and how the sentence is capitalised. */
export interface SentenceWords {
  sentence: number;
  words: Word[];
  mode: CaseMode;
}

const HYPHENS = new Set(['-', '‐', '‑']);
const ALNUM_END = /[\p{L}\p{N}]$/u;
const ALNUM_START = /^[\p{L}\p{N}]/u;
const NON_ASCII_DIGIT = /\p{N}/u;

/**
 * A word record for `text`, which spans document characters [start, end). One pass over the
 * characters with an ASCII fast path: this runs for every word of every article.
 */
function makeWord(text: string, lower: string, start: number, firstToken: number, lastToken: number, sentence: number, index: number): Word {
  let letters = 0;
  let upper = 0;
  let hasLower = false;
  let hasDigit = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 97 && code <= 122) {
        letters++;
        hasLower = true;
      } else if (code >= 48 && code <= 57) hasDigit = true;
      continue;
    }
    const char = text[i]!;
    const lowered = lower[i] ?? char;
    if (lowered !== char) {
      letters++;
      upper++;
    } else if (char.toUpperCase() !== char) {
      letters++;
      hasLower = true;
    } else if (NON_ASCII_DIGIT.test(char)) hasDigit = true;
  }
  const firstCode = text.charCodeAt(0);
  const capitalised = firstCode < 128 ? firstCode >= 65 && firstCode <= 90 : (lower[0] ?? '') !== text[0];
  return {
    start,
    end: start + text.length,
    text,
    lower,
    firstToken,
    lastToken,
    sentence,
    index,
    hasUpper: upper > 0,
    capitalised,
    allCaps: upper >= 2 && !hasLower,
    hasDigit,
    hasLetter: letters > 0,
  };
}

/** Lower-case words a title-case heading leaves small ("Timeline for Military Mission Conclusion"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'onto', 'over', 'than', 'amid', 'after', 'about', 'against', 'is', 'are', 'its']);

/**
 * Whether the sentence is in capitals (wire headlines: "CRICKET - LEICESTERSHIRE TAKE OVER"), a
 * title or heading in title case (every word but the small ones capitalised, so a capital proves
 * nothing), or ordinary text where a capital marks a name. Bylines, name lists and result lines
 * ("Peter Blackburn", "Legia Warsaw 3 GKS Belchatow 2") count as ordinary text.
 */
function detectMode(words: readonly Word[], kind: string): CaseMode {
  let long = 0;
  let upper = 0;
  let any = 0;
  let anyUpper = 0;
  let titleCased = true;
  let titleCasedTitle = true;
  let smallWords = 0;
  for (const word of words) {
    // Digits, commas and brackets mark result lines and name lists, not headings (an article's
    // own title may have them: "Freight Rail Workers Reach Tentative Deal, Averting Strike").
    if (word.hasDigit || word.text === ',' || word.text === '(') titleCased = false;
    if (!word.hasLetter) continue;
    any++;
    if (word.allCaps) anyUpper++;
    if (word.text.length >= 3) {
      long++;
      if (word.allCaps) upper++;
    }
    if (TITLE_SMALL_WORDS.has(word.lower)) smallWords++;
    else if (!word.capitalised) titleCased = titleCasedTitle = false;
  }
  if (long > 0 ? upper / long >= 0.6 : any > 0 && anyUpper === any) return 'upper';
  if (kind === 'title') return titleCasedTitle && any >= 3 ? 'title' : 'normal';
  return kind === 'heading' && smallWords > 0 && titleCased && any >= 3 ? 'title' : 'normal';
}

/** Words of every sentence, hyphenated tokens joined ("al-Kaabi", "Israel-Hamas", "Tehran-aligned"). */
export function buildWords(doc: Doc): SentenceWords[] {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const result: SentenceWords[] = [];
  for (const sentence of doc.sentences) {
    const words: Word[] = [];
    let t = sentence.tokenStart;
    while (t < sentence.tokenEnd) {
      let last = t + 1;
      // Join "x - y" only when there is no space on either side of the hyphen and both sides are word characters.
      while (
        last + 1 < sentence.tokenEnd &&
        tokens[last]!.text.length === 1 &&
        HYPHENS.has(tokens[last]!.text) &&
        tokens[last]!.start === tokens[last - 1]!.end &&
        tokens[last + 1]!.start === tokens[last]!.end &&
        ALNUM_END.test(tokens[last - 1]!.text) &&
        ALNUM_START.test(tokens[last + 1]!.text)
      ) {
        last += 2;
      }
      const start = tokens[t]!.start;
      const end = tokens[last - 1]!.end;
      const wordText = last === t + 1 ? tokens[t]!.text : text.slice(start, end);
      const lower = last === t + 1 ? tokens[t]!.lower : wordText.toLowerCase();
      words.push(makeWord(wordText, lower, start, t, last, sentence.index, words.length));
      t = last;
    }
    result.push({ sentence: sentence.index, words, mode: detectMode(words, sentence.kind) });
  }
  return result;
}
