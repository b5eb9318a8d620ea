/**
 * The one wink-nlp instance of a worker. Loading the model takes ~100 ms and ~40 MB, so it is made
 * once per thread and shared by every document that thread segments.
 *
 * wink adds every out-of-vocabulary word it reads (names, numbers, typos) to that instance's lexicon
 * and never lets go: about 265 bytes a word, so a worker reading an open-ended news stream grows
 * without bound (200,000 new words: +53 MB of heap). Between documents, once the learned words pass
 * MAX_LEARNED_WORDS, the instance is replaced by a fresh one, which bounds it at ~10 MB. The fresh
 * instance reads the same core model, reset to its shipped state (resetCore), instead of a new copy.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

/** The part of wink's core model that grows: the lexeme list and hash, with its size as shipped. */
interface Lexemes {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
}

/** Learned words after which the instance is replaced (~10 MB at ~265 bytes a word; 100,000 left the 100,000-article check at 392-403 MB, 40,000 gave 390.6 MB). */
export const MAX_LEARNED_WORDS = 40_000;

/** A feature of the core model that wink appends a value to whenever it reads a new one. */
interface GrowingFeature {
  list: string[];
  hash: Record<string, number>;
  index: number;
}

/** wink's core model as this module uses it: the lexemes, and every feature that grows like them. */
interface Core {
  features: Record<string, unknown> & { lexeme: Lexemes };
}

let instance: Wink | null = null;
let lexemes: Lexemes | null = null;
/** The core model of this thread, made once; each new instance gets it reset (resetCore). */
let core: Core | null = null;
/** Each growing feature of `core` with the length of its list as shipped. */
let shipped: [GrowingFeature, number][] = [];
/** Where the words learned since the last forgetLearnedWords() start in the lexeme list. */
let forgetFrom = 0;

/**
 * The model's custom-entity meta model, loaded once per thread. wink-eng-lite-web-model's loader
 * stores `JSON.stringify(machines)` back into the variable it reads, so every later call returns the
 * previous result stringified again: a string that doubles its backslashes on each call. A new
 * instance (recycleWinkWhenFull, every few thousand articles) called it once more, and after about
 * 15 instances the string outgrew the worker heap (out of memory after ~45,000 articles per worker).
 */
let metaCER: unknown = null;

/** The features of `core` that wink grows (those with a list, a hash and a next index), with their lengths now. */
function growingFeatures(model: Core): [GrowingFeature, number][] {
  const features: [GrowingFeature, number][] = [];
  for (const feature of Object.values(model.features) as Partial<GrowingFeature>[]) {
    if (Array.isArray(feature.list) && typeof feature.hash === 'object' && typeof feature.index === 'number') {
      features.push([feature as GrowingFeature, feature.list.length]);
    }
  }
  return features;
}

/**
 * Puts `core` back as the model shipped it: the values wink appended to each growing feature
 * (learned words, new suffixes and shapes) leave its list and hash, and its next index goes back.
 * wink's own record of the learned words' properties lives in its instance, which is replaced
 * with it. Building a new core instead took ~50 ms and, until the old one was collected, ~20 MB
 * more per worker, each time the instance was replaced (every ~1,250 generated articles).
 */
function resetCore(features: [GrowingFeature, number][]): void {
  for (const [feature, length] of features) {
    const { list, hash } = feature;
    for (let i = length; i < list.length; i++) {
      if (hash[list[i]!] === i) delete hash[list[i]!];
    }
    list.length = length;
    feature.index = length;
  }
}

/** wink's feature extractors, as the model's featureFn returns them; `shape` and `pos` are the ones wrapped here. */
type FeatureMethods = Record<string, unknown> & {
  shape: (word: string) => string;
  pos: (word: string, category: number, cache: unknown) => number;
};

/** Words whose features are remembered across documents; each table is emptied when full, so it stays at a few MB. */
const MAX_REMEMBERED_WORDS = 50_000;
const shapes = new Map<string, string>();
/** Default tags by token category, then by word. */
const tagsByCategory = new Map<number, Map<string, number>>();

/**
 * The model's feature extractors with `shape` ("Xxxxx", "dddd") and `pos` (a default tag from the
 * word's case and affixes) remembered per word. wink works them out each time it learns a word, and
 * since forgetLearnedWords it learns every out-of-vocabulary word again in each document that has
 * it; the two were most of that work (shape is an NFD normalisation and seven regular-expression
 * replacements). Both depend on nothing but their arguments: shape on the word; pos on the word, its
 * token category, and whether the lower-cased word is in the shipped lexicon, which never changes
 * (wink has always learned the lower-cased form before it asks). A remembered value is therefore
 * the value wink would compute.
 */
function withRememberedFeatures(...args: unknown[]): FeatureMethods {
  const methods = (model.featureFn as unknown as (...a: unknown[]) => FeatureMethods)(...args);
  const computeShape = methods.shape;
  const computeTag = methods.pos;
  methods.shape = (word: string): string => {
    let shape = shapes.get(word);
    if (shape === undefined) {
      if (shapes.size >= MAX_REMEMBERED_WORDS) shapes.clear();
      shape = computeShape(word);
      shapes.set(word, shape);
    }
    return shape;
  };
  methods.pos = (word: string, category: number, cache: unknown): number => {
    let tags = tagsByCategory.get(category);
    if (tags === undefined) tagsByCategory.set(category, (tags = new Map()));
    let tag = tags.get(word);
    if (tag === undefined) {
      if (tags.size >= MAX_REMEMBERED_WORDS) tags.clear();
      tag = computeTag(word, category, cache);
      tags.set(word, tag);
    }
    return tag;
  };
  return methods;
}

/** A new instance whose core model this module keeps a handle on, to see how much it has learned. */
function createWink(): Wink {
  if (core === null) {
    core = (model.core as unknown as () => Core)();
    shipped = growingFeatures(core);
  } else {
    resetCore(shipped);
  }
  const current = core;
  lexemes = current.features.lexeme;
  metaCER ??= (model.metaCER as () => unknown)();
  const loaded = metaCER;
  return winkNLP({ ...model, core: () => current, metaCER: () => loaded, featureFn: withRememberedFeatures } as typeof model, ['sbd', 'pos', 'ner']);
}

/** The shared wink-nlp instance with sentence boundaries, POS tags and its own (numeric) entities. */
export function getWink(): Wink {
  instance ??= createWink();
  return instance;
}

/** Words the current instance has learned beyond its shipped lexicon (0 before it exists). */
export function learnedWords(): number {
  return lexemes === null ? 0 : lexemes.list.length - lexemes.intrinsicSize;
}

/**
 * Makes wink forget the words it learned while reading the last document, so the next one is
 * tokenised as a fresh instance would: wink does not split a token it has seen whole before ("Trump’s"
 * is one token after it was learned, two before), so without this a document's tokens would depend on
 * what the same thread read earlier. Only the look-up hash is cleared; the lists keep their entries
 * (wink indexes them by position), and recycleWinkWhenFull bounds their growth.
 */
export function forgetLearnedWords(): void {
  if (lexemes === null) return;
  const { list, hash, intrinsicSize } = lexemes;
  for (let i = Math.max(intrinsicSize, forgetFrom); i < list.length; i++) {
    const word = list[i]!;
    if (hash[word] === i) delete hash[word];
  }
  forgetFrom = list.length;
}

/** Drops the instance once it has learned more than `limit` words; call between documents only. */
export function recycleWinkWhenFull(limit: number = MAX_LEARNED_WORDS): void {
  if (instance !== null && learnedWords() > limit) {
    instance = null;
    lexemes = null;
    forgetFrom = 0;
  }
}
