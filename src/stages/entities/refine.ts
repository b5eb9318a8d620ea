/**
 * Rules over the tagger's spans: map CoNLL types onto the project's labels (MISC only survives as
 * NORP when it names a people or group), let the gazetteer settle labels and canonical names, pull
 * names out of hyphenated words ("Tehran-aligned" → Tehran, "pro-Iranian" → a NORP stance); then
 * missed.ts adds what the tagger left out and people.ts mends people's names.
 */
import type { EntityLabel, Mention, Token } from '../../model/types.js';
import { INSTITUTION_HEADS, STANCE_PREFIXES } from './cues.data.js';
import { addMissed, Coverage, widenToGazetteer } from './missed.js';
import type { SentenceContext } from './features.js';
import { lookupName, type GazetteerAlias } from './gazetteer.js';
import { modifierCut, prefixOf, splitParts } from './hyphens.js';
import type { NameLexicon } from './lexicon.js';
import { addSurnameMentions, joinParticleNames } from './people.js';
import { adjustSpan } from './span-rules.js';
import type { TaggedSpan, TaggedType } from './spans.js';
import type { CaseMode, Word } from './words.js';

/** A name found in the text before canonical names are settled. */
export interface NameMention {
  start: number;
  end: number;
  label: EntityLabel;
  /** The gazetteer's canonical name, or null when the text itself must serve. */
  canonical: string | null;
  sentence: number;
  source: Mention['source'];
  mode: CaseMode;
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'latin']);
const DEMONYM_SHAPE = /^(?:\p{Lu}\p{Ll}+|\p{Lu}+)(?:IAN|EAN|AN|ESE|ISH|I|ian|ean|an|ese|ish|i)(?:s|S)?$/u;

/** Whether a MISC span names a people or group ("West Indian", "Bosnians"), the only MISC the project keeps. */
function isNorpLike(text: string, mode: CaseMode, lexicon: NameLexicon): boolean {
  const alias = lookupName(text, mode);
  if (alias) return alias.entry.label === 'NORP';
  const words = text.split(/\s+/u);
  const last = words[words.length - 1]!;
  const lastClass = lexicon.classOf(last.toLowerCase());
  if (lastClass === 'demonym') return true;
  if (words.length > 2 || (words.length === 2 && !DIRECTIONS.has(words[0]!.toLowerCase()))) return false;
  return DEMONYM_SHAPE.test(last) && lastClass !== 'first' && lastClass !== 'last' && lastClass !== 'person';
}

/** The project label for a tagger type, or null (MISC that is not a people or group). */
function labelOfType(type: TaggedType, text: string, mode: CaseMode, lexicon: NameLexicon): EntityLabel | null {
  if (type === 'PER') return 'PERSON';
  if (type === 'ORG') return 'ORG';
  if (type === 'LOC') return 'GPE';
  return isNorpLike(text, mode, lexicon) ? 'NORP' : null;
}

/**
 * The label when the gazetteer knows the name: groups and countries are what the list says;
 * a city or region the tagger read as a person or organisation (a club named after its town)
 * keeps the tagger's label.
 */
function resolveLabel(alias: GazetteerAlias | null, tagged: EntityLabel | null): EntityLabel | null {
  if (!alias) return tagged;
  const { label, kind } = alias.entry;
  if (label === 'ORG') return alias.strong || tagged === null ? 'ORG' : tagged;
  if (label === 'GPE') return kind === 'country' || tagged === null || tagged === 'NORP' ? 'GPE' : tagged;
  return tagged === 'PERSON' && !alias.strong ? 'PERSON' : 'NORP';
}

