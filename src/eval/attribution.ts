/**
 * Attribution scoring against gold (definitions: ../shared/eval/README.md): component span F1
 * (strict, lenient), token-overlap F1, and linked attribution F1 with its breakdowns, per document
 * and micro-averaged over the corpus.
 */
import type { Claim, ClaimKind, Span } from '../model/types.js';
import { COMPONENTS, scoreComponent, type Component, type ComponentScores } from './components.js';
import type { GoldAttribution, GoldDoc } from './gold.js';
import { compareAttributions, linkAttributions, type LinkedPair } from './linking.js';
import { computeRecall, computeScore, sumRecalls, sumScores, type RecallScore, type Score } from './score.js';
import { tokenizeWords } from './tokens.js';

/** One predicted attribution; spans are offsets into the gold document's text. */
export interface PredictedAttribution {
  speaker: Span | null;
  cue: Span | null;
  content: Span;
  kind: ClaimKind;
}

/** Predictions keyed by gold document id; a document with no entry has no predictions. */
export type AttributionPredictions = ReadonlyMap<string, readonly PredictedAttribution[]>;

/** The claim kinds (and gold types) in report order. */
export const CLAIM_KINDS: readonly ClaimKind[] = ['direct', 'mixed', 'indirect'];

/** Linked attribution figures. */
export interface LinkedScores {
  /** Linked F1 over all gold attributions and all predictions. */
  all: Score;
  /**
   * Recall of the overall matching broken down by gold type: gold attributions of that type linked
   * to any prediction, whatever the prediction's kind. Gold attributions with a null type count in
   * `all` only.
   */
  recallByType: Record<ClaimKind, RecallScore>;
  /**
   * Linked F1 of the sub-problem of one kind: gold attributions of type K against predictions of
   * kind K, linked afresh (one-to-one) among themselves. `byKind.direct` is the direct-quote linked
   * F1: precision over predictions of kind direct, recall over direct gold attributions; a direct
   * quote predicted as mixed or indirect counts against both.
   */
  byKind: Record<ClaimKind, Score>;
}

/** Every attribution figure. */
export interface AttributionScores {
  source: ComponentScores;
  cue: ComponentScores;
  content: ComponentScores;
  linked: LinkedScores;
}

/** The figures of one document, with its linked pairs for inspection. */
export interface DocAttributionResult extends AttributionScores {
  docId: string;
  /** The overall linking: indices into the document's gold attributions and its predictions. */
  pairs: LinkedPair[];
}

/** Corpus figures (micro-averaged) plus the per-document ones. */
export interface AttributionResult extends AttributionScores {
  /** Documents scored: those whose gold has attribution annotation (quotes not null). */
  docs: number;
  perDoc: DocAttributionResult[];
  /** Ids that have predictions but were not scored: unknown to the gold or without attribution gold. */
  ignoredDocIds: string[];
}

/** A gold document known to carry attribution annotation. */
export type AnnotatedGoldDoc = Pick<GoldDoc, 'id' | 'text'> & { attributions: GoldAttribution[] };

/** Scores the predictions for one gold document that has attribution annotation. */
export function evaluateDocAttributions(
  doc: AnnotatedGoldDoc,
  predicted: readonly PredictedAttribution[],
): DocAttributionResult {
  const gold = doc.attributions;
  const tokens = tokenizeWords(doc.text);
  const components = Object.fromEntries(
    COMPONENTS.map((component) => [component, scoreComponent(doc.text, tokens, gold, predicted, component)]),
  ) as Record<Component, ComponentScores>;

  const comparisons = compareAttributions(tokens, gold, predicted);
  const pairs = linkAttributions(comparisons);
  const goldOfType = (kind: ClaimKind): number[] => indicesWhere(gold, (attribution) => attribution.type === kind);
  const recallByType = recordOfKinds((kind) => {
    const linkedOfType = pairs.filter((pair) => gold[pair.gold]!.type === kind).length;
    return computeRecall(linkedOfType, goldOfType(kind).length);
  });
  const byKind = recordOfKinds((kind) => {
    const goldIndices = goldOfType(kind);
    const predictedIndices = indicesWhere(predicted, (prediction) => prediction.kind === kind);
    const kindPairs = linkAttributions(comparisons, goldIndices, predictedIndices);
    return computeScore(kindPairs.length, predictedIndices.length, goldIndices.length);
  });
  return {
    docId: doc.id,
    ...components,
    linked: { all: computeScore(pairs.length, predicted.length, gold.length), recallByType, byKind },
    pairs,
  };
}

/**
 * Scores predictions against every gold document with attribution annotation. Corpus figures are
 * micro-averages (counts summed over documents); `perDoc` follows the order of `docs`.
 */
export function evaluateAttributions(docs: readonly GoldDoc[], predictions: AttributionPredictions): AttributionResult {
  const scoredIds = new Set<string>();
  const perDoc: DocAttributionResult[] = [];
  for (const doc of docs) {
    const attributions = doc.attributions;
    if (attributions === null) continue;
    scoredIds.add(doc.id);
    perDoc.push(evaluateDocAttributions({ id: doc.id, text: doc.text, attributions }, predictions.get(doc.id) ?? []));
  }
  return {
    docs: perDoc.length,
    ...sumAttributionScores(perDoc),
    perDoc,
    ignoredDocIds: [...predictions.keys()].filter((id) => !scoredIds.has(id)),
  };
}

/** Micro-average of several documents' figures. */
export function sumAttributionScores(results: readonly AttributionScores[]): AttributionScores {
  const sumComponent = (component: Component): ComponentScores => ({
    strict: sumScores(results.map((result) => result[component].strict)),
    lenient: sumScores(results.map((result) => result[component].lenient)),
    tokens: sumScores(results.map((result) => result[component].tokens)),
  });
  return {
    source: sumComponent('source'),
    cue: sumComponent('cue'),
    content: sumComponent('content'),
    linked: {
      all: sumScores(results.map((result) => result.linked.all)),
      recallByType: recordOfKinds((kind) => sumRecalls(results.map((result) => result.linked.recallByType[kind]))),
      byKind: recordOfKinds((kind) => sumScores(results.map((result) => result.linked.byKind[kind]))),
    },
  };
}

/** The prediction a pipeline claim makes, for scoring. */
export function predictionFromClaim(claim: Claim): PredictedAttribution {
  const span = (value: Span | null): Span | null => (value === null ? null : { start: value.start, end: value.end });
  return {
    speaker: span(claim.speaker),
    cue: span(claim.cue),
    content: { start: claim.content.start, end: claim.content.end },
    kind: claim.kind,
  };
}

function recordOfKinds<T>(build: (kind: ClaimKind) => T): Record<ClaimKind, T> {
  return { direct: build('direct'), mixed: build('mixed'), indirect: build('indirect') };
}

function indicesWhere<T>(items: readonly T[], keep: (item: T) => boolean): number[] {
  const indices: number[] = [];
  items.forEach((item, index) => {
    if (keep(item)) indices.push(index);
  });
  return indices;
}
