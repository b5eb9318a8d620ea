/**
 * `claims run INPUTS --queue URL`: reads the inputs with the ordinary ingest stage and queues one job
 * per article instead of processing it. The job id is derived from the article id and its content
 * hash (jobs.ts), so submitting the same inputs again queues nothing new; a changed article gets a new
 * job. Ingest problems are reported and counted here: there is no store to record them in.
 */
import PQueue from 'p-queue';
import type PgBoss from 'pg-boss';
import type { Config } from '../config/schema.js';
import { describeError } from '../errors.js';
import { contentHash } from '../pipeline/version.js';
import { readArticles } from '../stages/ingest/index.js';
import { closeBoss, openBoss } from './boss.js';
import { ARTICLE_QUEUE, articleJobId, type ArticleJob } from './jobs.js';

/** Retry and expiry settings carried by each job (pg-boss applies them per job). */
export interface JobSettings {
  /** Retries after the first attempt before the job goes to the dead-letter queue. */
  retries: number;
  /** Seconds before the first retry; doubled (with jitter) for each further one. */
  retryDelaySeconds: number;
  /** Seconds a job may stay active before pg-boss takes it back from its (presumably dead) worker. */
  timeoutSeconds: number;
}

/** Default JobSettings: three attempts, a minute's expiry (an article takes milliseconds). */
export const DEFAULT_JOB_SETTINGS: JobSettings = { retries: 2, retryDelaySeconds: 10, timeoutSeconds: 60 };

/** Options of enqueueArticles. */
export interface EnqueueOptions {
  files: string[];
  config: Config;
  queueUrl: string;
  jobs: JobSettings;
  /** Queue every article again, even one already queued or stored unchanged. */
  force?: boolean;
  cwd?: string;
  signal?: AbortSignal;
  onProgress?: (counts: EnqueueCounts) => void;
  onError?: (problem: { file: string | null; line: number | null; articleId: string | null; message: string }) => void;
}

/** What enqueueArticles did. */
export interface EnqueueCounts {
  read: number;
  /** New jobs. */
  queued: number;
  /** Articles whose job (same id and content) was already in the queue: nothing added. */
  alreadyQueued: number;
  /** Files, lines or articles that could not be read (or queued). */
  failed: number;
}

/** Reads `files` and queues one job per article; never throws for bad input. */
export async function enqueueArticles(options: EnqueueOptions): Promise<EnqueueCounts> {
  const counts: EnqueueCounts = { read: 0, queued: 0, alreadyQueued: 0, failed: 0 };
  const fail = (file: string | null, line: number | null, articleId: string | null, message: string): void => {
    counts.failed++;
    options.onError?.({ file, line, articleId, message });
    options.onProgress?.(counts);
  };
  const boss: PgBoss = await openBoss(options.queueUrl, { applicationName: 'claims enqueue', poolSize: 8 });
  // A handful of inserts in flight hides the round trip without flooding the server.
  const sending = new PQueue({ concurrency: 8 });
  const seen = new Map<string, string>();
  try {
    for await (const item of readArticles(options.files, { ...options.config.limits, cwd: options.cwd })) {
      if (options.signal?.aborted) break;
      if (item.kind === 'error') {
        fail(item.file, item.line, item.articleId, item.message);
        continue;
      }
      const { article } = item;
      counts.read++;
      const where = `${article.origin.file}${article.origin.line ? `:${article.origin.line}` : ''}`;
      const firstSeen = seen.get(article.id);
      if (firstSeen !== undefined) {
        fail(article.origin.file, article.origin.line ?? null, article.id, `duplicate article id "${article.id}" (first read from ${firstSeen}); this copy was skipped`);
        continue;
      }
      seen.set(article.id, where);
      const hash = contentHash(article);
      const data: ArticleJob = options.force ? { article, contentHash: hash, force: true } : { article, contentHash: hash };
      void sending
        .add(() =>
          boss.send(ARTICLE_QUEUE, data, {
            id: articleJobId(article.id, hash, options.force),
            singletonKey: article.id,
            retryLimit: options.jobs.retries,
            retryDelay: options.jobs.retryDelaySeconds,
            retryBackoff: options.jobs.retryDelaySeconds > 0,
            expireInSeconds: options.jobs.timeoutSeconds,
          }),
        )
        .then((id) => {
          if (id === null) counts.alreadyQueued++;
          else counts.queued++;
          options.onProgress?.(counts);
        })
        .catch((error: unknown) => fail(article.origin.file, article.origin.line ?? null, article.id, `cannot queue: ${describeError(error)}`));
      if (sending.size >= 64) await sending.onSizeLessThan(32);
    }
    await sending.onIdle();
  } finally {
    await closeBoss(boss);
  }
  return counts;
}
