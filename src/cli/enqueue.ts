/**
 * The queue mode of `claims run`: `claims run INPUTS --queue URL` queues one job per article for
 * `claims worker` instead of processing it here; with --wait it then follows the queue until every
 * job is done or dead-lettered.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config/schema.js';
import { DEFAULT_JOB_SETTINGS, enqueueArticles, readQueueStatus, type EnqueueCounts, type QueueStatus } from '../queue/index.js';
import { redactUrl } from '../store/index.js';
import { say } from './common.js';
import { parseNumber, parseQueueUrl } from './queue-options.js';

/** The options of `claims run` that matter in queue mode. */
export interface EnqueueCommandOptions {
  queue?: string;
  force?: boolean;
  retries?: string;
  retryDelay?: string;
  jobTimeout?: string;
  wait?: boolean;
  json?: boolean;
  quiet?: boolean;
}

/** Queues the articles of `files`; sets process.exitCode 1 when some could not be read or failed. */
export async function enqueueCommand(files: string[], inputs: string[], config: Config, options: EnqueueCommandOptions): Promise<void> {
  const queueUrl = parseQueueUrl(options.queue);
  const jobs = {
    retries: parseNumber(options.retries, '--retries', DEFAULT_JOB_SETTINGS.retries, 0),
    retryDelaySeconds: parseNumber(options.retryDelay, '--retry-delay', DEFAULT_JOB_SETTINGS.retryDelaySeconds, 0),
    timeoutSeconds: parseNumber(options.jobTimeout, '--job-timeout', DEFAULT_JOB_SETTINGS.timeoutSeconds, 1),
  };
  const controller = new AbortController();
  const onSigint = (): void => {
    say('interrupted: no more articles are queued (those queued stay queued)');
    controller.abort();
    process.once('SIGINT', () => process.exit(130));
  };
  process.once('SIGINT', onSigint);
  let last = Date.now();
  const started = Date.now();
  let counts: EnqueueCounts;
  try {
    counts = await enqueueArticles({
      files,
      config,
      queueUrl,
      jobs,
      force: options.force,
      signal: controller.signal,
      onProgress: (c) => {
        if (options.quiet || Date.now() - last < 2000) return;
        last = Date.now();
        say(`progress: ${c.queued} queued, ${c.alreadyQueued} already queued, ${c.failed} failed`);
      },
      onError: (problem) => {
        if (options.quiet) return;
        const where = [problem.file, problem.line].filter((part) => part !== null).join(':');
        say(`error: ${where || problem.articleId}: ${problem.message}`);
      },
    });
  } finally {
    process.off('SIGINT', onSigint);
  }
  const seconds = (Date.now() - started) / 1000;
  say(`articles: ${counts.read} read, ${counts.queued} queued, ${counts.alreadyQueued} already queued, ${counts.failed} failed (${seconds.toFixed(2)} s)`);
  say(`queue:    ${redactUrl(queueUrl)} — start workers with \`claims worker --queue URL --db URL\``);
  let status: QueueStatus | null = null;
  if (options.wait && !controller.signal.aborted) status = await waitForQueue(queueUrl, Boolean(options.quiet));
  if (options.json) process.stdout.write(`${JSON.stringify({ queue: redactUrl(queueUrl), inputs, seconds, counts, status })}\n`);
  if (counts.failed > 0 || controller.signal.aborted || (status !== null && status.failed > 0)) process.exitCode = 1;
}

/** Polls the queue until nothing is queued, retrying or active; returns the final status. */
async function waitForQueue(queueUrl: string, quiet: boolean): Promise<QueueStatus> {
  let lastLine = '';
  for (;;) {
    const status = await readQueueStatus(queueUrl, 0);
    const line = `waiting: ${status.queued} queued, ${status.retrying} retrying, ${status.active} active, ${status.done} done, ${status.failed} failed`;
    if (!quiet && line !== lastLine) say(line);
    lastLine = line;
    if (status.queued + status.retrying + status.active === 0) return status;
    await sleep(1000);
  }
}
