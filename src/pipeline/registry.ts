/**
 * The one ordered list of CPU stages. The order is checked once, when a pipeline is built: every
 * field a stage requires must be provided by an earlier stage (or be the ingested article).
 */
import type { StageOptions } from '../config/schema.js';
import { ClaimsError } from '../errors.js';
import { claimsStage } from '../stages/claims/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { segmentStage } from '../stages/segment/index.js';
import type { DocField, Stage, StageFactory } from './stage.js';

/** ingest -> [segment -> entities -> claims] -> store; ingest and store run on the main thread. */
export const STAGES: readonly StageFactory[] = [segmentStage, entitiesStage, claimsStage];

/** Checks that each stage's requirements are met by the stages before it; throws PIPELINE_ORDER if not. */
export function checkOrder(factories: readonly StageFactory[]): void {
  const available = new Set<DocField>(['article']);
  for (const factory of factories) {
    const missing = factory.requires.filter((field) => !available.has(field));
    if (missing.length > 0) {
      throw new ClaimsError(
        'PIPELINE_ORDER',
        `stage "${factory.name}" requires ${missing.join(', ')}, which no earlier stage provides; ` +
          `move it after the stage that provides ${missing.length > 1 ? 'them' : 'it'}`,
      );
    }
    for (const field of factory.provides) available.add(field);
  }
}

/** Builds the stages once (models and lexicons load here), after checking their order. */
export function buildStages(options: StageOptions, factories: readonly StageFactory[] = STAGES): Stage[] {
  checkOrder(factories);
  return factories.map((factory) => factory.create(options));
}
