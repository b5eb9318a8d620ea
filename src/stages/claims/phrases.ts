/**
 * Noun-phrase boundaries over wink-nlp tokens, for speakers, addressees and targets. A phrase is a
 * token range [first, last) within one sentence. Appositives ("Akram al-Kaabi, leader of the
 * Al-Nujaba faction,") and conjoined phrases ("The US military and Iraqi officials") stay whole.
 */
import type { Token } from '../../model/types.js';
import { CHANNEL_NOUNS } from './cues.data.js';
import { CLAUSE_OPENERS, IN_MANNER, NP_PREPOSITIONS, SOURCE_QUALIFIERS, TIME_NOUNS } from './speakers.data.js';

/** A token range [first, last). */
export interface Range {
  first: number;
  last: number;
}

/** A speaker-like phrase: the whole range, and its parts when it is "NAME, DESCRIPTION". */
export interface Phrase extends Range {
  /** The appositive parts, in order, when the phrase has the shape "A, B". */
  parts: Range[];
}

export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const LEADING_JUNK = new Set(['both', 'either', 'neither', 'and', 'or', 'but', 'when', 'then', 'which', 'that', 'what', 'whom', '-', '—', '–', '--', 'yet', 'even', 'still', 'so', 'also', 'meanwhile', 'instead', 'indeed']);
const TRAILING_JUNK = new Set(['both', 'all', 'each', 'alone', 'himself', 'herself', 'themselves', 'itself']);
const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM']);
/** What may follow a participle inside a noun phrase: its noun, or more modifiers of it. */
const PARTICIPLE_HEADS = new Set(['NOUN', 'PROPN', 'ADJ']);
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'many', 'some', 'several', 'most']);
/** Lower-case particles inside personal names. */
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'ter']);
const WH_ADVERBS = new Set(['how', 'why', 'when', 'where', 'however', 'so', 'too']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);
const QUANTIFIERS = new Set(['several', 'most', 'many', 'some', 'all', 'both', 'each', 'none', 'one', 'two', 'three', 'few', 'half', 'any', 'either', 'neither', 'majority', 'more', 'dozens', 'hundreds']);
/** Words that make a following time name relative ("last month"). */
const RELATIVE_TIMES = new Set(['last', 'this', 'next', 'early', 'late']);
/** Time nouns that also name what a speaker phrase is about ("the statement", "an interview"). */
const NOT_BARE_TIMES = new Set(['past', 'time', 'interview', 'statement']);

/** Whether a token can sit inside a noun phrase on its own merits. */
function isNominalish(token: Token, previous?: Token): boolean {
  // "self-described": a participle glued to a hyphen is part of a modifier.
  if (previous && previous.text === '-' && previous.end === token.start) return true;
  if (NOMINAL.has(token.pos) || token.pos === 'ADJ' || token.pos === 'DET') return true;
  if (token.pos === 'PART' && (token.lower === "'s" || token.lower === '’s')) return true;
  // "The Democrats’ leading candidate": a plural possessive's lone apostrophe, glued to its word.
  if ((token.text === '’' || token.text === "'") && previous !== undefined && previous.end === token.start && /s$/iu.test(previous.text)) return true;
  if (token.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(token.lower)) return true;
  // A hyphen joins a name ("Al-Nujaba"); a spaced dash ("MOSCOW - Russia's network") separates.
  if (token.text === '-') return token.start === previous?.end || previous === undefined;
  if (token.text === '.' || token.text === '&' || token.text === '%') return true;
  // Capitalised words wink tags as verbs or adverbs inside names ("Kataeb", "Al-Nujaba").
  if (!/^\p{Lu}/u.test(token.text) || token.pos === 'PUNCT' || token.pos === 'PRON' || token.pos === 'SCONJ' || token.pos === 'CCONJ' || token.pos === 'AUX') return false;
  // A capitalised preposition or adverb opens a sentence ("After saying ...", "In asking ...") unless
  // it sits inside a name ("Bank Of America").
  return (token.pos !== 'ADP' && token.pos !== 'ADV') || previous?.pos === 'PROPN';
}

/**
 * "Will wrote", "Will believes", "Will Estrada said": the name Will, which wink tags as the modal. A
 * modal takes a verb's base form, so a capitalised "Will" before an inflected verb or a name is a name.
 */
export function isNameWill(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || token.text !== 'Will' || !next) return false;
  return next.pos === 'PROPN' || (next.pos === 'VERB' && next.lower !== next.lemma && !/ing$/u.test(next.lower));
}

/** Whether a phrase names a time: a year, a day or month name, "late August". */
function timeLike(tokens: readonly Token[], range: Range): boolean {
  for (let k = range.first; k < range.last; k++) {
    const token = tokens[k]!;
    if (TIME_NOUNS.has(token.lower) || /^(1[89]|20)\d\d$/u.test(token.text)) return true;
  }
  return false;
}

/** The end of "released Thursday" / "conducted in May" starting at `k`, or `k` when there is none. */
function datedParticipleEnd(tokens: readonly Token[], k: number, ceiling: number): number {
  const participle = tokens[k];
  if (!participle || k + 1 >= ceiling || participle.pos !== 'VERB' || !/ed$/u.test(participle.lower)) return k;
  let from = k + 1;
  if ((tokens[from]!.lower === 'on' || tokens[from]!.lower === 'in') && from + 1 < ceiling) from++;
  let end = from;
  if (RELATIVE_TIMES.has(tokens[end]!.lower)) end++;
  const named = end;
  while (end < ceiling && TIME_NOUNS.has(tokens[end]!.lower) && !NOT_BARE_TIMES.has(tokens[end]!.lower)) end++;
  if (end === named) return k;
  // Only where the phrase ends: at punctuation or the end of the clause.
  return end >= ceiling || tokens[end]!.pos === 'PUNCT' ? end : k;
}

