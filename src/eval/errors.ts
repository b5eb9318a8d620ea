/**
 * Error analysis for linked attribution: the gold attributions no prediction was linked to (misses)
 * and the predictions linked to nothing (false claims), each with its sentence, the texts of both
 * sides and a category guess, so errors can be counted and read by kind. The linking is the one
 * evaluateAttributions scores (linking.ts), so the lists agree with the figures.
 *
 * Categories, tried in this order against the other side's attributions in the same document:
 * - duplicate: one of them fits on every condition but was linked elsewhere (matching is one-to-one);
 * - cue mismatch: content Jaccard >= 0.5 and the speaker agrees, but no such one has an agreeing cue;
 * - speaker mismatch: content Jaccard >= 0.5, but no such one has an agreeing speaker;
 * - content boundary: the best content Jaccard is at least 0.1 but below 0.5;
 * - other attribution in sentence: the sentence has content of the other side, barely overlapping;
 * - no prediction in sentence (a miss) / spurious (a false claim): the sentence has none at all.
 */
import type { ClaimKind, Span, TextSpan } from '../model/types.js';
import type { AttributionPredictions, PredictedAttribution } from './attribution.js';
import type { GoldAttribution, GoldDoc } from './gold.js';
import { compareAttributions, linkAttributions, type AttributionComparison } from './linking.js';
import { LINK_MIN_JACCARD } from './scoring.data.js';
import { sentenceAround } from './sentence.js';
import { spansOverlap, tokenizeWords } from './tokens.js';

/** Content Jaccard from which a non-linked pair counts as a boundary error rather than unrelated. */
const BOUNDARY_MIN_JACCARD = 0.1;

/** Why a gold attribution was missed. */
export type MissCategory =
  | 'duplicate'
  | 'cue mismatch'
  | 'speaker mismatch'
  | 'content boundary'
  | 'other attribution in sentence'
  | 'no prediction in sentence';

/** Why a prediction is a false claim. */
export type FalseClaimCategory = Exclude<MissCategory, 'no prediction in sentence'> | 'spurious';

/** Miss categories in report order. */
export const MISS_CATEGORIES: readonly MissCategory[] = [
  'no prediction in sentence',
  'other attribution in sentence',
  'content boundary',
  'speaker mismatch',
  'cue mismatch',
  'duplicate',
];

/** False-claim categories in report order. */
export const FALSE_CLAIM_CATEGORIES: readonly FalseClaimCategory[] = [
  'spurious',
  'other attribution in sentence',
  'content boundary',
  'speaker mismatch',
  'cue mismatch',
  'duplicate',
];

/** The covered texts of an attribution; multi-fragment gold content is its fragments joined by " … ". */
export interface AttributionTexts {
  source: string | null;
  cue: string | null;
  content: string;
}

/** The prediction that came closest to a missed gold attribution. */
export interface NearestPrediction extends AttributionTexts {
  /** Index into the document's predictions. */
  index: number;
  kind: ClaimKind;
  jaccard: number;
}

/** The gold attribution that came closest to a false claim. */
export interface NearestGold extends AttributionTexts {
  attributionId: string;
  type: ClaimKind | null;
  jaccard: number;
}

/** A gold attribution no prediction was linked to. */
export interface MissedAttribution {
  docId: string;
  attributionId: string;
  type: ClaimKind | null;
  category: MissCategory;
  /** The sentence(s) around the gold content. */
  sentence: TextSpan;
  gold: AttributionTexts;
  nearest: NearestPrediction | null;
}

/** A prediction linked to no gold attribution. */
export interface FalseClaim {
  docId: string;
  /** Index into the document's predictions. */
  index: number;
  kind: ClaimKind;
  category: FalseClaimCategory;
  /** The sentence(s) around the predicted content. */
  sentence: TextSpan;
  predicted: AttributionTexts;
  nearest: NearestGold | null;
}

