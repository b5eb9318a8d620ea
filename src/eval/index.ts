/** Public surface of the evaluation library: reading gold, scoring, error analysis, text tables. */
export {
  readGoldDocs,
  readGoldFile,
  parseGoldLine,
  type GoldAttribution,
  type GoldDoc,
  type GoldEntity,
} from './gold.js';
export { computeScore, computeRecall, sumScores, sumRecalls, type RecallScore, type Score } from './score.js';
export {
  CLAIM_KINDS,
  evaluateAttributions,
  evaluateDocAttributions,
  predictionFromClaim,
  sumAttributionScores,
  type AnnotatedGoldDoc,
  type AttributionPredictions,
  type AttributionResult,
  type AttributionScores,
  type DocAttributionResult,
  type LinkedScores,
  type PredictedAttribution,
} from './attribution.js';
export { COMPONENTS, type Component, type ComponentScores } from './components.js';
export { compareAttributions, linkAttributions, type AttributionComparison, type LinkedPair } from './linking.js';
export { trimLenient } from './lenient.js';
export { tokenizeWords } from './tokens.js';
export {
  NER_LABELS,
  evaluateDocEntities,
  evaluateEntities,
  mapNerLabel,
  predictionFromMention,
  type DocNerResult,
  type EntityPredictions,
  type NerLabel,
  type NerResult,
  type NerScores,
  type PredictedEntity,
} from './ner.js';
export {
  FALSE_CLAIM_CATEGORIES,
  MISS_CATEGORIES,
  analyseErrors,
  type AttributionTexts,
  type ErrorAnalysisOptions,
  type ErrorReport,
  type FalseClaim,
  type FalseClaimCategory,
  type MissCategory,
  type MissedAttribution,
  type NearestGold,
  type NearestPrediction,
} from './errors.js';
export { sentenceAround } from './sentence.js';
export {
  formatAttributionResult,
  formatErrorReport,
  formatNerResult,
  formatPercent,
  formatPerDocAttributions,
} from './format.js';