/** Whether token i is a slash joining two capitalised words with no space ("Times/CBS"). */
function isNameSlash(tokens: readonly Token[], i: number, floor: number, ceiling: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return token.text === '/' && i - 1 >= floor && i + 1 < ceiling && before !== undefined && after !== undefined &&
    before.end === token.start && token.end === after.start && /^\p{Lu}/u.test(before.text) && /^\p{Lu}/u.test(after.text);
}

/** Whether every word of the range is a time ("Thursday", "last week"). */
function bareTime(tokens: readonly Token[], range: Range): boolean {
  let named = false;
  for (let k = range.first; k < range.last; k++) {
    const word = tokens[k]!.lower;
    if (TIME_NOUNS.has(word) && !NOT_BARE_TIMES.has(word)) named = true;
    else if (!TIME_MODIFIERS.has(word)) return false;
  }
  return named;
}
const TIME_MODIFIERS = new Set(['later', 'earlier', 'last', 'this', 'next', 'late', 'early']);

/**
 * Whether the comma at `comma` closes a short list item that itself follows a comma ("Obama,
 * Clinton, and others"): a lone ", and" more often joins two clauses ("in Louisville, and Nicklaus").
 */
function listItemBefore(tokens: readonly Token[], comma: number, floor: number): boolean {
  let k = comma - 1;
  const stop = Math.max(floor, comma - 7);
  while (k >= stop && tokens[k]!.pos !== 'ADP' && tokens[k]!.text !== ',' && isNominalish(tokens[k]!)) k--;
  return k < comma - 1 && k >= floor && tokens[k]!.text === ',';
}

/** Whether [from, end) is a bare time ("last month", "Wednesday morning") after a name or noun. */
export function bareTimeFrom(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  if (RELATIVE_TIMES.has(tokens[k]!.lower)) k++;
  const named = k;
  while (k < end && TIME_NOUNS.has(tokens[k]!.lower) && !NOT_BARE_TIMES.has(tokens[k]!.lower)) k++;
  return k === end && k > named && (named > from || /^\p{Lu}/u.test(tokens[named]!.text));
}

