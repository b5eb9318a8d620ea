/**
 * The tagger's features for one word: the word and its neighbours, shape, case mode, gazetteer and
 * compromise-lexicon classes, the capitalised run it sits in (and that run's head word), a title
 * before it, and what the document has already said about the same word. The same code builds
 * features for training (scripts/build-lexicons.mjs) and for tagging, so the two cannot drift.
 */
import type { Token } from '../../model/types.js';
import { HYPHEN_MODIFIERS, HYPHEN_PREFIXES, NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS, PERSON_TITLES, PLACE_HEADS } from './cues.data.js';
import { matchGazetteer, type GazetteerMatch } from './gazetteer.js';
import type { NameLexicon } from './lexicon.js';
import { FeatureList, TAGS } from './perceptron.js';
import type { SentenceWords, Word } from './words.js';

/** Everything about one sentence's words that does not depend on the tags being predicted. */
export interface SentenceContext {
  sentence: SentenceWords;
  /**
   * Fills `into` (cleared first) with the features of word `i` that depend on nothing but its text
   * and the sentence's case mode, so their summed weights can be cached per word (see tagger.ts).
   */
  intrinsicAt(i: number, into: FeatureList): void;
  /**
   * Fills `into` (cleared first) with what word `i`'s previous (or next) word contributes: its text,
   * shape and lexicon class. These too depend only on that word's text, given by `neighbourKey`.
   */
  neighbourAt(i: number, side: 'prev' | 'next', into: FeatureList): void;
  /** The text of word `i`'s previous (or next) word, or a sentence-boundary marker. */
  neighbourKey(i: number, side: 'prev' | 'next'): string;
  /** Fills `into` (cleared first) with the rest of word `i`'s features: wider context and the document. */
  fixedAt(i: number, into: FeatureList): void;
  /** The shape of word `i` ("Xx", "X.X.", "x-Xx"). */
  shapeAt(i: number): string;
  /** The sentence's gazetteer matches (token ranges), longest first, left to right. */
  gazetteerMatches: readonly GazetteerMatch[];
}

const templateNames: string[] = [];
/** Registers a feature template and returns its number. */
function template(name: string): number {
  templateNames.push(name);
  return templateNames.length - 1;
}
const MODES = ['normal', 'upper', 'title'] as const;
const byMode = (name: string): Record<string, number> => Object.fromEntries(MODES.map((mode) => [mode, template(`${name}|${mode}`)]));
const byTag = (name: string): Record<string, number> => Object.fromEntries(TAGS.map((tag) => [tag, template(`${name}|${tag}`)]));
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

const T = {
  bias: template('b'), word: template('w'), shape: template('sh'), shapeMode: byMode('sh'), prevWord: template('pw'),
  nextWord: template('nw'), prev2Word: template('pw2'), next2Word: template('nw2'), prevShape: template('psh'),
  nextShape: template('nsh'), lexClass: template('c'), prevLexClass: template('pc'), nextLexClass: template('nc'),
  gazetteer: template('g'), prevGazetteer: template('pg'), nextGazetteer: template('ng'), suffix: template('s3'),
  prefix: template('p3'), initial: template('init'), initialClass: template('init|c'), initialWord: template('init|w'),
  number: template('num'), title: template('ptitle'), title2: template('p2title'), orgWord: template('orgword'),
  placeWord: template('placeword'), hyphen: template('hy'), hyphenGazetteer: template('hy|g'), run: byMode('r'),
  runHead: template('rh'), runFirst: template('rf'), runHeadAt: Object.fromEntries(['S', 'B', 'I', 'E'].map((p) => [p, template(`rh|${p}`)])),
  capitalisedElsewhere: byMode('dcap'), prevTag: template('pt'), prevTagShape: byTag('pt|sh'), prev2Tag: byTag('pt2'),
  memory: template('mem'), memoryPrevTag: Object.fromEntries(TYPES.map((type) => [type, template(`mem|${type}`)])),
};

/** The names of all feature templates, in template-number order (the model file refers to them by name). */
export const TEMPLATE_NAMES: readonly string[] = templateNames;

// Run position and length values, made once so no string is built per word.
const RUN_KEYS: Record<string, string> = {};
for (const position of ['S', 'B', 'I', 'E']) for (let length = 1; length <= 4; length++) RUN_KEYS[`${position}${length}`] = `${position}${length}`;

