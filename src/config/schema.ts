/** pipeline.config.json: its schema, defaults and types. Validated once at start. */
import { z } from 'zod';

const positiveInt = z.number().int().positive();

export const stageOptionsSchema = z
  .object({
    claims: z
      .object({
        /** Claims below this confidence are not stored. */
        minConfidence: z.number().min(0).max(1).default(0.3),
        /** Resolve pronoun speakers (he, she, they) to the nearest compatible earlier entity. */
        resolvePronouns: z.boolean().default(true),
      })
      .strict()
      .default({ minConfidence: 0.3, resolvePronouns: true }),
    entities: z
      .object({
        /**
         * Use compromise's word lists (given names, surnames, places, organisation words) as features of
         * the name tagger. compromise never parses text here. false saves ~0.3 s start-up and ~20 MB per
         * worker but costs about 5 points of F1, since the shipped model was trained with them.
         */
        useCompromise: z.boolean().default(true),
      })
      .strict()
      .default({ useCompromise: true }),
  })
  .strict();

export const configSchema = z
  .object({
    /** Files, folders or globs read by `claims run` when no paths are given. */
    inputs: z.array(z.string().min(1)).min(1).default(['corpus']),
    /** SQLite database file. */
    database: z.string().min(1).default('output/claims.sqlite'),
    concurrency: z
      .object({
        /** Worker threads for the CPU stages: a number, or "auto" for one per core. */
        workers: z.union([z.literal('auto'), z.number().int().min(0)]).default('auto'),
        /** Articles in flight at once (bounds memory whatever the corpus size). */
        inFlight: positiveInt.default(32),
        /** Articles per write transaction. */
        batchSize: positiveInt.default(50),
      })
      .strict()
      .default({ workers: 'auto', inFlight: 32, batchSize: 50 }),
    limits: z
      .object({
        /** Files larger than this are recorded as errors and skipped. */
        maxFileBytes: positiveInt.default(20 * 1024 * 1024),
        /**
         * Articles longer than this (UTF-16 code units) are recorded as errors and skipped. The stages
         * need about 100 MB of worker heap per million characters, so this goes with workerHeapMb.
         */
        maxArticleChars: positiveInt.default(2_000_000),
        /**
         * Old-generation heap of each worker thread, MB. It bounds the run's memory whatever the corpus
         * size (V8 otherwise lets each worker grow between collections); an article too big for it
         * fails alone with an out-of-memory error, and the run goes on.
         */
        workerHeapMb: z.number().int().min(64).default(256),
      })
      .strict()
      .default({ maxFileBytes: 20 * 1024 * 1024, maxArticleChars: 2_000_000, workerHeapMb: 256 }),
    stages: stageOptionsSchema.default({
      claims: { minConfidence: 0.3, resolvePronouns: true },
      entities: { useCompromise: true },
    }),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type StageOptions = Config['stages'];
