/**
 * NER scoring, CoNLL style: an entity is correct when its span (start, end) and its label both equal a
 * gold entity's, one-to-one. Labels of both sides are first mapped onto PERSON / ORG / LOC / MISC
 * (NER_LABEL_MAP); entities whose label does not map (DATE, CARDINAL, ...) are dropped from both
 * sides. Span-only F1 ignores the label but is computed on the same mapped entities.
 */
import type { Mention, Span } from '../model/types.js';
import type { GoldDoc } from './gold.js';
import { NER_LABELS, type NerLabel } from './ner-label.js';
import { NER_LABEL_MAP } from './scoring.data.js';
import { computeScore, countKeyMatches, sumScores, type Score } from './score.js';
import { spanKey } from './tokens.js';

export { NER_LABELS, type NerLabel } from './ner-label.js';

/** One predicted entity; the label is any string (the pipeline's GPE, NORP, DATE, ... or CoNLL's). */
export interface PredictedEntity extends Span {
  label: string;
}

/** Predictions keyed by gold document id; a document with no entry has no predictions. */
export type EntityPredictions = ReadonlyMap<string, readonly PredictedEntity[]>;

/** The NER figures of one document or of the corpus. */
export interface NerScores {
  /** Exact span + label. */
  overall: Score;
  /** Exact span, label ignored. */
  spanOnly: Score;
  /** Exact span + label, for each gold/predicted label (tp, predicted and gold counted per label). */
  byLabel: Record<NerLabel, Score>;
}

/** NER figures of one document. */
export interface DocNerResult extends NerScores {
  docId: string;
}

/** Corpus NER figures (micro-averaged) plus the per-document ones. */
export interface NerResult extends NerScores {
  /** Documents scored: those whose gold has NER annotation (entities not null). */
  docs: number;
  perDoc: DocNerResult[];
  /** Ids that have predictions but were not scored: unknown to the gold or without NER gold. */
  ignoredDocIds: string[];
}

/** The scored class of a label (case-insensitive), or null when the label is not scored. */
export function mapNerLabel(label: string): NerLabel | null {
  return NER_LABEL_MAP[label.toUpperCase()] ?? null;
}

interface LabelledSpan extends Span {
  label: NerLabel;
}

function mapEntities(entities: readonly (Span & { label: string })[]): LabelledSpan[] {
  const mapped: LabelledSpan[] = [];
  for (const entity of entities) {
    const label = mapNerLabel(entity.label);
    if (label !== null) mapped.push({ start: entity.start, end: entity.end, label });
  }
  return mapped;
}

/** Scores one document's predicted entities against its gold entities (both with unmapped labels). */
export function evaluateDocEntities(
  docId: string,
  gold: readonly (Span & { label: string })[],
  predicted: readonly PredictedEntity[],
): DocNerResult {
  const goldEntities = mapEntities(gold);
  const predictedEntities = mapEntities(predicted);
  const labelledKey = (entity: LabelledSpan): string => `${spanKey(entity)}:${entity.label}`;
  const byLabel = Object.fromEntries(
    NER_LABELS.map((label) => {
      const goldOfLabel = goldEntities.filter((entity) => entity.label === label);
      const predictedOfLabel = predictedEntities.filter((entity) => entity.label === label);
      const tp = countKeyMatches(goldOfLabel.map(spanKey), predictedOfLabel.map(spanKey));
      return [label, computeScore(tp, predictedOfLabel.length, goldOfLabel.length)];
    }),
  ) as Record<NerLabel, Score>;
  return {
    docId,
    overall: computeScore(
      countKeyMatches(goldEntities.map(labelledKey), predictedEntities.map(labelledKey)),
      predictedEntities.length,
      goldEntities.length,
    ),
    spanOnly: computeScore(
      countKeyMatches(goldEntities.map(spanKey), predictedEntities.map(spanKey)),
      predictedEntities.length,
      goldEntities.length,
    ),
    byLabel,
  };
}

/**
 * Scores predictions against every gold document with NER annotation. Corpus figures are
 * micro-averages (counts summed over documents); `perDoc` follows the order of `docs`.
 */
export function evaluateEntities(docs: readonly GoldDoc[], predictions: EntityPredictions): NerResult {
  const scoredIds = new Set<string>();
  const perDoc: DocNerResult[] = [];
  for (const doc of docs) {
    if (doc.entities === null) continue;
    scoredIds.add(doc.id);
    perDoc.push(evaluateDocEntities(doc.id, doc.entities, predictions.get(doc.id) ?? []));
  }
  return {
    docs: perDoc.length,
    overall: sumScores(perDoc.map((result) => result.overall)),
    spanOnly: sumScores(perDoc.map((result) => result.spanOnly)),
    byLabel: Object.fromEntries(
      NER_LABELS.map((label) => [label, sumScores(perDoc.map((result) => result.byLabel[label]))]),
    ) as Record<NerLabel, Score>,
    perDoc,
    ignoredDocIds: [...predictions.keys()].filter((id) => !scoredIds.has(id)),
  };
}

/** The prediction a pipeline mention makes, for scoring. */
export function predictionFromMention(mention: Mention): PredictedEntity {
  return { start: mention.start, end: mention.end, label: mention.label };
}
