/**
 * `claims status --queue URL`: how many article jobs are queued, retrying, active, done, failed and
 * dead-lettered, and the latest dead letters with their errors.
 */
import { countStates, closeBoss, openBoss } from './boss.js';
import { ARTICLE_QUEUE, DEAD_LETTER_QUEUE, type JobFailure } from './jobs.js';

/** Job counts of the article queue, and its dead letters. */
export interface QueueStatus {
  /** Waiting for a worker. */
  queued: number;
  /** Failed, waiting for their retry delay. */
  retrying: number;
  /** Held by a worker now (or by one that died, until they expire). */
  active: number;
  done: number;
  /** Failed for good (their copies are the dead letters). */
  failed: number;
  cancelled: number;
  /** Jobs in the dead-letter queue. */
  deadLettered: number;
  /** The latest dead letters, newest first. */
  deadLetters: DeadLetter[];
}

/** One article job that used up its retries. */
export interface DeadLetter extends Partial<JobFailure> {
  articleId: string;
  /** ISO-8601 time it was dead-lettered. */
  at: string;
}

/** Reads the queue's counts and up to `deadLimit` dead letters. */
export async function readQueueStatus(queueUrl: string, deadLimit = 10): Promise<QueueStatus> {
  const boss = await openBoss(queueUrl, { applicationName: 'claims status', poolSize: 1 });
  try {
    const states = await countStates(boss);
    const articles = states[ARTICLE_QUEUE];
    const dead = states[DEAD_LETTER_QUEUE];
    const deadCount = dead ? dead.created + dead.retry + dead.active + dead.completed + dead.cancelled + dead.failed : 0;
    // pg-boss has no call that lists a queue's jobs without taking them, so this one reads its job
    // table (a documented part of pg-boss) directly, read-only.
    const { rows } = await boss.getDb().executeSql(
      `SELECT data #>> '{article,id}' AS article_id, output, created_on FROM pgboss.job
       WHERE name = $1 ORDER BY created_on DESC, id LIMIT $2`,
      [DEAD_LETTER_QUEUE, deadLimit],
    );
    return {
      queued: articles?.created ?? 0,
      retrying: articles?.retry ?? 0,
      active: articles?.active ?? 0,
      done: articles?.completed ?? 0,
      failed: articles?.failed ?? 0,
      cancelled: articles?.cancelled ?? 0,
      deadLettered: deadCount,
      deadLetters: (rows as { article_id: string | null; output: Partial<JobFailure> | null; created_on: Date }[]).map((row) => ({
        articleId: row.article_id ?? '(unknown)',
        stage: row.output?.stage,
        message: row.output?.message,
        at: row.created_on.toISOString(),
      })),
    };
  } finally {
    await closeBoss(boss);
  }
}