/** The worst errors and the category counts over all of them. */
export interface ErrorReport {
  /** The `limit` worst misses, worst first. */
  misses: MissedAttribution[];
  /** The `limit` worst false claims, worst first. */
  falseClaims: FalseClaim[];
  /** Counts over every miss, not only the listed ones. */
  missCounts: Record<MissCategory, number>;
  /** Counts over every false claim, not only the listed ones. */
  falseClaimCounts: Record<FalseClaimCategory, number>;
  totalMisses: number;
  totalFalseClaims: number;
}

/** How many errors to list and how to rank them. */
export interface ErrorAnalysisOptions {
  /** Errors listed per kind (misses, false claims); default 20. */
  limit?: number;
  /**
   * 'length' (default): longest content first, as it loses the most text. 'jaccard': lowest content
   * Jaccard with the nearest attribution of the other side first, then longest.
   */
  rankBy?: 'length' | 'jaccard';
}

interface Ranked<T> {
  entry: T;
  length: number;
  jaccard: number;
}

/** Lists and categorises the linked-attribution errors of every document with attribution gold. */
export function analyseErrors(
  docs: readonly GoldDoc[],
  predictions: AttributionPredictions,
  options: ErrorAnalysisOptions = {},
): ErrorReport {
  const misses: Ranked<MissedAttribution>[] = [];
  const falseClaims: Ranked<FalseClaim>[] = [];
  for (const doc of docs) {
    if (doc.attributions === null) continue;
    collectDocErrors(doc, doc.attributions, predictions.get(doc.id) ?? [], misses, falseClaims);
  }
  const limit = options.limit ?? 20;
  const rankBy = options.rankBy ?? 'length';
  return {
    misses: rank(misses, rankBy, limit),
    falseClaims: rank(falseClaims, rankBy, limit),
    missCounts: countCategories(MISS_CATEGORIES, misses),
    falseClaimCounts: countCategories(FALSE_CLAIM_CATEGORIES, falseClaims),
    totalMisses: misses.length,
    totalFalseClaims: falseClaims.length,
  };
}

function collectDocErrors(
  doc: GoldDoc,
  gold: readonly GoldAttribution[],
  predicted: readonly PredictedAttribution[],
  misses: Ranked<MissedAttribution>[],
  falseClaims: Ranked<FalseClaim>[],
): void {
  const text = doc.text;
  const comparisons = compareAttributions(tokenizeWords(text), gold, predicted);
  const pairs = linkAttributions(comparisons);
  const linkedGold = new Set(pairs.map((pair) => pair.gold));
  const linkedPredicted = new Set(pairs.map((pair) => pair.predicted));

  gold.forEach((attribution, goldIndex) => {
    if (linkedGold.has(goldIndex)) return;
    const sentence = sentenceAround(text, attribution.content);
    const row = comparisons[goldIndex] ?? [];
    const guess = guessCategory(row, predicted.map((prediction) => spansOverlap(prediction.content, sentence)));
    const nearest = guess.nearest === null ? null : predicted[guess.nearest]!;
    const entry: MissedAttribution = {
      docId: doc.id,
      attributionId: attribution.id,
      type: attribution.type,
      category: guess.category ?? 'no prediction in sentence',
      sentence,
      gold: goldTexts(attribution),
      nearest:
        nearest === null
          ? null
          : { ...predictedTexts(text, nearest), index: guess.nearest!, kind: nearest.kind, jaccard: guess.jaccard },
    };
    misses.push({ entry, length: spanLength(attribution.content), jaccard: guess.jaccard });
  });

  predicted.forEach((prediction, predictedIndex) => {
    if (linkedPredicted.has(predictedIndex)) return;
    const sentence = sentenceAround(text, prediction.content);
    const column = comparisons.map((row) => row[predictedIndex]!);
    const guess = guessCategory(column, gold.map((attribution) => spansOverlap(attribution.content, sentence)));
    const nearest = guess.nearest === null ? null : gold[guess.nearest]!;
    const entry: FalseClaim = {
      docId: doc.id,
      index: predictedIndex,
      kind: prediction.kind,
      category: guess.category ?? 'spurious',
      sentence,
      predicted: predictedTexts(text, prediction),
      nearest:
        nearest === null
          ? null
          : { ...goldTexts(nearest), attributionId: nearest.id, type: nearest.type, jaccard: guess.jaccard },
    };
    falseClaims.push({ entry, length: spanLength(prediction.content), jaccard: guess.jaccard });
  });
}

