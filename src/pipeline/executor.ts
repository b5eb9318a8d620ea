/**
 * Where the CPU stages run: a piscina pool of worker threads (one per core by default), or in this
 * thread when workers is 0 (tests, tiny inputs, or when the compiled worker file is not there, as
 * when the TypeScript sources run under vitest).
 *
 * With workers, this thread never loads the stages (their models and word lists cost tens of MB and
 * a few hundred ms per thread): the stage options go to each worker once, as its workerData, and
 * each task carries only the article in and its records out, as one JSON string (worker.ts; the
 * article itself is not sent back).
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

/** Tasks handed to each worker ahead of the one it is running (see the pool below). */
const TASKS_QUEUED_PER_WORKER = 16;

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
  const createPool = (threads: number, queued: number): Piscina =>
    new Piscina({
      filename: workerFile,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      workerData: options,
      concurrentTasksPerWorker: queued,
      // The stages allocate many short-lived objects; with V8's default young generation each worker's
      // peak RSS rose by about 40 MB more (2 workers: 415 MB vs 330 MB over 1,000 articles) for no
      // measurable CPU gain. A small young generation only means more frequent, cheaper scavenges.
      // The old generation is capped too (limits.workerHeapMb): uncapped, V8 let each worker grow to
      // ~250 MB between collections (peak RSS 589 MB over 10,000 articles; 368 MB capped at 256 MB,
      // same throughput). An article too big for the cap fails alone with an out-of-memory error.
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: heapMb },
    });
  // The pool is made for the first article that needs the stages, so a run over an unchanged corpus
  // starts no worker (each costs ~0.4 s of CPU to load its models, taken from the thread that reads).
  // Tasks wait in each worker's own queue, so a worker starts its next article as soon as it has
  // sent the last one back, even while this thread is busy committing a batch (50 articles take
  // about as long to commit as 10-15 take to process). With one at a time (piscina's default) the
  // next task was posted only once this thread got round to the reply, and one worker sat idle
  // for 33 % of its time (node --cpu-prof, 3,000 articles); 4 queued: 16 %, 16 queued: 8 %.
  let pool: Piscina | null = null;
  // A worker that dies (out of heap) fails every task queued in it, not only the one it was running,
  // and the stages catch their own errors, so a task fails only with its worker. Each such article
  // is run again alone, in a one-thread pool made on the first failure: only an article that fails
  // there too (the one too big for the heap) is reported.
  let alone: Piscina | null = null;
  return {
    threads: workers,
    run: async (item) => {
      let result: WorkResult;
      try {
        pool ??= createPool(workers, TASKS_QUEUED_PER_WORKER);
        result = JSON.parse((await pool.run(item)) as string) as WorkResult;
      } catch {
        alone ??= createPool(1, 1);
        result = JSON.parse((await alone.run(item)) as string) as WorkResult;
      }
      return { ...result, article: item.article };
    },
    close: async () => {
      await Promise.all([pool?.destroy(), alone?.destroy()]);
    },
  };
}
