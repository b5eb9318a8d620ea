/**
 * Opening pg-boss for this program: its own schema (`pgboss`) in the queue database, the article
 * queue and its dead-letter queue created on first use, and errors reported instead of thrown from
 * timers. Nothing else in the program imports pg-boss.
 */
import type PgBoss from 'pg-boss';
import { ClaimsError, describeError } from '../errors.js';
import { redactUrl } from '../store/index.js';
import { ARTICLE_QUEUE, DEAD_LETTER_QUEUE } from './jobs.js';

/** Options of openBoss. */
export interface BossOptions {
  /** Shown in pg_stat_activity. */
  applicationName: string;
  /**
   * Run pg-boss maintenance in this process: expiring jobs whose worker died (so another worker
   * retries them) and archiving finished ones. Workers do; `claims run --queue` and `status` don't.
   */
  maintenanceSeconds?: number;
  /** Connections in pg-boss's pool. */
  poolSize?: number;
  /** Called with errors pg-boss reports from its background timers. */
  onError?: (error: Error) => void;
}

/**
 * Connects pg-boss to `url`, installing or migrating its schema if needed, and makes sure the article
 * and dead-letter queues exist. Throws DB_OPEN naming the URL (without password) when it cannot.
 */
export async function openBoss(url: string, options: BossOptions): Promise<PgBoss> {
  // Imported here, not at the top: every command module reaches this file, and pg-boss with its
  // dependencies took ~18 MB of the main thread's heap (~45 MB of RSS) in `claims run` on a SQLite
  // file, where V8 then let the heap grow by a multiple of that beside the pipeline's own.
  const { default: PgBossClass } = await import('pg-boss');
  const boss = new PgBossClass({
    connectionString: url,
    application_name: options.applicationName,
    max: options.poolSize ?? 4,
    schedule: false,
    supervise: options.maintenanceSeconds !== undefined,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 120,
  });
  boss.on('error', (error) => options.onError?.(error));
  try {
    await boss.start();
    // The dead-letter queue must exist before a queue can name it.
    await boss.createQueue(DEAD_LETTER_QUEUE);
    await boss.createQueue(ARTICLE_QUEUE, { name: ARTICLE_QUEUE, deadLetter: DEAD_LETTER_QUEUE });
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw new ClaimsError('DB_OPEN', `cannot open the job queue at ${redactUrl(url)}: ${describeError(error)}`, { cause: error });
  }
  return boss;
}

/** Per-state job counts of one queue, as pg-boss keeps them. */
export interface StateCounts {
  created: number;
  retry: number;
  active: number;
  completed: number;
  cancelled: number;
  failed: number;
}

/** Counts of jobs per state for every queue (pg-boss's countStates, the data of its monitor-states event). */
export async function countStates(boss: PgBoss): Promise<Record<string, StateCounts>> {
  const states = await (boss as unknown as { countStates(): Promise<PgBoss.MonitorStates> }).countStates();
  return states.queues;
}

/** Stops pg-boss and closes its pool, waiting for nothing (this program runs no pg-boss workers). */
export async function closeBoss(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: false, wait: true, close: true });
}