/**
 * The category of an unlinked attribution from its comparisons with every attribution of the other
 * side (`inSentence[i]`: the other side's i-th content overlaps this one's sentence). A null category
 * means nothing of the other side is in the sentence; `nearest` indexes the other side.
 */
function guessCategory(
  comparisons: readonly AttributionComparison[],
  inSentence: readonly boolean[],
): { category: Exclude<MissCategory, 'no prediction in sentence'> | null; nearest: number | null; jaccard: number } {
  let best = -1;
  comparisons.forEach((comparison, index) => {
    if (best < 0 || comparison.jaccard > comparisons[best]!.jaccard) best = index;
  });
  const bestJaccard = best < 0 ? 0 : comparisons[best]!.jaccard;
  const found = (category: Exclude<MissCategory, 'no prediction in sentence'>, index: number) => ({
    category,
    nearest: index,
    jaccard: comparisons[index]!.jaccard,
  });
  if (bestJaccard >= LINK_MIN_JACCARD) {
    const close = (comparison: AttributionComparison): boolean => comparison.jaccard >= LINK_MIN_JACCARD;
    const linkable = comparisons.findIndex((comparison) => comparison.linkable);
    if (linkable >= 0) return found('duplicate', linkable);
    const sourceAgrees = comparisons.findIndex((comparison) => close(comparison) && comparison.sourceAgrees);
    if (sourceAgrees >= 0) return found('cue mismatch', sourceAgrees);
    return found('speaker mismatch', best);
  }
  if (bestJaccard >= BOUNDARY_MIN_JACCARD) return found('content boundary', best);
  const inSentenceIndex = bestJaccard > 0 ? best : inSentence.indexOf(true);
  if (inSentenceIndex >= 0) return found('other attribution in sentence', inSentenceIndex);
  return { category: null, nearest: null, jaccard: 0 };
}

function rank<T>(items: readonly Ranked<T>[], rankBy: 'length' | 'jaccard', limit: number): T[] {
  const sorted = items
    .map((item, order) => ({ ...item, order }))
    .sort((a, b) =>
      rankBy === 'jaccard'
        ? a.jaccard - b.jaccard || b.length - a.length || a.order - b.order
        : b.length - a.length || a.order - b.order,
    );
  return sorted.slice(0, Math.max(0, limit)).map((item) => item.entry);
}

function countCategories<C extends string>(
  categories: readonly C[],
  items: readonly Ranked<{ category: C }>[],
): Record<C, number> {
  const counts = Object.fromEntries(categories.map((category) => [category, 0])) as Record<C, number>;
  for (const item of items) counts[item.entry.category]++;
  return counts;
}

function goldTexts(attribution: GoldAttribution): AttributionTexts {
  return {
    source: attribution.source?.text ?? null,
    cue: attribution.cue?.text ?? null,
    content: attribution.fragments.map((fragment) => fragment.text).join(' … '),
  };
}

function predictedTexts(text: string, prediction: PredictedAttribution): AttributionTexts {
  const cover = (span: Span | null): string | null => (span === null ? null : text.slice(span.start, span.end));
  return { source: cover(prediction.speaker), cue: cover(prediction.cue), content: cover(prediction.content)! };
}

function spanLength(span: Span): number {
  return span.end - span.start;
}