/** Whether [from, end) is a short time phrase ("Tuesday", "the past", "a month"). */
function timePhraseFrom(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  while (k < end && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM')) k++;
  const named = k;
  while (k < end && TIME_NOUNS.has(tokens[k]!.lower)) k++;
  return k > named && k >= end;
}

/**
 * Whether [from, end) is a channel ("a statement", "his announcement speech", "a Friday tweet") or a
 * manner phrase ("particular", "general") that "in" opens after a speaker: "Ryan in a statement said".
 */
function channelPhraseFrom(tokens: readonly Token[], from: number, end: number): boolean {
  if (end - from === 1) return IN_MANNER.has(tokens[from]!.lower);
  const opener = tokens[from]!;
  if (opener.pos !== 'DET' && !POSSESSIVE_DETERMINERS.has(opener.lower)) return false;
  for (let k = from + 1; k < end - 1; k++) if (!NOMINAL.has(tokens[k]!.pos) && tokens[k]!.pos !== 'ADJ') return false;
  return end - from >= 2 && end - from <= 5 && CHANNEL_NOUNS.has(tokens[end - 1]!.lower);
}

/** Whether "in" at `i` opens a channel or manner phrase (see channelPhraseFrom) that ends the speaker. */
function opensChannel(tokens: readonly Token[], i: number, ceiling: number): boolean {
  if (tokens[i]!.lower !== 'in') return false;
  let k = i + 1;
  while (k < ceiling && k - i <= 5 && (NOMINAL.has(tokens[k]!.pos) || tokens[k]!.pos === 'ADJ' || (k === i + 1 && (tokens[k]!.pos === 'DET' || POSSESSIVE_DETERMINERS.has(tokens[k]!.lower))))) k++;
  return k > i + 1 && channelPhraseFrom(tokens, i + 1, k);
}

/**
 * Whether the phrase [first, last) names something: a noun, name, number or pronoun, or a determiner
 * with an adjective wink mis-tagged ("The self-described democratic socialist").
 */
function hasHead(tokens: readonly Token[], range: Range): boolean {
  for (let i = range.first; i < range.last; i++) {
    const token = tokens[i]!;
    if (NOMINAL.has(token.pos) || /^\p{Lu}/u.test(token.text) || token.pos === 'PRON') return true;
  }
  // "the same polling": a gerund that ends the phrase after its modifiers heads it.
  const last = tokens[range.last - 1]!;
  if (range.last - range.first >= 2 && last.pos === 'VERB' && /ing$/u.test(last.lower)) return true;
  // "another says", "many believe": a quantifier alone stands for the people it counts.
  if (range.last - range.first === 1 && (QUANTIFIERS.has(tokens[range.first]!.lower) || tokens[range.first]!.lower === 'another')) return true;
  return tokens[range.first]!.pos === 'DET' && tokens[range.last - 1]!.pos === 'ADJ' && range.last - range.first >= 2;
}

/**
 * The noun phrase that ends just before `end` (exclusive), not reaching before `floor`. A lone
 * personal or relative pronoun counts ("he", "they", "who").
 */
export function phraseEndingAt(tokens: readonly Token[], end: number, floor: number): Range | null {
  const last = end;
  let i = end - 1;
  if (i < floor) return null;
  const head = tokens[i]!;
  if (head.pos === 'PRON' && REFLEXIVES.has(head.lower)) {
    // "the candidates themselves": the phrase is the one the reflexive stresses.
    const stressed = phraseEndingAt(tokens, i, floor);
    if (stressed) return stressed;
  }
  if (head.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(head.lower)) {
    // "several of them", "most of whom": the quantifier heads the phrase.
    const quantifier = tokens[i - 2];
    if (tokens[i - 1]?.lower === 'of' && i - 2 >= floor && quantifier && QUANTIFIERS.has(quantifier.lower)) return { first: i - 2, last };
    return { first: i, last };
  }
  if (head.pos === 'PRON' && (head.lower === 'her' || head.lower === 'its')) return null;
  // "Most said they were worried": a lone quantifier wink tags as an adverb counts the people it
  // stands for.
  if (head.pos === 'ADV' && QUANTIFIERS.has(head.lower) && (i === floor || !isNominalish(tokens[i - 1]!, tokens[i - 2]))) return { first: i, last };
  // "Cuban-Americans polled", "those surveyed": a participle right after its noun ends the phrase.
  if (head.pos === 'VERB' && /ed$/u.test(head.lower) && i - 1 >= floor && (NOMINAL.has(tokens[i - 1]!.pos) || tokens[i - 1]!.lower === 'those')) i--;
  // "national polling shows", "the same polling suggests": a gerund after an adjective or determiner heads it.
  else if (head.pos === 'VERB' && /ing$/u.test(head.lower) && i - 1 >= floor && (tokens[i - 1]!.pos === 'ADJ' || tokens[i - 1]!.pos === 'DET' || (tokens[i - 1]!.pos === 'PROPN' && i - 1 === floor))) i--;
  let listed = false;
  const listCommas: number[] = [];
  while (i >= floor) {
    const token = tokens[i]!;
    // "told local radio that meltwater ...": "that" opens a clause far more often than it determines.
    // "the reasons many voters have had", "the place Pentagon officials say": a determiner opens its
    // noun phrase, so a noun before it belongs to another one.
    const opened = i + 1 < last && PHRASE_OPENERS.has(tokens[i + 1]!.lower) && NOMINAL.has(token.pos);
    if ((isNominalish(token, i - 1 >= floor ? tokens[i - 1] : undefined) && token.lower !== 'that' && !opened) || isNameWill(tokens, i)) {
      i--;
      continue;
    }
    const inside = i + 1 < last ? tokens[i + 1] : undefined;
    // "most passionate supporters", "still-struggling HP", "then-Secretary Clinton": an adverb that
    // modifies an adjective or is glued to a hyphen stays in the phrase.
    if (token.pos === 'ADV' && !WH_ADVERBS.has(token.lower) && inside && (inside.pos === 'ADJ' || inside.pos === 'NUM' || (inside.text === '-' && inside.start === token.end))) {
      i--;
      continue;
    }
    // "registered voters", "a newly elected senator", "Trump’s leading rivals": a participle before its
    // noun modifies it.
    const modified = tokens[i - 1];
    const possessive = modified !== undefined && (modified.lower === "'s" || modified.lower === '’s' || modified.text === '’' || modified.text === "'");
    if (token.pos === 'VERB' && (/ed$/u.test(token.lower) || (/ing$/u.test(token.lower) && (possessive || modified?.pos === 'DET'))) && inside !== undefined && PARTICIPLE_HEADS.has(inside.pos) && modified && i - 1 >= floor &&
      (modified.lower === 'of' || modified.pos === 'DET' || modified.pos === 'NUM' || modified.pos === 'ADJ' || possessive)) {
      i--;
      continue;
    }
    // "More than six in 10", "as many as 40 percent": a comparison in front of a number.
    if ((token.lower === 'than' || token.lower === 'as') && inside && (inside.pos === 'NUM' || inside.lower === 'many' || inside.lower === 'much')) {
      i--;
      continue;
    }
    // "an inside source", "conservative outside groups": a preposition between a determiner or
    // adjective and a noun is a modifier.
    const previousToken = tokens[i - 1];
    if (token.pos === 'ADP' && inside && (inside.pos === 'NOUN' || inside.pos === 'ADJ') && previousToken && i - 1 >= floor && (previousToken.pos === 'DET' || previousToken.pos === 'ADJ')) {
      i--;
      continue;
    }
    // A short parenthetical inside a name: "Sen. Bernie Sanders (I-Vt.)", "Gov. Mary Fallin (R-OK)".
    if (token.text === ')') {
      let open = i - 1;
      while (open >= floor && open > i - 8 && tokens[open]!.text !== '(') open--;
      if (open >= floor && tokens[open]!.text === '(' && open - 1 >= floor && isNominalish(tokens[open - 1]!)) {
        i = open - 1;
        continue;
      }
    }
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // What follows may open with a participle the loop has already taken in ("of registered voters").
    // ("a coalition of nearly 40 groups": an adverb may modify the number that opens it.)
    const opensPhrase = after !== undefined && (isNominalish(after) || (after.pos === 'VERB' && /ed$/u.test(after.lower) && tokens[i + 2]?.pos === 'NOUN' && i + 2 < last) ||
      (after.pos === 'ADV' && tokens[i + 2]?.pos === 'NUM' && i + 2 < last));
    const joins =
      before !== undefined && i - 1 >= floor && after !== undefined && i + 1 < last &&
      (NOMINAL.has(before.pos) || /^\p{Lu}/u.test(before.text) || (token.pos === 'CCONJ' && (before.pos === 'ADJ' || before.pos === 'PRON' || before.text === ')'))) &&
      opensPhrase && !CLAUSE_OPENERS.has(before.lower);
    // "A survey conducted by the network found", "emails disseminated by WikiLeaks suggest": a
    // participle and its agent after the head noun describe it.
    const head = tokens[i - 2];
    if (token.lower === 'by' && opensPhrase && i + 1 < last && before?.pos === 'VERB' && /(ed|en)$/u.test(before.lower) && head && i - 2 >= floor && NOMINAL.has(head.pos)) {
      i -= 2;
      continue;
    }
    // "some of his followers", "85% of Democrats": a quantifier or share heads the phrase its "of" opens.
    const share = token.lower === 'of' && before !== undefined && i - 1 >= floor && after !== undefined && i + 1 < last && opensPhrase &&
      (QUANTIFIERS.has(before.lower) || before.text === '%');
    if (share) {
      i--;
      continue;
    }
    if (joins && token.pos === 'ADP' && NP_PREPOSITIONS.has(token.lower)) {
      i--;
      continue;
    }
    // "a Times/CBS News poll", "the Reuters/Ipsos poll": a slash between two names.
    if (isNameSlash(tokens, i, floor, last)) {
      i--;
      continue;
    }
    // "people close to Clinton", "officials familiar with the talks": an adjective and its preposition
    // after the head noun still describe it.
    const beforeAdjective = tokens[i - 2];
    // ("People briefed on the move", "Democrats involved in the talks": such a qualifier read as a verb.)
    const qualifies = before !== undefined && (before.pos === 'ADJ' ? NP_PREPOSITIONS.has(token.lower) : SOURCE_QUALIFIERS.get(before.lower) === token.lower);
    if (token.pos === 'ADP' && qualifies && i - 2 >= floor && beforeAdjective && NOMINAL.has(beforeAdjective.pos) && after && isNominalish(after)) {
      i -= 2;
      continue;
    }
    if (token.lower === 'and' && before?.text === ',' && after !== undefined && i + 1 < last && isNominalish(after) && listItemBefore(tokens, i - 1, floor)) {
      listed = true;
      listCommas.push(i - 1);
      i -= 2;
      continue;
    }
    if (joins && token.pos === 'CCONJ' && (token.lower === 'and' || token.lower === '&')) {
      listed = true;
      i--;
      // "he and other Jewish leaders": a pronoun can open a conjoined phrase, never extend it leftwards.
      if (before.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(before.lower)) {
        i--;
        break;
      }
      continue;
    }
    // "President Obama, Hillary Clinton, and other Democrats": the earlier items of a list that ends
    // in "and" belong to the phrase.
    // "Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and ...": an item may end with its party tag.
    const listComma = token.text === ',' && before !== undefined && i - 1 >= floor && after !== undefined && i + 1 < last && (NOMINAL.has(before.pos) || /^\p{Lu}/u.test(before.text) || before.text === ')') && isNominalish(after);
    if (listComma && (listed || (tokens[i + 1]!.lower === 'and' && tokens[i + 2] !== undefined && isNominalish(tokens[i + 2]!)))) {
      if (tokens[i + 1]!.lower === 'and') listed = true;
      listCommas.push(i);
      i--;
      continue;
    }
    break;
  }
  let first = i + 1;
  // "this week the Senate": a time at the front is not part of the phrase.
  if (RELATIVE_TIMES.has(tokens[first]!.lower) && TIME_NOUNS.has(tokens[first + 1]?.lower ?? '') && first + 2 < last) first += 2;
  // A list reached from a preposition ("In Iowa, Trump and Cruz") starts after its first comma.
  if (listCommas.length > 0 && (tokens[first]!.pos === 'ADP' || tokens[first - 1]?.pos === 'ADP')) first = listCommas[listCommas.length - 1]! + 1;
  // "Both lawmakers said": "both" determines a plural noun and stays in the phrase (PolNeAR keeps it);
  // in "both the United States and Iraq" it is the first half of a correlative "both ... and".
  const kept = (token: Token): boolean => token.lower === 'both' && token.pos === 'DET' && !listed;
  while (first < last - 1 && (tokens[first]!.pos === 'ADP' || tokens[first]!.pos === 'CCONJ' || LEADING_JUNK.has(tokens[first]!.lower)) && !kept(tokens[first]!)) first++;
  // "Trump on Tuesday", "the senator in the past": a time phrase at the end is not the speaker.
  let stop = last;
  for (let k = first + 1; k < stop; k++) {
    if ((tokens[k]!.pos === 'ADP' && timePhraseFrom(tokens, k + 1, stop)) || bareTimeFrom(tokens, k, stop) || (tokens[k]!.lower === 'in' && channelPhraseFrom(tokens, k + 1, stop))) {
      stop = k;
      break;
    }
  }
  while (stop - 1 > first && TRAILING_JUNK.has(tokens[stop - 1]!.lower)) stop--;
  const range = { first, last: stop };
  return first < last && hasHead(tokens, range) ? range : null;
}

/**
 * The subject phrase of a verb group starting at `groupStart`: a plain phrase ("they"), or an
 * appositive pair ("The powerful militia group, Kataeb Hezbollah,") when the verb follows a comma.
 */
export function subjectBefore(tokens: readonly Token[], groupStart: number, floor: number): Phrase | null {
  const before = tokens[groupStart - 1];
  if (!before || groupStart - 1 < floor) return null;
  // "Humphrey, who calls Trump a “sociopath,” said": the comma sits inside the closing quotation mark.
  // The quotation must open inside the description, not before the name ("“No,” said Jane").
  if (/^[”"']$/u.test(before.text) && tokens[groupStart - 2]?.text === ',' && groupStart - 2 > floor) {
    const phrase = appositiveClauseBefore(tokens, groupStart - 2, floor);
    const opensInside = phrase && phrase.parts.length > 1 && tokens.slice(phrase.parts[1]!.first, groupStart - 2).some((t) => /^[“"']$/u.test(t.text));
    const quotedBefore = phrase && /^[“"'‘]$/u.test(tokens[phrase.first - 1]?.text ?? '');
    return opensInside && !quotedBefore ? phrase : null;
  }
  const spacedHyphen = before.text === '-' && tokens[groupStart - 2] !== undefined && tokens[groupStart - 2]!.end < before.start;
  // "Sen. Jack Reed (D-R.I.), said": a parenthesis closed before the comma.
  if (before.text === ',' && tokens[groupStart - 2]?.text === ')' && groupStart - 2 > floor) {
    const parenthetical = parentheticalBefore(tokens, groupStart - 2, floor);
    if (parenthetical) return parenthetical;
  }
  if (before.text === ',' || before.text === '--' || before.text === '—' || spacedHyphen) {
    // "A, B, VERB": B must be a phrase, preceded by a comma, preceded by a phrase reaching the clause start.
    const second = phraseEndingAt(tokens, groupStart - 1, floor);
    if (second && tokens[second.first - 1]?.text === before.text) {
      const first = phraseEndingAt(tokens, second.first - 1, floor);
      // "Greg Raiff, chief executive of X, an aviation firm, said": a first part that is itself a
      // description (lower case, no determiner) follows the name: look further back.
      // ("Among GOP voters, about two-thirds, 67 percent, say": a share, restated as a percentage.)
      const opener = first ? tokens[first.first]! : undefined;
      const share = opener !== undefined && (opener.pos === 'NUM' || (opener.pos === 'ADV' && tokens[first!.first + 1]?.pos === 'NUM'));
      const described = first && /^\p{Ll}/u.test(opener!.text) && opener!.pos !== 'DET' && opener!.pos !== 'PRON' && !share && tokens[first.first - 1]?.text === before.text;
      if (first && startsClause(tokens, first.first, floor) && !described && !isAgeOrPlaceTail(tokens, first, floor)) return { first: first.first, last: second.last, parts: [first, second] };
    }
    return appositiveClauseBefore(tokens, groupStart - 1, floor);
  }
  const range = phraseEndingAt(tokens, groupStart, floor);
  if (!range) {
    if (before.text === ')') return parentheticalBefore(tokens, groupStart - 1, floor);
    const dated = datedSubjectBefore(tokens, groupStart, floor);
    if (dated) return dated;
    // "the groups who wrote to her on Thursday say": the relative clause ends in an object pronoun.
    const restricted = restrictiveRelativeBefore(tokens, groupStart, floor);
    return restricted !== null ? { first: restricted, last: groupStart, parts: [{ first: restricted, last: groupStart }] } : null;
  }
  // "who in 2010 said", "Trump on Friday declared": a time after "in"/"on" is not the subject; the
  // subject comes before it.
  const preposition = tokens[range.first - 1];
  if (preposition && range.first - 1 > floor && (preposition.lower === 'in' || preposition.lower === 'on') && timeLike(tokens, range)) {
    return datedSubjectBefore(tokens, groupStart, floor) ?? subjectBefore(tokens, range.first - 1, floor);
  }
  // "Priebus later Thursday told", "Trump Tuesday said": a bare time is not the subject either.
  if (bareTime(tokens, range)) {
    let k = range.first;
    // ("Police had last month charged": an auxiliary before the time belongs to the verb group.)
    while (k - 1 > floor && (TIME_MODIFIERS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.pos === 'ADV' || tokens[k - 1]!.pos === 'AUX')) k--;
    const subject = k > floor ? subjectBefore(tokens, k, floor) : null;
    // "A poll released Wednesday found": the time dates the participle, inside the subject.
    if (subject && subject.last === k && /ed$/u.test(tokens[k - 1]!.lower) && tokens[k - 1]!.pos === 'VERB') {
      return { first: subject.first, last: range.last, parts: [{ first: subject.first, last: range.last }] };
    }
    if (subject) return subject;
  }
  const restricted = restrictiveRelativeBefore(tokens, range.first, floor);
  if (restricted !== null) return { first: restricted, last: range.last, parts: [{ first: restricted, last: range.last }] };
  return { ...range, parts: [range] };
}

/**
 * "A poll released in late August found": a participle dated by "in"/"on" and a time, right before
 * the verb, belongs to the subject it describes.
 */
function datedSubjectBefore(tokens: readonly Token[], groupStart: number, floor: number): Phrase | null {
  for (let j = groupStart - 2; j > floor && j >= groupStart - 5; j--) {
    const token = tokens[j]!;
    if (token.pos !== 'ADP') continue;
    const participle = tokens[j - 1]!;
    if ((token.lower !== 'in' && token.lower !== 'on') || !timePhraseFrom(tokens, j + 1, groupStart) || participle.pos !== 'VERB' || !/ed$/u.test(participle.lower)) return null;
    const subject = subjectBefore(tokens, j, floor);
    return subject && subject.last === j ? { first: subject.first, last: groupStart, parts: [{ first: subject.first, last: groupStart }] } : null;
  }
  return null;
}

/** The longest restrictive relative clause between a subject and its verb ("Voters who had listened to ... said"). */
const MAX_RELATIVE_TOKENS = 16;

/**
 * "Voters who had listened to his speeches said", "those who back her opponents say": the phrase
 * found before the verb ("his speeches") ends a relative clause; the subject is the noun phrase the
 * clause restricts, with the clause. The clause needs a verb of its own right after "who", so "the
 * man who Trump said" (an object relative) is left alone. Returns the subject's first token, or null.
 */
function restrictiveRelativeBefore(tokens: readonly Token[], phraseFirst: number, floor: number): number | null {
  let verb = false;
  for (let k = phraseFirst - 1; k > floor && phraseFirst - k <= MAX_RELATIVE_TOKENS; k--) {
    const token = tokens[k]!;
    if (token.pos === 'PUNCT' || token.pos === 'SCONJ' || CLAUSE_OPENERS.has(token.lower)) return null;
    if (token.lower === 'who' || token.lower === 'whose') {
      const opener = tokens[k + 1]!;
      if (!verb || NOMINAL.has(opener.pos) || opener.pos === 'PRON' || opener.pos === 'DET') return null;
      const head = phraseEndingAt(tokens, k, floor);
      return head && head.last === k && startsClause(tokens, head.first, floor) ? head.first : null;
    }
    // wink tags some verbs after "who" as adverbs or adjectives ("those who back her").
    if (token.pos === 'VERB' || token.pos === 'AUX' || (tokens[k - 1]?.lower === 'who' && !NOMINAL.has(token.pos) && token.pos !== 'DET')) verb = true;
  }
  return null;
}

const MAX_APPOSITIVE_TOKENS = 45;
/** Marks an appositive never spans: it lies inside one clause of one sentence. */
const APPOSITIVE_BARRIERS = /^[.!?;:]$/u;

/**
 * Whether the stretch after a comma is an aside about the circumstances, not a description of the
 * speaker: "Clinton, during a town hall meeting in Ohio, said", "officials, however, said",
 * "Mr. Butterfield, noting that ..., added". The speaker is then the name alone.
 */
function opensAside(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (opensDescription(tokens, i)) return false;
  return token.pos === 'ADP' || token.pos === 'ADV' || token.pos === 'SCONJ' || (token.pos === 'VERB' && /ing$/u.test(token.lower));
}

/**
 * Whether the words after a comma at `i - 1` still describe the speaker although they open with a
 * preposition, adverb or participle: "Several candidates, including Trump,", "Murphy, now a
 * consultant", "Susan Crawford, then Maples's agent", "the Rev. Peter Wherry, of Mayfield Church".
 * PolNeAR keeps them in the source (27 of 31 ", including" after a source on the dev set).
 */
function opensDescription(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return false;
  if (token.lower === 'including') return true;
  if (token.lower === 'now' || token.lower === 'then') return next.pos === 'DET' || NOMINAL.has(next.pos) || next.pos === 'ADJ';
  return token.lower === 'of' && /^\p{Lu}/u.test(next.text) && next.pos === 'PROPN';
}

/**
 * "Rich Heffley, a top GOP operative who played a major role in 2008, said": a name phrase at the
 * clause start, then a comma- or dash-delimited description (it may hold relative clauses and further
 * commas: "Geoff Garin, a pollster who works with Priorities USA, a super PAC, said") closed by
 * `close`, the comma or dash before the verb. The whole stretch is the speaker, as PolNeAR marks it;
 * after an aside ("X, in her dissent, said") the speaker is the name alone.
 */
function appositiveClauseBefore(tokens: readonly Token[], close: number, floor: number): Phrase | null {
  const mark = tokens[close]!.text;
  for (let i = close - 1; i >= Math.max(floor, close - MAX_APPOSITIVE_TOKENS); i--) {
    if (APPOSITIVE_BARRIERS.test(tokens[i]!.text)) return null;
    if (tokens[i]!.text !== mark) continue;
    const head = phraseEndingAt(tokens, i, floor);
    if (!head || !startsClause(tokens, head.first, floor)) continue;
    const first = tokens[head.first]!;
    if (!/^\p{Lu}/u.test(first.text) && first.pos !== 'DET' && first.pos !== 'NUM') continue;
    // "Schiff, 56, who ...", "Harry Bond, 30, of Raleigh, N.C., who ...": an age or the state of a
    // place is part of the description; the name comes before it.
    if (isAgeOrPlaceTail(tokens, head, floor)) continue;
    if (opensAside(tokens, i + 1)) return i === close - 1 ? null : { first: head.first, last: head.last, parts: [head] };
    return { first: head.first, last: close, parts: [head, { first: i + 1, last: close }] };
  }
  return null;
}

/** Whether a phrase between commas is an age ("56") or the second part of a place ("Raleigh, N.C."). */
function isAgeOrPlaceTail(tokens: readonly Token[], head: Range, floor: number): boolean {
  if (head.last - head.first === 1 && tokens[head.first]!.pos === 'NUM') return true;
  // "Sen. Ted Cruz, R-Texas,": a party and state tag after a name.
  if (/^[RDI]$/u.test(tokens[head.first]!.text) && tokens[head.first + 1]?.text === '-') return true;
  const comma = head.first - 1;
  if (comma - 2 < floor || tokens[comma]?.text !== ',') return false;
  // "of Raleigh, N.C.": a name after "of", "from" or "in", then a comma.
  for (let k = comma - 1; k >= Math.max(floor, comma - 4); k--) {
    const token = tokens[k]!;
    if (token.lower === 'of' || token.lower === 'from' || token.lower === 'in') return k < comma - 1;
    if (token.pos !== 'PROPN') return false;
  }
  return false;
}

/**
 * "Sen. Chris Murphy (a Connecticut Democrat so boyish ...) says": a name followed by a parenthesis
 * that closes right before the verb; the whole is the speaker.
 */
function parentheticalBefore(tokens: readonly Token[], close: number, floor: number): Phrase | null {
  for (let i = close - 1; i >= Math.max(floor, close - MAX_APPOSITIVE_TOKENS); i--) {
    // Abbreviations inside the parenthesis ("(D-R.I.)") may hold full stops.
    if (/^[!?;:]$/u.test(tokens[i]!.text) || tokens[i]!.text === ')') return null;
    if (tokens[i]!.text !== '(') continue;
    const head = phraseEndingAt(tokens, i, floor);
    if (!head || !startsClause(tokens, head.first, floor)) return null;
    return { first: head.first, last: close + 1, parts: [head, { first: i + 1, last: close }] };
  }
  return null;
}

/**
 * An adverb right after a determiner, before a noun or a participle that modifies one ("a new
 * Associated Press poll", "the new survey"): wink's tag for an adjective it misread.
 */
function misreadAdjective(tokens: readonly Token[], i: number, start: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (token.pos !== 'ADV' || i <= start || tokens[i - 1]!.pos !== 'DET' || !next) return false;
  return next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || (next.pos === 'VERB' && /ed$/u.test(next.lower));
}

/** Whether a phrase starting at `index` begins its clause (sentence start, comma, or opener word). */
export function startsClause(tokens: readonly Token[], index: number, floor: number): boolean {
  if (index <= floor) return true;
  const previous = tokens[index - 1]!;
  // "Even China, ... said": a focus word or conjunction at the sentence start opens the clause too.
  if (LEADING_JUNK.has(previous.lower) && startsClause(tokens, index - 1, floor)) return true;
  // "Now Sembler, who ..., has agreed": an adverb that opens the sentence.
  if (previous.pos === 'ADV' && index - 1 === floor) return true;
  return previous.pos === 'PUNCT' || CLAUSE_OPENERS.has(previous.lower) || previous.pos === 'SCONJ';
}

const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);

/** How far a phrase after a cue may take in a following description (see phraseStartingAt). */
export type AppositiveMode = 'none' | 'closed' | 'open';

/**
 * The noun phrase starting at `start` and not reaching `ceiling` (exclusive). With 'closed', a
 * following ", a/the DESCRIPTION," joins it (content may follow); with 'open' (the phrase ends the
 * sentence, as after an inverted "said"), the description runs on to the sentence end.
 */
export function phraseStartingAt(tokens: readonly Token[], start: number, ceiling: number, appositive: AppositiveMode = 'none'): Phrase | null {
  let i = start;
  const head = tokens[i];
  if (!head || i >= ceiling) return null;
  if (head.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(head.lower)) return { first: i, last: i + 1, parts: [{ first: i, last: i + 1 }] };
  while (i < ceiling) {
    const token = tokens[i]!;
    // "told Reuters that talks had stalled": "that" opens the content, it does not extend the name.
    // ("said Will Doyle, a professor": "Will" before a name is one.)
    // ("left-leaning economists": a word glued to a hyphen inside the phrase is part of a modifier.)
    const glued = i > start && tokens[i - 1]!.text === '-' && tokens[i - 1]!.end === token.start;
    // "people familiar with the talks", "a person close to the campaign", "officials briefed on the
    // plan": the source's access describes it, whether wink reads the qualifier as an adjective or a verb.
    const object = tokens[i + 2];
    if (i > start && NOMINAL.has(tokens[i - 1]!.pos) && i + 2 < ceiling && SOURCE_QUALIFIERS.get(token.lower) === tokens[i + 1]!.lower && object !== undefined && isNominalish(object)) {
      i += 2;
      continue;
    }
    if (((isNominalish(token) || glued) && token.lower !== 'that' && !(token.text === '.' && i + 1 >= ceiling)) || isNameWill(tokens, i)) {
      i++;
      continue;
    }
    const next = tokens[i + 1];
    // "exit polls", "press reports", "polling by the AFL-CIO", "a newly uncovered email", "complete but
    // unofficial returns": words wink tags as verbs, adverbs or conjunctions inside a noun phrase.
    const inPhrase = next !== undefined && i + 1 < ceiling;
    // "a just-released poll", "left-leaning economists": a word glued to a hyphen and the word after it
    // make one modifier, whatever wink tags the first.
    const after = tokens[i + 2];
    if (inPhrase && next.text === '-' && next.start === token.end && after !== undefined && i + 2 < ceiling && after.start === next.end && /^\p{L}/u.test(after.text)) {
      i += 2;
      continue;
    }
    // "one unaligned Florida Republican strategist": a participle between a determiner and a noun.
    const previousInPhrase = i > start ? tokens[i - 1]! : undefined;
    const modifierBefore = previousInPhrase !== undefined && (['DET', 'NUM', 'ADJ'].includes(previousInPhrase.pos) || misreadAdjective(tokens, i - 1, start));
    if (inPhrase && token.pos === 'VERB' && /ed$/u.test(token.lower) && modifierBefore && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos)) {
      i++;
      continue;
    }
    // "a new Associated Press poll": wink reads "new" after the article as an adverb.
    if (inPhrase && misreadAdjective(tokens, i, start)) {
      i++;
      continue;
    }
    // "Federico de Jesus", "Ludwig van Beethoven": a particle between two parts of a name.
    if (inPhrase && NAME_PARTICLES.has(token.lower) && previousInPhrase && /^\p{Lu}/u.test(previousInPhrase.text) && /^\p{Lu}/u.test(next.text)) {
      i++;
      continue;
    }
    if (inPhrase && i === start && token.pos === 'VERB' && (next.pos === 'NOUN' || (/ing$/u.test(token.lower) && next.lower === 'by'))) {
      i++;
      continue;
    }
    if (inPhrase && token.pos === 'ADV' && /ly$/u.test(token.lower) && (next.pos === 'ADJ' || (next.pos === 'VERB' && /ed$/u.test(next.lower))) && i > start) {
      i += 2;
      continue;
    }
    if (inPhrase && token.pos === 'CCONJ' && i > start && tokens[i - 1]!.pos === 'ADJ' && next.pos === 'ADJ') {
      i++;
      continue;
    }
    const previous = tokens[i - 1];
    // ("some of his rivals", "most of them": a quantifier heads the share its "of" opens.)
    const joins = next !== undefined && i + 1 < ceiling && isNominalish(next) && next.pos !== 'ADJ' && previous !== undefined && i > start &&
      (NOMINAL.has(previous.pos) || /^\p{Lu}/u.test(previous.text) || (token.lower === 'of' && QUANTIFIERS.has(previous.lower)));
    if (joins && token.pos === 'ADP' && NP_PREPOSITIONS.has(token.lower) && token.lower !== 'to' && !opensChannel(tokens, i, ceiling)) {
      i++;
      continue;
    }
    if (i > start && isNameSlash(tokens, i, start, ceiling)) {
      i++;
      continue;
    }
    // ("former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": a capitalised
    // adjective opens the second title.)
    const titleJoins = next !== undefined && i + 1 < ceiling && next.pos === 'ADJ' && previous !== undefined && i > start && NOMINAL.has(previous.pos) && /^\p{Lu}/u.test(previous.text) && tokens[i + 2]?.pos === 'PROPN';
    if ((joins || titleJoins) && token.pos === 'CCONJ' && token.lower === 'and' && /^\p{Lu}/u.test(next.text)) {
      i++;
      continue;
    }
    break;
  }
  // Drop trailing punctuation and possessive marks that belong to what follows.
  while (i > start && (tokens[i - 1]!.pos === 'PUNCT' || tokens[i - 1]!.pos === 'ADP')) i--;
  if (i <= start) return null;
  let core = { first: start, last: i };
  if (!hasHead(tokens, core)) return null;
  // "a poll released Thursday", "a survey conducted last week": a participle and its date.
  const dated = datedParticipleEnd(tokens, i, ceiling);
  if (dated > i) {
    core = { first: start, last: dated };
    i = dated;
  }
  if (appositive === 'closed' && tokens[i]?.text === ',') {
    const described = phraseStartingAt(tokens, i + 1, ceiling, 'none');
    const closes = described && (described.last >= ceiling || tokens[described.last]?.pos === 'PUNCT');
    // "the campaign's director", "Clinton's Latino vote director": a possessive description too.
    const possessive = described !== null && tokens.slice(described.first, Math.min(described.last, described.first + 4)).some((t) => t.text === "'s" || t.text === '’s');
    if (described && closes && (/^(a|an|the|another)$/iu.test(tokens[i + 1]!.text) || possessive)) {
      return { first: start, last: described.last, parts: [core, { first: described.first, last: described.last }] };
    }
  }
  // "said the man who built his career on ...": a relative clause ending the sentence describes the speaker.
  // ("said one owner of a shop that sells shoes": "that" after a common noun opens one too.)
  const relative = tokens[i]?.lower === 'who' || tokens[i]?.lower === 'whose' || (tokens[i]?.lower === 'that' && tokens[i - 1]?.pos === 'NOUN');
  if (appositive === 'open' && relative && i < ceiling) {
    let k = i;
    while (k < ceiling && !/^[.!?;:]$/u.test(tokens[k]!.text) && !(tokens[k]!.text === ',' && /^[“"‘']$/u.test(tokens[k + 1]?.text ?? ''))) k++;
    if (k - i <= 40) return { first: start, last: k, parts: [core, { first: i, last: k }] };
  }
  if (appositive === 'open' && tokens[i]?.text === ',') {
    // "said Soe Min, a USDP member who ran in 2012 and lost.": the description runs to the end of the
    // sentence, or to a comma that opens a quotation or a participle (", adding ...").
    const opener = tokens[i + 1];
    // "said Podesta, who is now chairman of ...": PolNeAR takes the relative clause into the source
    // (45 of 65 such inverted speakers on the dev set).
    const relative = opener !== undefined && RELATIVE_OPENERS.has(opener.lower);
    if (opener && i + 1 < ceiling && (relative || ['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM'].includes(opener.pos) || opensDescription(tokens, i + 1))) {
      let k = i + 1;
      while (k < ceiling) {
        const token = tokens[k]!;
        const next = tokens[k + 1];
        if (/^[.!?;:]$/u.test(token.text)) break;
        if (token.text === ',' && next && (/^[“"‘']$/u.test(next.text) || /ing$/u.test(next.lower))) break;
        k++;
      }
      while (k > i + 1 && /^[,—–-]$/u.test(tokens[k - 1]!.text)) k--;
      if (k > i + 1 && k - i <= 40) return { first: start, last: k, parts: [core, { first: i + 1, last: k }] };
    }
  }
  return { ...core, parts: [core] };
}
