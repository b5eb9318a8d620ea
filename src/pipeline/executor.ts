/**
 * Where the CPU stages run: a piscina pool of worker threads (one per core by default), or in this
 * thread when workers is 0 (tests, tiny inputs, or when the compiled worker file is not there, as
 * when the TypeScript sources run under vitest).
 *
 * With workers, this thread never loads the stages (their models and word lists cost tens of MB and
 * a few hundred ms per thread): the stage options go to each worker once, as its workerData, and
 * each task carries only the article in and its records out (the article itself is not sent back).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { StageOptions } from '../config/schema.js';
import type { ArticleRecords } from '../model/records.js';
import type { WorkItem, WorkResult } from './process.js';

/** Young-generation size of each worker's heap, MB (see the pool below). */
const WORKER_YOUNG_GENERATION_MB = 8;

/** Runs one article through the CPU stages. */
export interface Executor {
  readonly threads: number;
  run(item: WorkItem): Promise<ArticleRecords>;
  close(): Promise<void>;
}

/** Number of worker threads for a `workers` setting ("auto": one per core). */
export function resolveWorkers(setting: 'auto' | number): number {
  return setting === 'auto' ? availableParallelism() : setting;
}

/** An executor with `workers` threads, or in-process when 0 or when no compiled worker exists. */
export async function createExecutor(options: StageOptions, workers: number, heapMb = 256): Promise<Executor> {
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (workers <= 0 || !existsSync(workerFile)) {
    const [{ processArticle }, { buildStages }] = await Promise.all([import('./process.js'), import('./registry.js')]);
    const stages = buildStages(options);
    return {
      threads: 0,
      run: async (item) => processArticle(stages, item),
      close: async () => undefined,
    };
  }
  const pool = new Piscina({
    filename: workerFile,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    workerData: options,
    // The stages allocate many short-lived objects; with V8's default young generation each worker's
    // peak RSS rose by about 40 MB more (2 workers: 415 MB vs 330 MB over 1,000 articles) for no
    // measurable CPU gain. A small young generation only means more frequent, cheaper scavenges.
    // The old generation is capped too (limits.workerHeapMb): uncapped, V8 let each worker grow to
    // ~250 MB between collections (peak RSS 589 MB over 10,000 articles; 368 MB capped at 256 MB,
    // same throughput). An article too big for the cap fails alone with an out-of-memory error.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: heapMb },
  });
  return {
    threads: workers,
    run: async (item) => {
      const result = (await pool.run(item)) as WorkResult;
      return { ...result, article: item.article };
    },
    close: () => pool.destroy(),
  };
}