/** Builds a mention for [start, end) with the gazetteer's say on label and canonical name. */
function nameAt(
  text: string,
  start: number,
  end: number,
  type: TaggedType | null,
  sentence: number,
  mode: CaseMode,
  lexicon: NameLexicon,
): NameMention | null {
  if (end <= start) return null;
  const surface = text.slice(start, end);
  const alias = lookupName(surface, mode);
  const label = resolveLabel(alias, type ? labelOfType(type, surface, mode, lexicon) : null);
  if (!label) return null;
  const fromGazetteer = alias !== null && alias.entry.label === label;
  return { start, end, label, canonical: fromGazetteer ? alias.entry.canonical : null, sentence, source: fromGazetteer ? 'gazetteer' : 'pattern', mode };
}

/**
 * Names inside one hyphenated word, whether or not the tagger marked it: a stance on a nation
 * ("pro-Iranian", one NORP mention), a name with modifiers ("Iran-linked"), or names joined by a
 * hyphen ("Israel-Hamas", two mentions when both parts are known). Returns null when the word is a
 * hyphenated name in its own right ("al-Kaabi") or holds nothing known.
 */
function splitHyphenated(text: string, word: Word, type: TaggedType | null, mode: CaseMode, lexicon: NameLexicon): NameMention[] | null {
  const cut = modifierCut(word.text, word.start);
  const prefix = prefixOf(word.text, word.start);
  const end = cut ?? word.end;
  if (prefix) {
    const alias = lookupName(text.slice(prefix.restStart, end), mode);
    if (alias && STANCE_PREFIXES.has(prefix.prefix) && cut === null && (alias.entry.label === 'NORP' || alias.entry.label === 'GPE')) {
      return [{ start: word.start, end, label: 'NORP', canonical: `${prefix.prefix}-${alias.entry.canonical}`, sentence: word.sentence, source: 'gazetteer', mode }];
    }
    const inner = nameAt(text, prefix.restStart, end, alias ? null : type, word.sentence, mode, lexicon);
    return inner ? [inner] : [];
  }
  if (cut !== null) {
    const inner = nameAt(text, word.start, cut, type, word.sentence, mode, lexicon);
    return inner ? [inner] : [];
  }
  const parts = splitParts(word.text, word.start);
  if (parts.length < 2) return null;
  const known = parts.map((part) => nameAt(text, part.start, part.end, null, word.sentence, mode, lexicon));
  return known.every((mention) => mention !== null) ? (known as NameMention[]) : null;
}

