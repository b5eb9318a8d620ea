/**
 * One pipeline run: ingest on this thread, CPU stages in the executor, one writer committing batches.
 * p-queue bounds the articles in flight so memory stays flat whatever the corpus size; unchanged
 * articles (same content hash and extractor version) are skipped before any work is done.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import PQueue from 'p-queue';
import type { Config } from '../config/schema.js';
import { describeError } from '../errors.js';
import type { ArticleRecords } from '../model/records.js';
import { readArticles } from '../stages/ingest/index.js';
import type { ReadPlace, RunCounts, StoreWriter } from '../store/types.js';
import { createExecutor, resolveWorkers } from './executor.js';
import { contentHash, extractorVersion } from './version.js';

export interface RunOptions {
  files: string[];
  config: Config;
  writer: StoreWriter;
  /** Reprocess every article even if unchanged. */
  force?: boolean;
  /** Overrides config.concurrency.workers. */
  workers?: number;
  cwd?: string;
  /** Called after each article is read, skipped, stored or failed. */
  onProgress?: (counts: RunCounts) => void;
  /** Called with each problem as it is recorded (file, line, article, message). */
  onError?: (problem: { file: string | null; line: number | null; articleId: string | null; message: string }) => void;
  /** When it aborts, no more articles are read; work in flight is finished and committed. */
  signal?: AbortSignal;
}

export interface RunSummary {
  runId: number;
  counts: RunCounts;
  /** Total milliseconds per stage over all processed articles, plus "total" wall-clock time. */
  timings: Record<string, number>;
  tokens: number;
  seconds: number;
  threads: number;
  extractorVersion: string;
  interrupted: boolean;
}

/** "file:line" (or the file alone, when there is no line) for messages. */
function describePlace(place: ReadPlace): string {
  return place.line ? `${place.file}:${place.line}` : place.file;
}

/** The message for an article whose worker failed; running out of heap says which limit to raise. */
function workerFailure(error: unknown, heapMb: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `article too large for the worker heap (limits.workerHeapMb is ${heapMb} MB; about 100 MB per million characters is needed): ${describeError(error)}`;
  }
  return describeError(error);
}

