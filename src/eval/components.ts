/**
 * Component scores for source, cue and content: span F1 (strict and lenient, one-to-one) and
 * token-overlap F1. Per component the gold items are the non-null spans of that component, one per
 * gold attribution (two attributions sharing a source contribute it twice), and the predicted items
 * likewise, one per prediction.
 */
import type { Span } from '../model/types.js';
import type { PredictedAttribution } from './attribution.js';
import type { GoldAttribution } from './gold.js';
import { trimLenient } from './lenient.js';
import { computeScore, countKeyMatches, type Score } from './score.js';
import { countShared, spanKey, tokenIndicesInside } from './tokens.js';

/** An attribution component as the README names it (the prediction's `speaker` is the `source`). */
export type Component = 'source' | 'cue' | 'content';

/** The components in report order. */
export const COMPONENTS: readonly Component[] = ['source', 'cue', 'content'];

/** The three figures computed for each component. */
export interface ComponentScores {
  /** Span F1, spans equal in (start, end). */
  strict: Score;
  /** Span F1, spans equal after lenient trimming (see lenient.ts). */
  lenient: Score;
  /**
   * Token-overlap F1 over sets of word-token positions: tp = tokens inside both a gold and a
   * predicted span, so precision = predicted tokens inside a gold span / predicted tokens and
   * recall = gold tokens covered by a prediction / gold tokens. Each position counts once even when
   * spans overlap (nested PolNeAR contents would otherwise count twice). Gold content tokens come
   * from the fragments, not the first-to-last span.
   */
  tokens: Score;
}

/** The gold spans of one component, one per attribution that has it. */
export function goldComponentSpans(gold: readonly GoldAttribution[], component: Component): Span[] {
  const spans: Span[] = [];
  for (const attribution of gold) {
    const span = component === 'source' ? attribution.source : component === 'cue' ? attribution.cue : attribution.content;
    if (span !== null) spans.push(span);
  }
  return spans;
}

/** The predicted spans of one component, one per prediction that has it. */
export function predictedComponentSpans(predicted: readonly PredictedAttribution[], component: Component): Span[] {
  const spans: Span[] = [];
  for (const prediction of predicted) {
    const span =
      component === 'source' ? prediction.speaker : component === 'cue' ? prediction.cue : prediction.content;
    if (span !== null) spans.push(span);
  }
  return spans;
}

/** Strict, lenient and token-overlap scores of one component in one document. */
export function scoreComponent(
  text: string,
  tokens: readonly Span[],
  gold: readonly GoldAttribution[],
  predicted: readonly PredictedAttribution[],
  component: Component,
): ComponentScores {
  const goldSpans = goldComponentSpans(gold, component);
  const predictedSpans = predictedComponentSpans(predicted, component);
  const isContent = component === 'content';
  const lenientKey = (span: Span): string => spanKey(trimLenient(text, span, isContent));
  const strictTp = countKeyMatches(goldSpans.map(spanKey), predictedSpans.map(spanKey));
  const lenientTp = countKeyMatches(goldSpans.map(lenientKey), predictedSpans.map(lenientKey));

  const goldTokenSpans = isContent ? gold.flatMap((attribution) => attribution.fragments) : goldSpans;
  const goldTokens = tokenIndicesInside(tokens, goldTokenSpans);
  const predictedTokens = tokenIndicesInside(tokens, predictedSpans);
  return {
    strict: computeScore(strictTp, predictedSpans.length, goldSpans.length),
    lenient: computeScore(lenientTp, predictedSpans.length, goldSpans.length),
    tokens: computeScore(countShared(goldTokens, predictedTokens), predictedTokens.size, goldTokens.size),
  };
}
