/**
 * `claims worker`: takes article jobs from the queue, runs the CPU stages on them in this process and
 * stores the records through the ordinary StoreWriter, until stopped. Run one per core, on as many
 * machines as the store can take (docs/scale-out.md).
 *
 * Delivery is at least once, so handling a job is idempotent: an article whose stored content hash
 * and extractor version already match is skipped, and storing one replaces all of its rows atomically
 * (under its own savepoint in the transaction of its batch; `--batch-size 1` makes that one
 * transaction per article). A stage that throws fails the job; pg-boss retries it and, when the retries are used
 * up, moves it to the dead-letter queue (the error goes with it and into the store's errors table).
 * A worker killed mid-job leaves its jobs active until they expire; pg-boss then hands them to
 * another worker.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import type { Config } from '../config/schema.js';
import { describeError } from '../errors.js';
import type { ArticleRecords } from '../model/records.js';
import { processArticle } from '../pipeline/process.js';
import type { Stage } from '../pipeline/stage.js';
import { extractorVersion } from '../pipeline/version.js';
import { openWriter, redactUrl, type RunCounts, type StoreWriter } from '../store/index.js';
import { closeBoss, openBoss } from './boss.js';
import { withTestFaults } from './faults.js';
import { ARTICLE_QUEUE, DEAD_LETTER_QUEUE, type ArticleJob, type JobFailure } from './jobs.js';

/** Options of runWorker. */
export interface WorkerOptions {
  /** postgres:// URL of the database holding the queue. */
  queueUrl: string;
  /** The store: a postgres:// URL (any number of workers) or a SQLite file (one machine). */
  db: string;
  config: Config;
  /** Jobs taken per fetch; all of them are finished before the worker stops. */
  batchSize: number;
  /** Seconds to wait before asking again when the queue had nothing. */
  pollSeconds: number;
  /** How often this worker runs pg-boss maintenance (expiring the jobs of dead workers). */
  maintenanceSeconds: number;
  /** Return once the queue has no queued, retrying or active article job. */
  untilEmpty?: boolean;
  /** When it aborts, no more jobs are taken; those in hand are finished, then runWorker returns. */
  signal?: AbortSignal;
  /** Called after each batch with the counts so far. */
  onProgress?: (counts: WorkerCounts) => void;
  /** Called for each article job that failed, with whether it went to the dead-letter queue. */
  onFailure?: (failure: JobFailure & { deadLettered: boolean; attempt: number }) => void;
  /** Called with errors pg-boss reports from its timers (lost connection, maintenance). */
  onError?: (error: Error) => void;
}

/** What a worker did, by job outcome. */
export interface WorkerCounts extends RunCounts {
  /** Jobs taken from the queue (retries included). */
  jobs: number;
  /** Jobs failed back to the queue for a retry. */
  retried: number;
  /** Jobs whose last retry failed: now in the dead-letter queue. */
  deadLettered: number;
}

/** The summary runWorker returns. */
export interface WorkerSummary {
  runId: number;
  counts: WorkerCounts;
  /**
   * Milliseconds: per stage, `store` (state checks and writes), `queue` (fetching, completing and
   * failing jobs), `idle` (waiting on an empty queue), `startup` (opening the store and the queue,
   * building the stages) and `total` wall-clock time.
   */
  timings: Record<string, number>;
  seconds: number;
  /** CPU time this process used (user + system), seconds: what a worker core must supply. */
  cpuSeconds: number;
  extractorVersion: string;
}

type Outcome =
  | { kind: 'stored'; records: ArticleRecords }
  | { kind: 'unchanged' }
  | { kind: 'rejected'; failure: JobFailure }
  | { kind: 'crashed'; failure: JobFailure };

