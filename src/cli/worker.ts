/**
 * `claims worker --queue URL --db URL`: processes queued articles into the store until stopped. SIGTERM
 * or Ctrl-C lets it finish the jobs in hand and exit; a second one exits at once (its jobs are then
 * retried by another worker once they expire, as after a crash).
 */
import type { Command } from 'commander';
import { runWorker, type WorkerSummary } from '../queue/index.js';
import { redactUrl } from '../store/index.js';
import { addDbOptions, resolveDb, say, type DbOptions } from './common.js';
import { parseNumber, parseQueueUrl } from './queue-options.js';

interface WorkerCommandOptions extends DbOptions {
  queue?: string;
  batchSize?: string;
  poll?: string;
  maintenance?: string;
  untilEmpty?: boolean;
  json?: boolean;
  quiet?: boolean;
}

/** The human summary printed when a worker stops. */
export function formatWorkerSummary(summary: WorkerSummary): string {
  const { counts, timings } = summary;
  const stageMs = Object.entries(timings)
    .filter(([name]) => !['store', 'queue', 'idle', 'startup', 'total'].includes(name))
    .reduce((sum, [, ms]) => sum + ms, 0);
  const perJob = (ms: number): string => (counts.jobs > 0 ? `${(ms / counts.jobs).toFixed(2)} ms/job` : '-');
  return [
    `jobs:     ${counts.jobs} taken: ${counts.processed} stored, ${counts.unchanged} unchanged, ${counts.failed} failed, ` +
      `${counts.retried} retried later, ${counts.deadLettered} dead-lettered`,
    `records:  ${counts.sentences} sentences, ${counts.entities} entity mentions, ${counts.claims} claims`,
    `time:     ${summary.seconds.toFixed(2)} s: stages ${perJob(stageMs)}, store ${perJob(timings.store ?? 0)}, ` +
      `queue ${perJob(timings.queue ?? 0)}, idle ${((timings.idle ?? 0) / 1000).toFixed(2)} s`,
  ].join('\n');
}

/** Adds `claims worker`. */
export function registerWorker(program: Command): void {
  addDbOptions(
    program
      .command('worker')
      .description('process queued articles (from `claims run --queue`) into the store until stopped')
      .option('--queue <url>', 'postgres:// URL of the database that holds the job queue')
      .option('--batch-size <n>', 'jobs taken per fetch; all are finished before the worker stops', '5')
      .option('--poll <seconds>', 'wait this long before asking again when the queue is empty', '1')
      .option('--maintenance <seconds>', 'how often to take back the jobs of workers that died (pg-boss maintenance)', '30')
      .option('--until-empty', 'exit once no job is queued, retrying or active')
      .option('--json', 'print the summary as JSON on stdout when stopping')
      .option('--quiet', 'no progress or per-article error lines on stderr'),
  ).action(async (options: WorkerCommandOptions) => {
    const queueUrl = parseQueueUrl(options.queue);
    const batchSize = parseNumber(options.batchSize, '--batch-size', 5, 1);
    const pollSeconds = parseNumber(options.poll, '--poll', 1, 0.05, false);
    const maintenanceSeconds = parseNumber(options.maintenance, '--maintenance', 30, 1);
    const { loaded, dbPath } = resolveDb(options);
    const controller = new AbortController();
    const stop = (signal: NodeJS.Signals): void => {
      if (!options.quiet) say(`${signal}: finishing the jobs in hand, then stopping (again to stop now)`);
      controller.abort();
      process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    if (!options.quiet) say(`worker ${process.pid}: queue ${redactUrl(queueUrl)} -> store ${redactUrl(dbPath)}`);
    let last = Date.now();
    let summary: WorkerSummary;
    try {
      summary = await runWorker({
        queueUrl,
        db: dbPath,
        config: loaded.config,
        batchSize,
        pollSeconds,
        maintenanceSeconds,
        untilEmpty: Boolean(options.untilEmpty),
        signal: controller.signal,
        onProgress: (counts) => {
          if (options.quiet || Date.now() - last < 5000) return;
          last = Date.now();
          say(`progress: ${counts.jobs} jobs, ${counts.processed} stored, ${counts.unchanged} unchanged, ${counts.failed} failed`);
        },
        onFailure: (failure) => {
          if (options.quiet) return;
          const fate = failure.deadLettered ? 'dead-lettered' : 'will be retried';
          say(`error: ${failure.articleId} (attempt ${failure.attempt}, ${failure.stage}): ${failure.message} — ${fate}`);
        },
        onError: (error) => {
          if (!options.quiet) say(`queue: ${error.message}`);
        },
      });
    } finally {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
    }
    if (options.json) process.stdout.write(`${JSON.stringify({ pid: process.pid, ...summary })}\n`);
    if (!options.quiet) say(formatWorkerSummary(summary));
  });
}
