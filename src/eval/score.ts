/**
 * Precision / recall / F1 with the counts they come from. Convention where a denominator is zero:
 * precision is 0 when nothing was predicted, recall is 0 when there is no gold, F1 is 0 when both are 0.
 * Corpus figures are micro-averages: counts are summed over documents, then the ratios recomputed.
 */

/** One figure: the ratios and the counts behind them. */
export interface Score {
  /** Predicted items judged correct (for one-to-one matching also the gold items found). */
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A recall-only figure, for breakdowns where precision has no meaning (e.g. recall by gold type). */
export interface RecallScore {
  tp: number;
  gold: number;
  recall: number;
}

/** Builds a Score from its counts. */
export function computeScore(tp: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Builds a RecallScore from its counts. */
export function computeRecall(tp: number, gold: number): RecallScore {
  return { tp, gold, recall: gold === 0 ? 0 : tp / gold };
}

/** Micro-average: sums the counts of `scores` and recomputes the ratios. */
export function sumScores(scores: Iterable<Score>): Score {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const score of scores) {
    tp += score.tp;
    predicted += score.predicted;
    gold += score.gold;
  }
  return computeScore(tp, predicted, gold);
}

/** Micro-average of recall-only figures. */
export function sumRecalls(scores: Iterable<RecallScore>): RecallScore {
  let tp = 0;
  let gold = 0;
  for (const score of scores) {
    tp += score.tp;
    gold += score.gold;
  }
  return computeRecall(tp, gold);
}

/**
 * Size of the one-to-one matching between two multisets of keys: each key matches equal keys only,
 * so the largest matching pairs min(count in gold, count in predicted) per key.
 */
export function countKeyMatches(gold: Iterable<string>, predicted: Iterable<string>): number {
  const remaining = new Map<string, number>();
  for (const key of gold) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  let matched = 0;
  for (const key of predicted) {
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      matched++;
    }
  }
  return matched;
}
