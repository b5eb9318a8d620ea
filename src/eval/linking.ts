/**
 * Linked attribution matching. A prediction can match a gold attribution when
 * - their content token-Jaccard is at least LINK_MIN_JACCARD, with the gold content taken as
 *   ../shared/eval/README.md defines a gold attribution's content: from the first fragment's start to
 *   the last fragment's end (an interrupting "he said" included). Only the token-overlap figure scores
 *   the fragments alone. (Until the third session the fragments were used here too; on PolNeAR dev the
 *   linked F1 is the same either way, direct-quote linked F1 +0.5 with the whole span.)
 * - the predicted speaker overlaps the gold source by at least one character (skipped when the gold
 *   attribution has no source; a missing predicted speaker fails when the gold has one);
 * - the predicted cue overlaps the gold cue likewise.
 * The one-to-one matching is greedy: candidate pairs are taken in order of decreasing Jaccard (ties by
 * gold order, then prediction order), each gold attribution and each prediction used at most once.
 * Greedy is not always the largest matching, but the pairs it keeps are the most plausible ones.
 */
import type { Span } from '../model/types.js';
import type { PredictedAttribution } from './attribution.js';
import type { GoldAttribution } from './gold.js';
import { LINK_MIN_JACCARD } from './scoring.data.js';
import { jaccard, spansOverlap, tokenIndicesInside } from './tokens.js';

/** How one prediction compares with one gold attribution. */
export interface AttributionComparison {
  /** Content token-Jaccard (0 when neither content has a word token). */
  jaccard: number;
  /** The predicted speaker overlaps the gold source, or the gold has no source. */
  sourceAgrees: boolean;
  /** The predicted cue overlaps the gold cue, or the gold has no cue. */
  cueAgrees: boolean;
  /** All three conditions hold, so the pair may be linked. */
  linkable: boolean;
}

/** One linked pair: indices into the document's gold attributions and predictions. */
export interface LinkedPair {
  gold: number;
  predicted: number;
  jaccard: number;
}

/** Every prediction compared with every gold attribution of one document: `[gold][predicted]`. */
export function compareAttributions(
  tokens: readonly Span[],
  gold: readonly GoldAttribution[],
  predicted: readonly PredictedAttribution[],
): AttributionComparison[][] {
  const predictedContent = predicted.map((prediction) => tokenIndicesInside(tokens, [prediction.content]));
  return gold.map((attribution) => {
    const goldContent = tokenIndicesInside(tokens, [attribution.content]);
    return predicted.map((prediction, index) => {
      const contentJaccard = spansOverlap(attribution.content, prediction.content)
        ? jaccard(goldContent, predictedContent[index]!)
        : 0;
      const sourceAgrees = optionalSpanAgrees(attribution.source, prediction.speaker);
      const cueAgrees = optionalSpanAgrees(attribution.cue, prediction.cue);
      return {
        jaccard: contentJaccard,
        sourceAgrees,
        cueAgrees,
        linkable: contentJaccard >= LINK_MIN_JACCARD && sourceAgrees && cueAgrees,
      };
    });
  });
}

function optionalSpanAgrees(gold: Span | null, predicted: Span | null): boolean {
  if (gold === null) return true;
  return predicted !== null && spansOverlap(gold, predicted);
}

/**
 * The greedy one-to-one linking of a document. `goldIndices` and `predictedIndices` restrict it to a
 * sub-problem (e.g. direct attributions only); by default everything takes part.
 */
export function linkAttributions(
  comparisons: readonly (readonly AttributionComparison[])[],
  goldIndices?: readonly number[],
  predictedIndices?: readonly number[],
): LinkedPair[] {
  const golds = goldIndices ?? comparisons.map((_, index) => index);
  const candidates: LinkedPair[] = [];
  for (const goldIndex of golds) {
    const row = comparisons[goldIndex] ?? [];
    const predictions = predictedIndices ?? row.map((_, index) => index);
    for (const predictedIndex of predictions) {
      const comparison = row[predictedIndex];
      if (comparison?.linkable) candidates.push({ gold: goldIndex, predicted: predictedIndex, jaccard: comparison.jaccard });
    }
  }
  candidates.sort((a, b) => b.jaccard - a.jaccard || a.gold - b.gold || a.predicted - b.predicted);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: LinkedPair[] = [];
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedPredicted.has(candidate.predicted)) continue;
    usedGold.add(candidate.gold);
    usedPredicted.add(candidate.predicted);
    pairs.push(candidate);
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}
