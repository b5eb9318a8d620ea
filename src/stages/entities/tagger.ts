/**
 * Greedy left-to-right BIO tagging of words with the linear model. Only words that could be part
 * of a name (a capital letter somewhere, or a particle/connector between capitalised words) are
 * scored; the rest are O without a lookup, which is most of the text.
 */
import type { Token } from '../../model/types.js';
import { NAME_CONNECTORS, NAME_PARTICLES, NEVER_NAME_START } from './cues.data.js';
import { buildSentenceContext, collectCapitalised, fillHistoryFeatures, fillShapeHistoryFeatures, MEMORY_TYPES, type SentenceContext } from './features.js';
import type { NameLexicon } from './lexicon.js';
import { FeatureList, LinearModel, TAG_COUNT, TAGS, type Tag } from './perceptron.js';
import type { CaseMode, SentenceWords, Word } from './words.js';

/**
 * Called in training for every scored word with its features and the model's guess; it may
 * update the model before the next word is scored. The lists are reused for the next word.
 */
export type LearnHook = (features: readonly FeatureList[], guess: number, word: Word, context: SentenceContext) => void;

const TYPE_OF: Record<string, string> = Object.fromEntries(TAGS.map((tag) => [tag, tag.slice(2)]));

/**
 * Summed weights of the features that depend on one word's text alone: its own (per case mode)
 * and what it contributes as a neighbour on either side. News repeats its words and names, so
 * most lookups hit; misses are computed once and remembered.
 */
interface ScoreCache {
  own: Record<CaseMode, Map<string, ScoreRow>>;
  prev: Map<string, ScoreRow>;
  next: Map<string, ScoreRow>;
  /** History rows by (two tags back, previous tag, memory type) combination; see historyIndex. */
  history: (ScoreRow | undefined)[];
}

const MAX_CACHED_WORDS = 50_000;

/**
 * TAG_COUNT summed weights. A plain array of numbers, not a Float64Array: a typed array of 9
 * doubles is too big for V8 to keep on its heap, so each one made (a row per cache miss) cost an
 * outside allocation and a finaliser. The sums are the same doubles either way.
 */
type ScoreRow = number[];

/** A row of TAG_COUNT zeros. */
function zeroRow(): ScoreRow {
  return new Array<number>(TAG_COUNT).fill(0);
}

const scoreCaches = new WeakMap<LinearModel, ScoreCache>();

/** The cache of a (fixed, trained) model. */
function scoreCache(model: LinearModel): ScoreCache {
  let cache = scoreCaches.get(model);
  if (!cache) {
    cache = { own: { normal: new Map(), upper: new Map(), title: new Map() }, prev: new Map(), next: new Map(), history: [] };
    scoreCaches.set(model, cache);
  }
  return cache;
}

const MEMORY_INDEX = new Map(MEMORY_TYPES.map((type, i) => [type, i + 1]));

/** A number for each (two tags back, previous tag, memory) combination: 9 × 9 × 5 of them. */
function historyIndex(prev2: number, prev: number, memory: string | undefined): number {
  return (prev2 * TAG_COUNT + prev) * (MEMORY_TYPES.length + 1) + (memory ? (MEMORY_INDEX.get(memory) ?? 0) : 0);
}

/** Adds `row` into `scores`. */
function addRow(row: ScoreRow, scores: ScoreRow): void {
  for (let k = 0; k < TAG_COUNT; k++) scores[k]! += row[k]!;
}

/** The summed weights of `list`, remembered under `key` in `map` (emptied when full, so memory stays bounded). */
function rowOf(map: Map<string, ScoreRow> | undefined, key: string, model: LinearModel, list: FeatureList): ScoreRow {
  const row = zeroRow();
  model.addScores(list, row);
  if (map) {
    if (map.size >= MAX_CACHED_WORDS) map.clear();
    map.set(key, row);
  }
  return row;
}

/** Whether the model should look at this word at all, given the tag before it. */
function isCandidate(words: readonly Word[], i: number, prevTag: string): boolean {
  const word = words[i]!;
  if (word.hasUpper && word.hasLetter) return prevTag !== 'O' || !NEVER_NAME_START.has(word.lower);
  const next = words[i + 1];
  const nextCapitalised = next !== undefined && next.hasUpper;
  if (NAME_PARTICLES.has(word.lower) && nextCapitalised) return true;
  if (prevTag === 'O') return false;
  return (NAME_CONNECTORS.has(word.lower) && nextCapitalised) || word.hasDigit;
}

