/**
 * The fixed tables of the scoring definitions in ../shared/eval/README.md: data, kept apart from the
 * matching logic so a change to the definition is a change here only.
 */
import type { NerLabel } from './ner-label.js';

/** Characters the lenient span comparison trims from both ends (whitespace is trimmed as well). */
export const LENIENT_TRIM_CHARACTERS: ReadonlySet<string> = new Set([
  '.', ',', ';', ':', '!', '?', '"', "'", '“', '”', '‘', '’', '«', '»',
]);

/**
 * A leading "that" that lenient comparison drops from content spans: the word, then whitespace or
 * punctuation the trim removes next ("that, according to ..."), but not an apostrophe ("that's").
 */
export const LENIENT_CONTENT_PREFIX = /that(?:\s+|(?=[,;:“"«]))/iuy;

/** Word tokens for token-overlap F1 and content Jaccard. */
export const WORD_TOKEN = /[\p{L}\p{N}]+/gu;

/** Linked attribution: the least content token-Jaccard for a prediction to match a gold attribution. */
export const LINK_MIN_JACCARD = 0.5;

/**
 * NER labels of either side mapped onto the four scored CoNLL classes; any label not listed (DATE,
 * CARDINAL, ...) is dropped from both gold and predictions before scoring.
 */
export const NER_LABEL_MAP: Readonly<Record<string, NerLabel>> = {
  PERSON: 'PERSON',
  PER: 'PERSON',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
  NORP: 'MISC',
  EVENT: 'MISC',
  PRODUCT: 'MISC',
  WORK_OF_ART: 'MISC',
  LAW: 'MISC',
  LANGUAGE: 'MISC',
  MISC: 'MISC',
};
