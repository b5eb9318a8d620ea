/**
 * Predictions for a gold file, made the way users get them: the gold JSONL goes through the real
 * pipeline (`runPipeline`, ingest to SQLite) and the claims and mentions are read back from the
 * store. Scoring what was stored, not what a stage returned, keeps the figures honest end to end.
 */
import type { Config } from '../config/schema.js';
import { runPipeline, type RunSummary } from '../pipeline/run.js';
import type { StoreReader, StoreWriter } from '../store/types.js';
import type { AttributionPredictions, PredictedAttribution } from './attribution.js';
import type { EntityPredictions, PredictedEntity } from './ner.js';

export interface GoldPredictions {
  attributions: AttributionPredictions;
  entities: EntityPredictions;
  run: RunSummary;
}

/** Runs the pipeline over `goldFile` into `writer`, then reads every article's predictions back. */
export async function predictGold(options: {
  goldFile: string;
  docIds: readonly string[];
  config: Config;
  writer: StoreWriter;
  openReader: () => StoreReader;
  workers?: number;
}): Promise<GoldPredictions> {
  const run = await runPipeline({ files: [options.goldFile], config: options.config, writer: options.writer, force: true, workers: options.workers });
  const reader = options.openReader();
  try {
    const attributions = new Map<string, PredictedAttribution[]>();
    const entities = new Map<string, PredictedEntity[]>();
    for (const id of options.docIds) {
      const claims: PredictedAttribution[] = [];
      for (const record of reader.iterateClaims({ article: id })) {
        claims.push({
          speaker: record.speaker && { start: record.speaker.start, end: record.speaker.end },
          cue: record.cue && { start: record.cue.start, end: record.cue.end },
          content: { start: record.content.start, end: record.content.end },
          kind: record.kind,
        });
      }
      attributions.set(id, claims);
      const mentions: PredictedEntity[] = [];
      for (const mention of reader.iterateMentions({ article: id })) mentions.push({ start: mention.start, end: mention.end, label: mention.label });
      entities.set(id, mentions);
    }
    return { attributions, entities, run };
  } finally {
    reader.close();
  }
}
