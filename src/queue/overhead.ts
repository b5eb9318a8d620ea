/**
 * The queue's own cost per job, for the benchmark: jobs with an empty payload sent, fetched and
 * completed through pg-boss with no work in between, in a scratch queue (in a scratch database: the
 * benchmark drops it afterwards).
 */
import { performance } from 'node:perf_hooks';
import { closeBoss, openBoss } from './boss.js';

/** Milliseconds per job for each part of a job's life in the queue. */
export interface QueueOverhead {
  jobs: number;
  batchSize: number;
  /** send(), one job per call, 8 in flight (as `claims run --queue` sends). */
  sendMs: number;
  /** fetch() plus complete() per job, batchSize jobs per fetch (as `claims worker` takes them). */
  fetchCompleteMs: number;
}

const SCRATCH_QUEUE = 'claims_bench_overhead';

/** Measures QueueOverhead with `jobs` jobs on the queue at `url`. */
export async function measureQueueOverhead(url: string, jobs: number, batchSize: number): Promise<QueueOverhead> {
  const boss = await openBoss(url, { applicationName: 'claims bench', poolSize: 8 });
  try {
    await boss.createQueue(SCRATCH_QUEUE);
    const payload = { article: { id: 'x' } };
    let t0 = performance.now();
    let next = 0;
    const sender = async (): Promise<void> => {
      while (next < jobs) {
        next++;
        await boss.send(SCRATCH_QUEUE, payload);
      }
    };
    await Promise.all(Array.from({ length: 8 }, sender));
    const sendMs = (performance.now() - t0) / jobs;
    t0 = performance.now();
    let done = 0;
    while (done < jobs) {
      const batch = await boss.fetch(SCRATCH_QUEUE, { batchSize, includeMetadata: true });
      if (batch.length === 0) break;
      await boss.complete(SCRATCH_QUEUE, batch.map((job) => job.id));
      done += batch.length;
    }
    const fetchCompleteMs = (performance.now() - t0) / Math.max(done, 1);
    return { jobs, batchSize, sendMs, fetchCompleteMs };
  } finally {
    await closeBoss(boss);
  }
}
