/**
 * The one wink-nlp instance of a worker. Loading the model takes ~100 ms and ~40 MB, so it is made
 * once per thread and shared by every document that thread segments.
 *
 * wink adds every out-of-vocabulary word it reads (names, numbers, typos) to that instance's lexicon
 * and never lets go: about 265 bytes a word, so a worker reading an open-ended news stream grows
 * without bound (200,000 new words: +53 MB of heap). Between documents, once the learned words pass
 * MAX_LEARNED_WORDS, the instance is replaced by a fresh one, which bounds it at ~25 MB.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

/** The part of wink's core model that grows: the lexeme list, with its size as shipped. */
interface Lexemes {
  list: unknown[];
  intrinsicSize: number;
}

/** Learned words after which the instance is replaced (~25 MB at ~265 bytes a word). */
export const MAX_LEARNED_WORDS = 100_000;

let instance: Wink | null = null;
let lexemes: Lexemes | null = null;

/** A new instance whose core model this module keeps a handle on, to see how much it has learned. */
function createWink(): Wink {
  const core = (model.core as unknown as () => { features: { lexeme: Lexemes } })();
  lexemes = core.features.lexeme;
  return winkNLP({ ...model, core: () => core } as typeof model, ['sbd', 'pos', 'ner']);
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

/** Drops the instance once it has learned more than `limit` words; call between documents only. */
export function recycleWinkWhenFull(limit: number = MAX_LEARNED_WORDS): void {
  if (instance !== null && learnedWords() > limit) {
    instance = null;
    lexemes = null;
  }
}
