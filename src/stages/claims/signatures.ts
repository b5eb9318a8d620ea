/**
 * Attributions signed rather than said: "NAME: what they said" (headlines, lists of reactions,
 * transcripts) and a dash signature after a quotation or a post ("” ― Sonya Herridge").
 */
import type { Sentence, Token } from '../../model/types.js';
import type { ContentContext } from './content.js';
import type { CueMatch } from './cues.js';
import type { QuoteIndex } from './quotes.js';
import type { EntityResolver } from './resolve.js';
import { COLON_SOURCE_NOUNS } from './words.data.js';

const DASHES = new Set(['—', '―', '–', '--']);

/**
 * A dash signature after what was said: the dash follows a closing quotation mark or the end of a
 * sentence and is followed by a capitalised name ("” ― Sonya Herridge", "… — Ben Jacobs (@bj)").
 */
export function findDashCue(tokens: readonly Token[], sentence: Sentence): CueMatch | null {
  for (let d = sentence.tokenStart; d < sentence.tokenEnd - 1; d++) {
    // A plain hyphen signs too when a quotation closes right before it ("” -Commissioner X").
    if (!DASHES.has(tokens[d]!.text) && !(tokens[d]!.text === '-' && /^[”"»']$/u.test(tokens[d - 1]?.text ?? ''))) continue;
    const before = tokens[d - 1];
    const name = tokens[d + 1]!;
    if (!before || !/^[”"’»'.!?]$/u.test(before.text) || name.pos !== 'PROPN' || !/^\p{Lu}/u.test(name.text)) continue;
    return { shape: 'dash', first: d, last: d + 1, head: d, verb: d, lemma: tokens[d]!.text, act: 'assertion', frame: 'content', weight: 0.8, participial: false };
  }
  return null;
}

/** The last token of the paragraph the context's sentence is in. */
export function lastTokenOfParagraph(context: ContentContext): number {
  let last = context.sentence;
  for (let s = last.index + 1; s < context.sentences.length && context.sentences[s]!.paragraph === last.paragraph; s++) last = context.sentences[s]!;
  return last.tokenEnd - 1;
}

/**
 * "NAME: what they said" — a colon right after a person or organisation that opens the sentence (a
 * headline, a list of reactions), or after an all-capitals name opening a paragraph (a transcript).
 */
export function findColonCue(tokens: readonly Token[], sentence: Sentence, resolver: EntityResolver, paragraph: { start: number }): CueMatch | null {
  const limit = Math.min(sentence.tokenEnd - 1, sentence.tokenStart + 8);
  for (let c = sentence.tokenStart + 1; c <= limit; c++) {
    if (tokens[c]!.text !== ':') continue;
    const span = { start: tokens[sentence.tokenStart]!.start, end: tokens[c - 1]!.end };
    const words = tokens.slice(sentence.tokenStart, c);
    const transcript = span.start === paragraph.start && words.every((t) => t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text) || t.pos === 'PUNCT') && words.length <= 3;
    // "Poll: Trump ties Clinton", "WSJ editorial: ...", "Report: ...": a headline's source noun.
    const sourceNoun = words.length <= 3 && COLON_SOURCE_NOUNS.has(words[words.length - 1]!.lower);
    // ("Mark Cuban:", "Milbank:": a short run of names the tagger did not label as a person is one too,
    // unless it is a place.)
    const mentions = resolver.mentionsIn(span);
    const properName = words.length <= 4 && words.every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) && !mentions.some((m) => m.label === 'GPE');
    const named = sourceNoun || properName || mentions.some((m) => (m.label === 'PERSON' || m.label === 'ORG') && m.end === span.end);
    // "Q:" and "A:" mark an interview's turns; they name no one (PolNeAR leaves them unattributed).
    const turnMarker = words.length === 1 && words[0]!.text.length === 1;
    if ((!named && !transcript) || turnMarker) return null;
    return { shape: 'colon', first: c, last: c + 1, head: c, verb: c, lemma: ':', act: 'assertion', frame: 'content', weight: transcript ? 0.8 : 1, participial: false };
  }
  return null;
}

/** Prepositions after the name in a headline "NAME on TOPIC: ..." / "NAME to AUDIENCE: ...". */
export const HEADLINE_LINKS: ReadonlySet<string> = new Set(['on', 'to', 'at']);

/**
 * "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She Will.’",
 * "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade": a document's opening headline that
 * names someone, says what about or to whom, and after a colon what they said (PolNeAR dev: 6 of 6).
 * The cue's `verb` is the preposition, where the speaker ends.
 */
export function findHeadlineColonCue(tokens: readonly Token[], sentence: Sentence): CueMatch | null {
  if (sentence.index !== 0) return null;
  let k = sentence.tokenStart;
  // The name: capitalised words and a possessive ("CNN’s Jake Tapper").
  while (k < sentence.tokenEnd && (/^\p{Lu}/u.test(tokens[k]!.text) || /^['’]s$/u.test(tokens[k]!.text)) && tokens[k]!.pos !== 'ADP') k++;
  if (k === sentence.tokenStart || k - sentence.tokenStart > 5 || !HEADLINE_LINKS.has(tokens[k]?.lower ?? '')) return null;
  for (let c = k + 2; c < Math.min(sentence.tokenEnd - 1, k + 16); c++) {
    if (tokens[c]!.text !== ':') continue;
    return { shape: 'colon', first: c, last: c + 1, head: c, verb: k, lemma: ':', act: 'assertion', frame: 'content', weight: 0.9, participial: false };
  }
  return null;
}

/**
 * "... Republican contests - Philip Bump: “Two weeks ago ...”": in a running list of quoted sources, a
 * spaced dash, a short name and a colon before a quotation sign it (PolNeAR dev: 4 of 5). The cue's
 * `verb` is where the name starts.
 */
export function findListColonCue(tokens: readonly Token[], sentence: Sentence, quotes: QuoteIndex): CueMatch | null {
  for (let c = sentence.tokenStart + 2; c < sentence.tokenEnd - 1; c++) {
    if (tokens[c]!.text !== ':' || quotes.startingAt(tokens[c + 1]!.start) === null) continue;
    for (let d = c - 2; d >= Math.max(sentence.tokenStart, c - 8); d--) {
      const token = tokens[d]!;
      if (DASHES.has(token.text) || (token.text === '-' && tokens[d - 1]?.end !== token.start)) {
        if (!/^\p{Lu}/u.test(tokens[d + 1]!.text)) break;
        return { shape: 'colon', first: c, last: c + 1, head: c, verb: d + 1, lemma: ':', act: 'assertion', frame: 'content', weight: 0.9, participial: false };
      }
      if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') break;
    }
  }
  return null;
}

/**
 * "President Clinton released the following statement:", "From the report:", "Philip Bump:" — a
 * paragraph that ends in a colon and introduces a quotation that opens the next paragraph. Used only
 * when the sentence has no cue of its own. The cue runs from the last verb (if any) to the colon.
 */
export function findIntroCue(tokens: readonly Token[], sentence: Sentence, sentences: readonly Sentence[], quotes: QuoteIndex): CueMatch | null {
  const colon = sentence.tokenEnd - 1;
  const next = sentences[sentence.index + 1];
  if (colon <= sentence.tokenStart || tokens[colon]!.text !== ':' || !next || next.paragraph !== sentence.paragraph + 1 || next.kind !== 'body') return null;
  const opening = tokens[next.tokenStart];
  if (!opening || quotes.startingAt(opening.start) === null) return null;
  // The main verb is the last one before the colon ("When Wallace died, Clinton released ...:").
  let first = colon;
  for (let k = colon - 1; k > sentence.tokenStart && first === colon; k--) if (tokens[k]!.pos === 'VERB') first = k;
  return { shape: 'colon', first, last: colon + 1, head: colon, verb: first, lemma: ':', act: 'assertion', frame: 'content', weight: 0.9, participial: false };
}