/** Whether `tag` may follow `prevTag` in BIO: an I- tag continues a name of the same type. */
function isAllowed(tag: Tag, prevTag: string): boolean {
  return tag[0] !== 'I' || TYPE_OF[prevTag] === TYPE_OF[tag];
}

/** isAllowed for every (previous tag, tag) pair by index, at prev * TAG_COUNT + tag: asked for every tag of every scored word. */
const ALLOWED: readonly boolean[] = TAGS.flatMap((prevTag) => TAGS.map((tag) => isAllowed(tag, prevTag)));

/** Tag contexts of a whole document, with the document-level facts the features use. */
export function buildContexts(
  sentences: readonly SentenceWords[],
  tokens: readonly Token[],
  lexicon: NameLexicon,
  capitalised: ReadonlySet<string> = collectCapitalised(sentences),
): SentenceContext[] {
  return sentences.map((sentence) => buildSentenceContext(sentence, tokens, lexicon, capitalised));
}

/**
 * BIO tags for every word of every sentence, in document order. The memory of earlier tags of the
 * same word ("Simmons" after "Phil Simmons") is a feature, so later mentions agree with earlier ones.
 */
export function tagDocument(contexts: readonly SentenceContext[], model: LinearModel, learn?: LearnHook): Tag[][] {
  const memory = new Map<string, string>();
  const scores = zeroRow();
  const own = new FeatureList();
  const prev = new FeatureList();
  const next = new FeatureList();
  const fixed = new FeatureList();
  const history = new FeatureList();
  const shapeHistory = new FeatureList();
  // Training changes the weights after every word, so nothing may be cached then.
  const cache = learn ? null : scoreCache(model);
  const result: Tag[][] = [];
  for (const context of contexts) {
    const { words, mode } = context.sentence;
    const tags: Tag[] = [];
    let prevIndex = 0;
    let prev2Index = 0;
    for (let i = 0; i < words.length; i++) {
      let best = 0;
      const prevTag = TAGS[prevIndex]!;
      if (isCandidate(words, i, prevTag)) {
        const word = words[i]!;
        scores.fill(0);
        // Cached sums for the features that depend on one word's text; a miss computes and keeps them.
        const ownMap = cache?.own[mode];
        let row = ownMap?.get(word.text);
        if (!row) {
          context.intrinsicAt(i, own);
          row = rowOf(ownMap, word.text, model, own);
        }
        addRow(row, scores);
        const prevKey = context.neighbourKey(i, 'prev');
        row = cache?.prev.get(prevKey);
        if (!row) {
          context.neighbourAt(i, 'prev', prev);
          row = rowOf(cache?.prev, prevKey, model, prev);
        }
        addRow(row, scores);
        const nextKey = context.neighbourKey(i, 'next');
        row = cache?.next.get(nextKey);
        if (!row) {
          context.neighbourAt(i, 'next', next);
          row = rowOf(cache?.next, nextKey, model, next);
        }
        addRow(row, scores);
        const remembered = memory.get(word.lower);
        const historyKey = historyIndex(prev2Index, prevIndex, remembered);
        row = cache?.history[historyKey];
        if (!row) {
          fillHistoryFeatures(history, prevTag, TAGS[prev2Index]!, remembered);
          row = zeroRow();
          model.addScores(history, row);
          if (cache) cache.history[historyKey] = row;
        }
        addRow(row, scores);
        context.fixedAt(i, fixed);
        fillShapeHistoryFeatures(shapeHistory, context.shapeAt(i), prevTag);
        model.addScores(fixed, scores);
        model.addScores(shapeHistory, scores);
        const allowedFrom = prevIndex * TAG_COUNT;
        for (let k = 1; k < TAG_COUNT; k++) if (ALLOWED[allowedFrom + k] && scores[k]! > scores[best]!) best = k;
        learn?.([own, prev, next, history, fixed, shapeHistory], best, word, context);
      }
      tags.push(TAGS[best]!);
      prev2Index = prevIndex;
      prevIndex = best;
    }
    // A title-case heading's guesses are too weak to teach the rest of the article.
    if (mode !== 'title') {
      for (let i = 0; i < words.length; i++) {
        const tag = tags[i]!;
        if (tag !== 'O' && words[i]!.hasUpper) memory.set(words[i]!.lower, TYPE_OF[tag]!);
      }
    }
    result.push(tags);
  }
  return result;
}