/** The mentions of one tagged span after the rules. */
function refineSpan(text: string, tokens: readonly Token[], span: TaggedSpan, lexicon: NameLexicon): NameMention[] {
  const { words, mode, sentence } = span.sentence;
  const mentions: NameMention[] = [];
  for (const part of adjustSpan(text, tokens, span, lexicon)) {
    const first = words[part.first]!;
    const last = words[part.last - 1]!;
    if (first === last && first.text.length > 2) {
      const split = splitHyphenated(text, first, part.type, mode, lexicon);
      if (split) {
        mentions.push(...split);
        continue;
      }
    }
    // A multi-word span keeps its words but sheds a trailing modifier or a leading prefix.
    const end = modifierCut(last.text, last.start) ?? last.end;
    const start = prefixOf(first.text, first.start)?.restStart ?? first.start;
    const mention = nameAt(text, start, end, part.type, sentence, mode, lexicon);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

/**
 * Whether a name the tagger found in a title-case heading is believable: in "Timeline for
 * Military Mission Conclusion" every word is capitalised, so a capital proves nothing. Keep it if
 * the gazetteer knows it, it starts with a known given name, or the article's prose names it too
 * (`proseNames`: lower-cased texts of prose mentions and of people's surnames).
 */
function isBelievableInHeading(text: string, mention: NameMention, proseNames: ReadonlySet<string>, lexicon: NameLexicon): boolean {
  if (mention.source === 'gazetteer') return true;
  const surface = text.slice(mention.start, mention.end).toLowerCase();
  if (mention.label === 'PERSON' && lexicon.classOf(surface.split(/\s+/u)[0]!) === 'first') return true;
  return proseNames.has(surface);
}

/** Lower-cased names the prose mentions, with the last word of every person's name. */
function collectProseNames(text: string, mentions: readonly NameMention[]): Set<string> {
  const names = new Set<string>();
  for (const mention of mentions) {
    if (mention.mode !== 'normal') continue;
    const surface = text.slice(mention.start, mention.end).toLowerCase();
    names.add(surface);
    if (mention.label === 'PERSON') names.add(surface.slice(surface.lastIndexOf(' ') + 1));
  }
  return names;
}

/**
 * Joins organisation names split at a possessive: "Wexley Traders" + "’" + "Association" is one
 * name, and so is "White People" + "’s" + "Party" when an institution's head word follows.
 */
function joinPossessives(text: string, mentions: NameMention[]): NameMention[] {
  const joined: NameMention[] = [];
  mentions.forEach((mention, i) => {
    // "White People" + "’s Party" or "Wexley Traders" + "’ Association", where the tagger left the head word out.
    const possessive = /s$/u.test(text.slice(mention.start, mention.end)) ? /^['’]s? (\p{Lu}\p{Ll}+)\b/u : /^['’]s (\p{Lu}\p{Ll}+)\b/u;
    const after = mention.label === 'ORG' ? possessive.exec(text.slice(mention.end, mention.end + 40)) : null;
    if (after && INSTITUTION_HEADS.has(after[1]!.toLowerCase())) {
      const end = mention.end + after[0].length;
      const next = mentions[i + 1];
      if (!next || next.start >= end) mention = { ...mention, end, canonical: null, source: 'pattern' };
    }
    const previous = joined[joined.length - 1];
    if (previous && previous.label === 'ORG' && mention.label === 'ORG' && previous.sentence === mention.sentence) {
      const between = text.slice(previous.end, mention.start);
      const plural = /^['’] $/u.test(between) && /s$/u.test(text.slice(previous.start, previous.end));
      const singular = /^['’]s $/u.test(between) && INSTITUTION_HEADS.has(text.slice(mention.start, mention.end).split(/\s+/u).pop()!.toLowerCase());
      if (plural || singular) {
        joined[joined.length - 1] = { ...previous, end: mention.end, canonical: null, source: 'pattern' };
        return;
      }
    }
    joined.push(mention);
  });
  return joined;
}

/** All name mentions of a document from its tagged spans, sorted by start. */
export function refineMentions(
  text: string,
  tokens: readonly Token[],
  contexts: readonly SentenceContext[],
  spans: readonly TaggedSpan[][],
  lexicon: NameLexicon,
): NameMention[] {
  const all: NameMention[] = [];
  contexts.forEach((context, s) => {
    const { words, mode } = context.sentence;
    const sentenceSpans = spans[s]!;
    const found: NameMention[] = [];
    // Spans the rules drop (an event, a product) still say that their words are not something else.
    const coverage = new Coverage(words);
    const widened = widenToGazetteer(tokens, context, sentenceSpans, coverage);
    sentenceSpans.forEach((span, k) => {
      const wide = widened[k];
      if (wide) {
        if (coverage.isFree(wide.start, wide.end)) found.push(wide);
        coverage.cover(wide.start, wide.end);
        return;
      }
      found.push(...refineSpan(text, tokens, span, lexicon));
      coverage.cover(words[span.first]!.start, words[span.last - 1]!.end);
    });
    addMissed(tokens, context, found, coverage, (word) => splitHyphenated(text, word, null, mode, lexicon));
    all.push(...joinParticleNames(context.sentence, found.sort((a, b) => a.start - b.start)));
  });
  // Most articles have no title-case heading, so the prose names are only collected when needed.
  let proseNames: Set<string> | null = null;
  const believable = all.filter(
    (mention) => mention.mode !== 'title' || isBelievableInHeading(text, mention, (proseNames ??= collectProseNames(text, all)), lexicon),
  );
  const sentences = contexts.map((context) => context.sentence);
  return joinPossessives(text, addSurnameMentions(text, sentences, believable));
}
