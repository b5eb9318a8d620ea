/**
 * The one wink-nlp instance of a worker. Loading the model takes ~100 ms and ~40 MB, so it is made
 * once per thread and shared by every document that thread segments.
 *
 * wink adds every out-of-vocabulary word it reads (names, numbers, typos) to that instance's lexicon
 * and never lets go: about 265 bytes a word, so a worker reading an open-ended news stream grows
 * without bound (200,000 new words: +53 MB of heap). Between documents, once the learned words pass
 * MAX_LEARNED_WORDS, the instance is replaced by a fresh one, which bounds it at ~10 MB.
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

let instance: Wink | null = null;
let lexemes: Lexemes | null = null;
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

/** A new instance whose core model this module keeps a handle on, to see how much it has learned. */
function createWink(): Wink {
  const core = (model.core as unknown as () => { features: { lexeme: Lexemes } })();
  lexemes = core.features.lexeme;
  metaCER ??= (model.metaCER as () => unknown)();
  const loaded = metaCER;
  return winkNLP({ ...model, core: () => core, metaCER: () => loaded } as typeof model, ['sbd', 'pos', 'ner']);
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