/**
 * Runs the pipeline over `files` into the writer's database. Never throws for bad input. When the
 * store itself fails (disk full, read-only file: ClaimsError DB_WRITE), no more articles are read,
 * the work in flight is drained and the error is thrown; every batch committed before it stays.
 */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const { config, writer } = options;
  const started = performance.now();
  const version = extractorVersion(config.stages);
  const runId = writer.beginRun({
    configHash: createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16),
    extractorVersion: version,
    inputs: options.files,
  });
  const counts: RunCounts = { read: 0, unchanged: 0, processed: 0, failed: 0, sentences: 0, entities: 0, claims: 0 };
  const timings: Record<string, number> = {};
  let tokens = 0;
  const executor = await createExecutor(config.stages, options.workers ?? resolveWorkers(config.concurrency.workers), config.limits.workerHeapMb);
  // Every article in flight is handed to the pool at once, so the workers always have the next one
  // queued while this thread reads input or commits a batch (with a few per thread, they sat idle
  // through every commit). Back-pressure on reading is what bounds memory, below.
  const { inFlight } = config.concurrency;
  const queue = new PQueue({ concurrency: inFlight });
  let batch: ArticleRecords[] = [];
  // The first error that is not one article's problem (the store failing); it ends the run.
  let fatalError: unknown = null;

  const fail = (file: string | null, line: number | null, articleId: string | null, stage: string, message: string): void => {
    counts.failed++;
    writer.recordError({ runId, file, line, articleId, stage, message });
    options.onError?.({ file, line, articleId, message });
    options.onProgress?.(counts);
  };
  const flush = (): void => {
    if (batch.length === 0) return;
    const failures = writer.writeBatch(runId, batch);
    const failed = new Set(failures.map((failure) => failure.articleId));
    for (const records of batch) {
      if (failed.has(records.article.id)) continue;
      counts.processed++;
      counts.sentences += records.sentences.length;
      counts.entities += records.mentions.length;
      counts.claims += records.claims.length;
    }
    for (const failure of failures) {
      const origin = batch.find((records) => records.article.id === failure.articleId)?.article.origin;
      fail(origin?.file ?? null, origin?.line ?? null, failure.articleId, 'store', failure.message);
    }
    batch = [];
    options.onProgress?.(counts);
  };
  const accept = (records: ArticleRecords): void => {
    if (fatalError !== null) return;
    for (const [stage, ms] of Object.entries(records.timings)) timings[stage] = (timings[stage] ?? 0) + ms;
    tokens += records.tokenCount;
    const fatal = records.messages.find((message) => message.severity === 'fatal');
    if (fatal) {
      const { origin } = records.article;
      fail(origin.file, origin.line ?? null, records.article.id, fatal.stage, fatal.text);
      return;
    }
    batch.push(records);
    if (batch.length >= config.concurrency.batchSize) flush();
  };

  // Records are stored in the order their articles were read, whatever order the workers finish
  // them in, so two runs over the same input give every row the same id (articles, entities,
  // claims: a dashboard keyed on them sees no churn on a rebuild) with any number of workers. A
  // finished article waits here for the ones read before it; those waiting count as in flight, so
  // a slow article at the head holds back reading, not memory.
  let nextRead = 0;
  let nextStored = 0;
  const held = new Map<number, ArticleRecords | null>();
  const inFlightNow = (): number => queue.size + queue.pending + held.size;
  let wake: (() => void) | null = null;
  const settle = (seq: number, records: ArticleRecords | null): void => {
    held.set(seq, records);
    try {
      for (let next = held.get(nextStored); next !== undefined; next = held.get(nextStored)) {
        held.delete(nextStored++);
        if (next) accept(next);
      }
    } finally {
      wake?.();
    }
  };
  /** Resolves once fewer than `limit` articles are queued, running or waiting to be stored. */
  const inFlightBelow = (limit: number): Promise<void> =>
    new Promise((resolve) => {
      wake = () => {
        if (inFlightNow() >= limit) return;
        wake = null;
        resolve();
      };
      wake();
    });
  const chains = new Set<Promise<void>>();

  try {
    for await (const item of readArticles(options.files, { ...config.limits, cwd: options.cwd })) {
      if (options.signal?.aborted || fatalError !== null) break;
      if (item.kind === 'error') {
        fail(item.file, item.line, item.articleId, 'ingest', item.message);
        continue;
      }
      const { article } = item;
      counts.read++;
      // The store keeps the ids read so far: held here, they were the part of this thread's memory
      // that grew with the corpus (~7 MB per 100,000 articles, and V8 lets the heap grow with it).
      const first = writer.noteArticleRead(runId, article.id, { file: article.origin.file, line: article.origin.line ?? null });
      if (first !== null) {
        fail(article.origin.file, article.origin.line ?? null, article.id, 'ingest', `duplicate article id "${article.id}" (first read from ${describePlace(first)}); this copy was skipped`);
        continue;
      }
      const hash = contentHash(article);
      const stored = writer.getArticleState(article.id);
      if (!options.force && stored && stored.contentHash === hash && stored.extractorVersion === version) {
        counts.unchanged++;
        options.onProgress?.(counts);
        continue;
      }
      const seq = nextRead++;
      const chain = queue
        .add(() => executor.run({ article, contentHash: hash, extractorVersion: version }))
        .then(
          (records) => settle(seq, records ?? null),
          (error: unknown) => {
            fail(article.origin.file, article.origin.line ?? null, article.id, 'worker', workerFailure(error, config.limits.workerHeapMb));
            settle(seq, null);
          },
        )
        // Storing or recording failed: the store's problem, not the article's; kept for the end.
        .catch((error: unknown) => {
          fatalError ??= error;
        })
        .finally(() => chains.delete(chain));
      chains.add(chain);
      // Back-pressure: stop reading while enough articles are in flight, until half of them are done.
      if (inFlightNow() >= inFlight) await inFlightBelow(Math.max(1, Math.floor(inFlight / 2)));
    }
    // Every task's chain ends after its records are settled, so this also waits for the queue.
    await Promise.all(chains);
    if (fatalError === null) flush();
  } catch (error) {
    fatalError ??= error;
  } finally {
    await Promise.all(chains);
    await executor.close();
  }
  const interrupted = options.signal?.aborted ?? false;
  timings.total = performance.now() - started;
  if (fatalError !== null) {
    try {
      writer.finishRun(runId, counts, timings, 'failed');
    } catch {
      // The store is what failed, so the run row may not be writable either; the error says why.
    }
    throw fatalError;
  }
  writer.finishRun(runId, counts, timings, interrupted ? 'interrupted' : counts.failed > 0 ? 'failed' : 'ok');
  return {
    runId, counts, timings, tokens, seconds: timings.total / 1000, threads: executor.threads, extractorVersion: version, interrupted,
  };
}
