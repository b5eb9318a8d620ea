/**
 * The job queue (pg-boss inside PostgreSQL) that spreads the CPU stages over many processes and
 * machines: enqueue articles, work them off into any store, and report the queue's state.
 */
export { enqueueArticles, DEFAULT_JOB_SETTINGS, type EnqueueCounts, type EnqueueOptions, type JobSettings } from './enqueue.js';
export { ARTICLE_QUEUE, DEAD_LETTER_QUEUE, articleJobId, type ArticleJob, type JobFailure } from './jobs.js';
export { readQueueStatus, type DeadLetter, type QueueStatus } from './status.js';
export { runWorker, type WorkerCounts, type WorkerOptions, type WorkerSummary } from './worker.js';
export { TEST_FAULTS_ENV } from './faults.js';
export { measureQueueOverhead, type QueueOverhead } from './overhead.js';