/** Processes article jobs until the signal aborts (or, with untilEmpty, the queue is drained). */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const { config } = options;
  const version = extractorVersion(config.stages);
  // Imported here: the CLI reaches this module from every command (`claims run` through its --queue
  // option), and the stages' modules and word lists took ~15 MB of the main thread's heap (~40 MB
  // of RSS) in a `claims run` whose stages run in worker threads.
  const { buildStages } = await import('../pipeline/registry.js');
  const stages = withTestFaults(buildStages(config.stages));
  const writer = openWriter(options.db);
  const counts: WorkerCounts = {
    read: 0, unchanged: 0, processed: 0, failed: 0, sentences: 0, entities: 0, claims: 0, jobs: 0, retried: 0, deadLettered: 0,
  };
  const timings: Record<string, number> = { store: 0, queue: 0, idle: 0 };
  let runId = 0;
  let boss: PgBoss | null = null;
  try {
    runId = writer.beginRun({
      configHash: createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16),
      extractorVersion: version,
      inputs: [`queue ${ARTICLE_QUEUE} at ${redactUrl(options.queueUrl)}`],
    });
    boss = await openBoss(options.queueUrl, {
      applicationName: 'claims worker',
      maintenanceSeconds: options.maintenanceSeconds,
      poolSize: 2,
      onError: options.onError,
    });
    timings.startup = performance.now() - started;
    const timed = async <T>(bucket: string, work: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      try {
        return await work();
      } finally {
        timings[bucket] = (timings[bucket] ?? 0) + performance.now() - t0;
      }
    };

    while (!options.signal?.aborted) {
      const jobs = await timed('queue', () =>
        boss!.fetch<ArticleJob>(ARTICLE_QUEUE, { batchSize: options.batchSize, includeMetadata: true }),
      );
      if (jobs.length === 0) {
        if (options.untilEmpty && (await timed('queue', () => isDrained(boss!)))) break;
        await timed('idle', () => sleep(options.pollSeconds * 1000, undefined, { signal: options.signal }).catch(() => undefined));
        continue;
      }
      const outcomes = processJobs(jobs.map((job) => job.data), { writer, runId, version, stages, timings });
      const done: string[] = [];
      for (const [i, job] of jobs.entries()) {
        counts.jobs++;
        const outcome = outcomes[i]!;
        if (outcome.kind === 'crashed') {
          const deadLettered = job.retryCount >= job.retryLimit;
          if (deadLettered) {
            counts.failed++;
            counts.deadLettered++;
            const message = `${outcome.failure.message} (gave up after ${job.retryCount + 1} attempts; the job is in the ${DEAD_LETTER_QUEUE} queue)`;
            writer.recordError({ runId, file: job.data.article?.origin?.file ?? null, line: job.data.article?.origin?.line ?? null, articleId: outcome.failure.articleId, stage: outcome.failure.stage, message });
          } else {
            counts.retried++;
          }
          options.onFailure?.({ ...outcome.failure, deadLettered, attempt: job.retryCount + 1 });
          await timed('queue', () => boss!.fail(ARTICLE_QUEUE, job.id, outcome.failure));
          continue;
        }
        counts.read++;
        if (outcome.kind === 'unchanged') counts.unchanged++;
        else if (outcome.kind === 'rejected') {
          counts.failed++;
          options.onFailure?.({ ...outcome.failure, deadLettered: false, attempt: job.retryCount + 1 });
        } else {
          counts.processed++;
          counts.sentences += outcome.records.sentences.length;
          counts.entities += outcome.records.mentions.length;
          counts.claims += outcome.records.claims.length;
        }
        done.push(job.id);
      }
      if (done.length > 0) await timed('queue', () => boss!.complete(ARTICLE_QUEUE, done));
      options.onProgress?.(counts);
    }
  } finally {
    if (boss !== null) await closeBoss(boss).catch(() => undefined);
    timings.total = performance.now() - started;
    if (runId !== 0) {
      try {
        writer.finishRun(runId, counts, timings, options.signal?.aborted ? 'interrupted' : counts.failed > 0 ? 'failed' : 'ok');
      } catch (error) {
        options.onError?.(new Error(`could not record the end of run ${runId}: ${describeError(error)}`));
      }
    }
    writer.close();
  }
  const cpu = process.cpuUsage(cpuAtStart);
  return { runId, counts, timings, seconds: timings.total! / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, extractorVersion: version };
}

/** Whether the article queue has nothing queued, waiting for a retry, or active. */
async function isDrained(boss: PgBoss): Promise<boolean> {
  // States are ordered created < retry < active < completed < ...
  return (await boss.getQueueSize(ARTICLE_QUEUE, { before: 'completed' })) === 0;
}

interface HandleContext {
  writer: StoreWriter;
  runId: number;
  version: string;
  stages: readonly Stage[];
  timings: Record<string, number>;
}

/**
 * Handles the jobs of one fetch: skips the articles already stored unchanged, runs the stages on the
 * others, then stores them with one writeBatch (one transaction, each article under its own savepoint,
 * as `claims run` stores a batch), so an article is stored whole or not at all and a crash before the
 * commit leaves none of the batch stored (its jobs come back and are redone).
 *
 * Never throws. A stage that threw, a store that refused the article or a malformed payload is a
 * `crashed` outcome (the job is failed, so retried); a fatal problem a stage recorded as data is
 * `rejected` (recorded in the errors table, as `claims run` does, and not retried: it would fail the
 * same way again).
 */
function processJobs(jobs: ArticleJob[], context: HandleContext): Outcome[] {
  const { writer, runId, version, timings } = context;
  const storeTime = <T>(work: () => T): T => {
    const t0 = performance.now();
    try {
      return work();
    } finally {
      timings.store = (timings.store ?? 0) + performance.now() - t0;
    }
  };
  const outcomes: Outcome[] = jobs.map((job) => {
    const articleId = typeof job?.article?.id === 'string' ? job.article.id : '(unknown)';
    try {
      const { article, contentHash } = job;
      const stored = storeTime(() => writer.getArticleState(article.id));
      if (!job.force && stored !== null && stored.contentHash === contentHash && stored.extractorVersion === version) {
        return { kind: 'unchanged' };
      }
      const records = processArticle(context.stages, { article, contentHash, extractorVersion: version });
      for (const [stage, ms] of Object.entries(records.timings)) timings[stage] = (timings[stage] ?? 0) + ms;
      const fatal = records.messages.find((message) => message.severity === 'fatal');
      if (fatal?.rule === 'stage-threw') return { kind: 'crashed', failure: { articleId, stage: fatal.stage, message: fatal.text } };
      if (fatal) {
        const failure = { articleId, stage: fatal.stage, message: fatal.text };
        storeTime(() => writer.recordError({ runId, file: article.origin.file, line: article.origin.line ?? null, ...failure }));
        return { kind: 'rejected', failure };
      }
      return { kind: 'stored', records };
    } catch (error) {
      return { kind: 'crashed', failure: { articleId, stage: 'worker', message: describeError(error) } };
    }
  });

  const ready = outcomes.flatMap((outcome) => (outcome.kind === 'stored' ? [outcome.records] : []));
  let failures: Map<string, string>;
  try {
    failures = new Map(storeTime(() => writer.writeBatch(runId, ready)).map((failure) => [failure.articleId, failure.message]));
  } catch (error) {
    // The whole batch failed (the connection dropped): every article in it goes back to the queue.
    const message = describeError(error);
    failures = new Map(ready.map((records) => [records.article.id, message]));
  }
  return outcomes.map((outcome) => {
    if (outcome.kind !== 'stored') return outcome;
    const message = failures.get(outcome.records.article.id);
    return message === undefined ? outcome : { kind: 'crashed', failure: { articleId: outcome.records.article.id, stage: 'store', message } };
  });
}