/** The word's shape: X for upper-case, x for lower-case, d for digits, repeats collapsed. */
export function shapeOf(text: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < text.length && shape.length < 8; i++) {
    const char = text[i]!;
    const code = char.charCodeAt(0);
    let kind: string;
    if (code >= 65 && code <= 90) kind = 'X';
    else if (code >= 97 && code <= 122) kind = 'x';
    else if (code >= 48 && code <= 57) kind = 'd';
    else if (code < 128) kind = char;
    else kind = char !== char.toLowerCase() ? 'X' : char !== char.toUpperCase() ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

/** How a hyphenated word is built: "pre" (pro-Iranian), "mod" (Tehran-aligned), "caps" (Israel-Hamas), "part" (al-Kaabi). */
export function hyphenClassOf(word: Word): string {
  if (!/[-‐‑]/u.test(word.text)) return '';
  const parts = word.lower.split(/[-‐‑]/u);
  if (HYPHEN_PREFIXES.has(parts[0]!)) return 'pre';
  if (HYPHEN_MODIFIERS.has(parts[parts.length - 1]!)) return 'mod';
  if (NAME_PARTICLES.has(parts[0]!)) return 'part';
  if (word.text.split(/[-‐‑]/u).every((part) => /^\p{Lu}/u.test(part))) return 'caps';
  return 'other';
}

/** Whether a word can sit inside a capitalised name run (a capitalised word or a joining particle). */
function joinsRun(words: readonly Word[], i: number): boolean {
  const word = words[i]!;
  if (word.hasUpper && word.hasLetter) return true;
  const before = words[i - 1];
  const after = words[i + 1];
  return (
    (NAME_CONNECTORS.has(word.lower) || NAME_PARTICLES.has(word.lower)) &&
    before !== undefined && before.hasUpper && after !== undefined && after.hasUpper
  );
}

/** The gazetteer tag of every word: "B-city", "I-city" inside a match, "P-city" for part of a hyphenated word. */
function gazetteerTags(sentence: SentenceWords, matches: readonly GazetteerMatch[]): string[] {
  const words = sentence.words;
  const tags = new Array<string>(words.length).fill('');
  let w = 0;
  for (const match of matches) {
    const alias = match.values[0]!;
    while (w < words.length && words[w]!.lastToken <= match.first) w++;
    for (let v = w; v < words.length && words[v]!.firstToken < match.last; v++) {
      const word = words[v]!;
      const whole = word.firstToken >= match.first && word.lastToken <= match.last;
      const position = !whole ? 'P' : word.firstToken === match.first ? 'B' : 'I';
      tags[v] = `${position}-${alias.entry.kind}${alias.strong ? '' : '?'}`;
    }
  }
  return tags;
}

/** Builds the tag-independent context of a sentence; per-word features are computed only for words the tagger scores. */
export function buildSentenceContext(
  sentence: SentenceWords,
  tokens: readonly Token[],
  lexicon: NameLexicon,
  capitalisedInDoc: ReadonlySet<string>,
): SentenceContext {
  const { words, mode } = sentence;
  const n = words.length;
  const shapes = new Array<string | undefined>(n);
  const classes = new Array<string | undefined>(n);
  const shapeAt = (i: number): string => (shapes[i] ??= shapeOf(words[i]!.text));
  const classAt = (i: number): string => (classes[i] ??= lexicon.classOf(words[i]!.lower) ?? '');
  const gazetteerMatches =
    n === 0 ? [] : matchGazetteer(tokens, words[0]!.firstToken, words[n - 1]!.lastToken, mode);
  const gazetteer = gazetteerTags(sentence, gazetteerMatches);

  // Capitalised runs: consecutive name-like words, so every word knows its run's head and first word.
  // Plain arrays: a typed array this size gets a backing store outside the heap, and making two of
  // them for every sentence was a third of this function's time.
  const runStart: number[] = new Array<number>(n).fill(-1);
  const runEnd: number[] = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; ) {
    if (!joinsRun(words, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && joinsRun(words, j + 1)) j++;
    for (let k = i; k <= j; k++) {
      runStart[k] = i;
      runEnd[k] = j;
    }
    i = j + 1;
  }
  let initial = 0;
  while (initial < n && !words[initial]!.hasLetter) initial++;

  const intrinsicAt = (i: number, f: FeatureList): void => {
    const word = words[i]!;
    const shape = shapeAt(i);
    f.clear();
    f.add(T.bias, '');
    f.add(T.word, word.lower);
    f.add(T.shape, shape);
    f.add(T.shapeMode[mode]!, shape);
    f.add(T.lexClass, classAt(i));
    if (word.lower.length > 3) {
      f.add(T.suffix, word.lower.slice(-3));
      f.add(T.prefix, word.lower.slice(0, 3));
    }
    if (word.hasDigit) f.add(T.number, '');
    if (ORG_HEADS.has(word.lower) || lexicon.isOrgWord(word.lower)) f.add(T.orgWord, '');
    if (PLACE_HEADS.has(word.lower) || lexicon.isPlaceWord(word.lower)) f.add(T.placeWord, '');
    const hyphen = hyphenClassOf(word);
    if (hyphen) f.add(T.hyphen, hyphen);
  };
  const neighbourKey = (i: number, side: 'prev' | 'next'): string =>
    side === 'prev' ? (words[i - 1]?.text ?? '<s>') : (words[i + 1]?.text ?? '</s>');
  const neighbourAt = (i: number, side: 'prev' | 'next', f: FeatureList): void => {
    f.clear();
    const j = side === 'prev' ? i - 1 : i + 1;
    const word = words[j];
    const boundary = side === 'prev' ? '<s>' : '</s>';
    f.add(side === 'prev' ? T.prevWord : T.nextWord, word ? word.lower : boundary);
    f.add(side === 'prev' ? T.prevShape : T.nextShape, word ? shapeAt(j) : boundary);
    f.add(side === 'prev' ? T.prevLexClass : T.nextLexClass, word ? classAt(j) : boundary);
  };
  const fixedAt = (i: number, f: FeatureList): void => {
    const word = words[i]!;
    const prev = words[i - 1];
    const next = words[i + 1];
    f.clear();
    f.add(T.prev2Word, words[i - 2]?.lower ?? '<s>');
    f.add(T.next2Word, words[i + 2]?.lower ?? '</s>');
    f.add(T.gazetteer, gazetteer[i]!);
    f.add(T.prevGazetteer, prev ? gazetteer[i - 1]! : '<s>');
    f.add(T.nextGazetteer, next ? gazetteer[i + 1]! : '</s>');
    if (i === initial) {
      f.add(T.initial, mode);
      f.add(T.initialClass, classAt(i));
      f.add(T.initialWord, word.lower);
    }
    if (prev && PERSON_TITLES.has(prev.lower)) f.add(T.title, '');
    if (words[i - 2] && PERSON_TITLES.has(words[i - 2]!.lower)) f.add(T.title2, '');
    const hyphen = hyphenClassOf(word);
    if (hyphen) f.add(T.hyphenGazetteer, `${hyphen}|${gazetteer[i]}`);
    if (runStart[i]! >= 0) {
      const start = runStart[i]!;
      const end = runEnd[i]!;
      const length = Math.min(end - start + 1, 4);
      const position = start === end ? 'S' : i === start ? 'B' : i === end ? 'E' : 'I';
      const head = words[end]!.lower;
      const headClass =
        ORG_HEADS.has(head) || lexicon.isOrgWord(head) ? 'org' : PLACE_HEADS.has(head) || lexicon.isPlaceWord(head) ? 'place' : classAt(end);
      f.add(T.run[mode]!, RUN_KEYS[`${position}${length}`]!);
      f.add(T.runHead, headClass);
      f.add(T.runFirst, classAt(start));
      f.add(T.runHeadAt[position]!, headClass);
    } else f.add(T.run[mode]!, 'none');
    if (mode !== 'normal' || i === initial) {
      // Where capitals prove nothing, ask whether the word is capitalised where they do.
      f.add(T.capitalisedElsewhere[mode]!, capitalisedInDoc.has(word.lower) ? '1' : '0');
    }
  };
  return { sentence, intrinsicAt, neighbourAt, neighbourKey, fixedAt, shapeAt, gazetteerMatches };
}

/** Lower-cased words written with a capital in mid-sentence of ordinary prose anywhere in the document. */
export function collectCapitalised(sentences: readonly SentenceWords[]): Set<string> {
  const found = new Set<string>();
  for (const { words, mode } of sentences) {
    if (mode !== 'normal') continue;
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!;
      if (word.capitalised && !word.allCaps) found.add(word.lower);
    }
  }
  return found;
}

/** The types the document memory can hold, in a fixed order (see tagger.ts). */
export const MEMORY_TYPES: readonly string[] = TYPES;

/**
 * Fills `features` (cleared first) with the features of the tagging history: the two tags chosen
 * to the left and the type last given to the same word in the document (`memory`). They take few
 * values, so the tagger caches their summed weights per combination.
 */
export function fillHistoryFeatures(features: FeatureList, prevTag: string, prev2Tag: string, memory: string | undefined): void {
  features.clear();
  features.add(T.prevTag, prevTag);
  features.add(T.prev2Tag[prev2Tag]!, prevTag);
  if (memory) {
    features.add(T.memory, memory);
    features.add(T.memoryPrevTag[memory]!, prevTag);
  }
}

/** Fills `features` (cleared first) with the previous tag joined with the word's shape. */
export function fillShapeHistoryFeatures(features: FeatureList, shape: string, prevTag: string): void {
  features.clear();
  features.add(T.prevTagShape[prevTag]!, shape);
}
