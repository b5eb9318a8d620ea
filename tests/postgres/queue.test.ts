/**
 * The job queue for real: `claims run --queue` into pg-boss on a PostgreSQL server, `claims worker`
 * processes as separate OS processes writing into a Postgres store, and the records compared with a
 * plain SQLite run over the same generated corpus. Worker processes are killed with SIGKILL and
 * stopped with SIGTERM mid-job, and a poison article is made to crash a stage every time through the
 * test-only CLAIMS_TEST_FAULTS hook (src/queue/faults.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claims,
  claimsOk,
  createDatabase,
  dropDatabase,
  findPostgres,
  generateArticles,
  query,
  sortedLines,
  startClaims,
  waitFor,
  writeCorpus,
  type Background,
} from './helpers.js';

const base = await findPostgres('tests/postgres/queue');

interface WorkerJson {
  pid: number;
  runId: number;
  counts: { jobs: number; processed: number; unchanged: number; failed: number; retried: number; deadLettered: number };
}

/** A worker that drains the queue and exits, reporting its summary as JSON. */
function startWorker(url: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Background {
  return startClaims(['worker', '--queue', url, '--db', url, '--poll', '0.2', '--maintenance', '1', '--json', '--quiet', ...extra], env);
}

async function finished(worker: Background): Promise<WorkerJson> {
  const result = await worker.exited;
  if (result.code !== 0) throw new Error(`worker exited ${result.code ?? result.signal}: ${result.stderr}`);
  return JSON.parse(result.stdout) as WorkerJson;
}

/** The state of the job of one article (its latest one). */
async function jobOf(url: string, articleId: string): Promise<{ state: string; retry_count: number } | undefined> {
  const rows = await query<{ state: string; retry_count: number }>(
    url,
    `SELECT state, retry_count FROM pgboss.job WHERE name = 'claims_articles' AND data #>> '{article,id}' = $1 ORDER BY created_on DESC LIMIT 1`,
    [articleId],
  );
  return rows[0];
}

describe.skipIf(base === null)('claims worker over a pg-boss queue in PostgreSQL', () => {
  let dir: string;
  const databases: string[] = [];

  const newDatabase = async (prefix: string): Promise<string> => {
    const url = await createDatabase(base!, prefix);
    databases.push(url);
    return url;
  };
  /** Exports of a plain SQLite run over `corpus`: the reference every queue run must equal. */
  const referenceExports = (corpus: string, name: string): { claims: string[]; mentions: string[] } => {
    const sqlite = join(dir, `${name}.sqlite`);
    claimsOk(['run', corpus, '--db', sqlite, '--quiet']);
    return {
      claims: sortedLines(claimsOk(['export', '--db', sqlite])),
      mentions: sortedLines(claimsOk(['export', '--db', sqlite, '--entities'])),
    };
  };
  const exportsOf = (url: string): { claims: string[]; mentions: string[] } => ({
    claims: sortedLines(claimsOk(['export', '--db', url])),
    mentions: sortedLines(claimsOk(['export', '--db', url, '--entities'])),
  });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claims-pg-queue-'));
  });
  afterAll(async () => {
    for (const url of databases) await dropDatabase(base!, url);
    rmSync(dir, { recursive: true, force: true });
  });

  it('three worker processes store 2,000 articles record for record as a plain SQLite run does', async () => {
    const corpus = writeCorpus(generateArticles(2000, 11, 'bulk'));
    const reference = referenceExports(corpus, 'bulk');
    const url = await newDatabase('claims_bulk');

    const queued = claims(['run', corpus, '--queue', url, '--json', '--quiet']);
    expect(queued.status).toBe(0);
    expect(JSON.parse(queued.stdout).counts).toEqual({ read: 2000, queued: 2000, alreadyQueued: 0, failed: 0 });

    const summaries = await Promise.all([1, 2, 3].map(() => finished(startWorker(url, ['--until-empty']))));
    for (const summary of summaries) expect(summary.counts.processed).toBeGreaterThan(0);
    expect(summaries.reduce((sum, s) => sum + s.counts.processed + s.counts.unchanged, 0)).toBe(2000);
    expect(summaries.reduce((sum, s) => sum + s.counts.failed, 0)).toBe(0);

    const stored = exportsOf(url);
    expect(stored.claims.length).toBeGreaterThan(4000);
    expect(stored.claims).toEqual(reference.claims);
    expect(stored.mentions).toEqual(reference.mentions);

    const status = JSON.parse(claimsOk(['status', '--queue', url, '--json'])) as { done: number; queued: number; failed: number; deadLettered: number };
    expect(status).toMatchObject({ done: 2000, queued: 0, failed: 0, deadLettered: 0 });

    // Submitting the same articles again queues nothing: each job id is the article id + content hash.
    const again = JSON.parse(claimsOk(['run', corpus, '--queue', url, '--json', '--quiet'])) as { counts: Record<string, number> };
    expect(again.counts).toMatchObject({ queued: 0, alreadyQueued: 2000 });
  }, 300_000);

  it('a worker killed with SIGKILL mid-job: its jobs expire, another worker retries them, one set of records per article', async () => {
    const articles = generateArticles(200, 23, 'kill');
    const stalled = articles[7]!.id;
    const corpus = writeCorpus(articles);
    const reference = referenceExports(corpus, 'kill');
    const url = await newDatabase('claims_kill');
    claimsOk(['run', corpus, '--queue', url, '--job-timeout', '2', '--retry-delay', '0', '--quiet']);

    const victim = startWorker(url, ['--batch-size', '5'], { CLAIMS_TEST_FAULTS: JSON.stringify({ stall: { [stalled]: 600_000 } }) });
    await waitFor(`job of ${stalled} to be active`, async () => (await jobOf(url, stalled))?.state === 'active');
    victim.child.kill('SIGKILL');
    expect((await victim.exited).signal).toBe('SIGKILL');
    const held = await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'claims_articles' AND state = 'active'");
    expect(held[0]!.n).toBeGreaterThanOrEqual(1);

    const summaries = await Promise.all([1, 2].map(() => finished(startWorker(url, ['--until-empty']))));
    expect(summaries.reduce((sum, s) => sum + s.counts.failed, 0)).toBe(0);
    expect(await jobOf(url, stalled)).toMatchObject({ state: 'completed', retry_count: 1 });

    const counts = await query<{ articles: number; distinct_claims: number; claims: number }>(
      url,
      `SELECT (SELECT count(*)::int FROM articles) AS articles,
         (SELECT count(*)::int FROM claims) AS claims,
         (SELECT count(DISTINCT (article_id, idx))::int FROM claims) AS distinct_claims`,
    );
    expect(counts[0]).toMatchObject({ articles: 200 });
    expect(counts[0]!.claims).toBe(counts[0]!.distinct_claims);
    const stored = exportsOf(url);
    expect(stored.claims).toEqual(reference.claims);
    expect(stored.mentions).toEqual(reference.mentions);
  }, 180_000);

  it('SIGTERM: the worker finishes the jobs in hand, then exits 0 and leaves none active', async () => {
    const articles = generateArticles(60, 31, 'term');
    const slow = articles[3]!.id;
    const corpus = writeCorpus(articles);
    const url = await newDatabase('claims_term');
    claimsOk(['run', corpus, '--queue', url, '--quiet']);

    const worker = startWorker(url, ['--batch-size', '4'], { CLAIMS_TEST_FAULTS: JSON.stringify({ stall: { [slow]: 1500 } }) });
    await waitFor(`job of ${slow} to be active`, async () => (await jobOf(url, slow))?.state === 'active');
    worker.child.kill('SIGTERM');
    const summary = await finished(worker);
    // It stopped after the fetch of four it was in (and any it had finished before), not at the end.
    expect(summary.counts.processed % 4).toBe(0);
    expect(summary.counts.processed).toBeLessThan(60);
    expect(await jobOf(url, slow)).toMatchObject({ state: 'completed' });
    const active = await query<{ n: number }>(url, "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'claims_articles' AND state = 'active'");
    expect(active[0]!.n).toBe(0);
    const run = await query<{ status: string }>(url, 'SELECT status FROM runs WHERE id = $1', [summary.runId]);
    expect(run[0]!.status).toBe('interrupted');
    const stored = await query<{ id: string }>(url, 'SELECT id FROM articles ORDER BY id');
    // Exactly the jobs it took, the stalled one among them: none abandoned, none half-stored.
    expect(stored).toHaveLength(summary.counts.processed);
    expect(stored.map((row) => row.id)).toContain(slow);
  }, 120_000);

  it('a poison article is retried, then dead-lettered with its error; the other articles are stored', async () => {
    const articles = generateArticles(25, 5, 'poison');
    const poison = articles[2]!.id;
    const corpus = writeCorpus(articles);
    const url = await newDatabase('claims_poison');
    claimsOk(['run', corpus, '--queue', url, '--retries', '2', '--retry-delay', '0', '--quiet']);

    const summary = await finished(startWorker(url, ['--until-empty'], { CLAIMS_TEST_FAULTS: JSON.stringify({ crash: [poison] }) }));
    expect(summary.counts).toMatchObject({ processed: 24, failed: 1, retried: 2, deadLettered: 1 });

    const status = JSON.parse(claimsOk(['status', '--queue', url, '--json'])) as {
      done: number; failed: number; deadLettered: number; deadLetters: { articleId: string; stage: string; message: string }[];
    };
    expect(status).toMatchObject({ done: 24, failed: 1, deadLettered: 1 });
    expect(status.deadLetters).toEqual([
      expect.objectContaining({ articleId: poison, stage: 'test-fault', message: expect.stringContaining('injected fault') }),
    ]);
    const human = claimsOk(['status', '--queue', url]);
    expect(human).toMatch(/dead-lettered 1/u);
    expect(human).toContain(poison);

    const errors = await query<{ article_id: string; stage: string; message: string }>(url, 'SELECT article_id, stage, message FROM errors');
    expect(errors).toEqual([
      { article_id: poison, stage: 'test-fault', message: expect.stringMatching(/injected fault.*gave up after 3 attempts.*claims_dead/u) },
    ]);
    const stored = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM articles');
    expect(stored[0]!.n).toBe(24);
    expect(claimsOk(['export', '--db', url, '--article', poison])).toBe('');
  }, 120_000);

  it('rejects a --queue that is not a postgres:// URL (exit 2)', () => {
    const result = claims(['status', '--queue', 'output/queue.sqlite']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--queue expects a postgres:\/\/ or postgresql:\/\/ URL/u);
  });
});
