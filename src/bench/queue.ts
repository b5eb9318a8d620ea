/**
 * The benchmark's Postgres mode: the queue and the Postgres store against the single-process SQLite
 * run, on the same generated corpus.
 *
 *   node dist/bench/queue.js --postgres postgres://user@host/db [--articles 2000] [--processes 1,2,4]
 *                            [--seed 1] [--batch-size 5] [--json]
 *
 * Every measurement runs the real CLI in child processes: `claims run --workers 0` into a fresh SQLite
 * file (one process, stages on its main thread), then for each count P a fresh database, `claims run
 * --queue` (timed: enqueue rate) and P `claims worker --until-empty` processes (timed from spawn to the
 * last exit). It reports articles/s wall-clock and in steady state (without each worker's start-up:
 * loading the models, connecting), each worker's time per article by part (stages, store, queue), and
 * the queue's own overhead per job with no work at all. The databases it makes on the server are
 * dropped at the end.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureQueueOverhead, type QueueOverhead } from '../queue/index.js';
import { createDatabase, databaseSize, dropDatabase } from '../store/postgres/index.js';
import { createWorkspace, prepareGeneratedCorpus } from './corpus.js';

const CLI = fileURLToPath(new URL('../cli/index.js', import.meta.url));

/** One measured configuration. */
export interface QueueBenchRow {
  label: string;
  processes: number;
  articles: number;
  /** Spawn of the first process to exit of the last. */
  wallSeconds: number;
  articlesPerSecond: number;
  /** Without start-up: articles / (slowest worker's time after it was ready). */
  steadyArticlesPerSecond: number;
  /** Milliseconds per article, averaged over the workers' own timings. */
  perArticleMs: { stages: number; store: number; queue: number };
  /** CPU milliseconds per article the processing processes used, start-up included (not the server's). */
  cpuMsPerArticle: number;
  /**
   * CPU milliseconds per article the PostgreSQL server used (all its processes, exited backends
   * included), when it runs on this machine (Linux /proc); null otherwise. Covers store and queue.
   */
  serverCpuMsPerArticle?: number | null;
  startupSeconds: number;
  /** Postgres runs: the database's size after the run (store and queue), and its largest tables. */
  storage?: { bytesPerArticle: number; relations: { name: string; bytes: number }[] };
}

/** Everything the Postgres benchmark measured. */
export interface QueueBenchReport {
  machine: { cores: number; loadAverage: number[] };
  corpus: { articles: number; textBytes: number; seed: number };
  enqueue: { seconds: number; articlesPerSecond: number };
  sqlite: QueueBenchRow;
  postgres: QueueBenchRow[];
  overhead: QueueOverhead[];
}

interface ChildOutput {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

function runCli(args: string[]): Promise<ChildOutput> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

async function runCliOk(args: string[]): Promise<ChildOutput> {
  const result = await runCli(args);
  if (result.code !== 0) throw new Error(`claims ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result;
}

/**
 * CPU milliseconds used so far by the local PostgreSQL server: utime + stime of every process named
 * `postgres`, plus the children's times the postmaster collected from backends that have exited.
 * Null where /proc is not there.
 */
function serverCpuMs(): number | null {
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/u.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      const open = stat.indexOf('(');
      const close = stat.lastIndexOf(')');
      if (stat.slice(open + 1, close) !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      // Fields after the command: state is [0]; utime, stime, cutime, cstime are [11]..[14].
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    }
  } catch {
    return null;
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

interface Timings {
  [part: string]: number;
}

function partsOf(timings: Timings): { stages: number; store: number; queue: number } {
  const other = new Set(['store', 'queue', 'idle', 'startup', 'total']);
  const stages = Object.entries(timings).filter(([name]) => !other.has(name)).reduce((sum, [, ms]) => sum + ms, 0);
  return { stages, store: timings.store ?? 0, queue: timings.queue ?? 0 };
}

async function measureSqlite(corpus: string[], dir: string, articles: number): Promise<QueueBenchRow> {
  const result = await runCliOk(['run', ...corpus, '--db', join(dir, 'single.sqlite'), '--workers', '0', '--json', '--quiet']);
  const summary = JSON.parse(result.stdout) as { seconds: number; timings: Timings; counts: { processed: number } };
  const parts = partsOf(summary.timings);
  return {
    label: 'SQLite, 1 process (claims run --workers 0)',
    processes: 1,
    articles,
    wallSeconds: result.seconds,
    articlesPerSecond: articles / result.seconds,
    steadyArticlesPerSecond: articles / summary.seconds,
    // The plain run does not time its writes separately: total minus stages is reading + storing.
    perArticleMs: { stages: parts.stages / articles, store: (summary.seconds * 1000 - parts.stages) / articles, queue: 0 },
    cpuMsPerArticle: (result.seconds * 1000) / articles,
    startupSeconds: result.seconds - summary.seconds,
  };
}

async function measureWorkers(
  server: string,
  corpus: string[],
  articles: number,
  processes: number,
  batchSize: number,
): Promise<{ row: QueueBenchRow; enqueueSeconds: number }> {
  const url = createDatabase(server, `claims_bench_${processes}_${process.pid}`);
  try {
    // Migrate the store first, so no worker's start-up includes creating the schema.
    await runCliOk(['stats', '--db', url]).catch(() => undefined);
    const enqueue = await runCliOk(['run', ...corpus, '--queue', url, '--json', '--quiet']);
    const started = performance.now();
    const serverAtStart = serverCpuMs();
    const workers = await Promise.all(
      Array.from({ length: processes }, () =>
        runCliOk(['worker', '--queue', url, '--db', url, '--until-empty', '--poll', '0.1', '--batch-size', String(batchSize), '--json', '--quiet']),
      ),
    );
    const wallSeconds = (performance.now() - started) / 1000;
    const serverAtEnd = serverCpuMs();
    const size = databaseSize(url);
    const summaries = workers.map(
      (worker) => JSON.parse(worker.stdout) as { timings: Timings; cpuSeconds: number; counts: { jobs: number; processed: number } },
    );
    const stored = summaries.reduce((sum, s) => sum + s.counts.processed, 0);
    if (stored !== articles) throw new Error(`workers stored ${stored} of ${articles} articles`);
    const busiest = Math.max(...summaries.map((s) => (s.timings.total! - s.timings.startup!) / 1000));
    const sum = summaries.map((s) => partsOf(s.timings)).reduce((a, b) => ({ stages: a.stages + b.stages, store: a.store + b.store, queue: a.queue + b.queue }));
    return {
      enqueueSeconds: enqueue.seconds,
      row: {
        label: `Postgres, ${processes} worker process${processes === 1 ? '' : 'es'}`,
        processes,
        articles,
        wallSeconds,
        articlesPerSecond: articles / wallSeconds,
        steadyArticlesPerSecond: articles / busiest,
        perArticleMs: { stages: sum.stages / articles, store: sum.store / articles, queue: sum.queue / articles },
        cpuMsPerArticle: (summaries.reduce((total, s) => total + s.cpuSeconds, 0) * 1000) / articles,
        serverCpuMsPerArticle: serverAtStart === null || serverAtEnd === null ? null : (serverAtEnd - serverAtStart) / articles,
        startupSeconds: Math.max(...summaries.map((s) => s.timings.startup! / 1000)),
        storage: { bytesPerArticle: size.bytes / articles, relations: size.relations },
      },
    };
  } finally {
    dropDatabase(server, url);
  }
}

/** Runs the whole Postgres benchmark. */
export async function runQueueBench(options: {
  server: string;
  articles: number;
  processes: number[];
  seed: number;
  batchSize: number;
}): Promise<QueueBenchReport> {
  const workspace = createWorkspace(false);
  try {
    const corpus = await prepareGeneratedCorpus(workspace.dir, options.articles, options.seed);
    const sqlite = await measureSqlite(corpus.paths, workspace.dir, corpus.articles);
    const postgres: QueueBenchRow[] = [];
    let enqueueSeconds = 0;
    for (const processes of options.processes) {
      const measured = await measureWorkers(options.server, corpus.paths, corpus.articles, processes, options.batchSize);
      postgres.push(measured.row);
      enqueueSeconds = measured.enqueueSeconds;
    }
    const scratch = createDatabase(options.server, `claims_bench_queue_${process.pid}`);
    const overhead: QueueOverhead[] = [];
    try {
      for (const batch of [1, options.batchSize]) overhead.push(await measureQueueOverhead(scratch, 2000, batch));
    } finally {
      dropDatabase(options.server, scratch);
    }
    return {
      machine: { cores: availableParallelism(), loadAverage: loadavg() },
      corpus: { articles: corpus.articles, textBytes: corpus.textBytes, seed: options.seed },
      enqueue: { seconds: enqueueSeconds, articlesPerSecond: corpus.articles / enqueueSeconds },
      sqlite,
      postgres,
      overhead,
    };
  } finally {
    workspace.dispose();
  }
}

/** The report as a table for people. */
export function formatQueueBench(report: QueueBenchReport): string {
  const row = (r: QueueBenchRow): string =>
    `${r.label.padEnd(44)} ${r.articlesPerSecond.toFixed(1).padStart(8)} ${r.steadyArticlesPerSecond.toFixed(1).padStart(8)}   ` +
    `${r.perArticleMs.stages.toFixed(2).padStart(6)} ${r.perArticleMs.store.toFixed(2).padStart(6)} ${r.perArticleMs.queue.toFixed(2).padStart(6)} ` +
    `${r.cpuMsPerArticle.toFixed(2).padStart(6)} ${(r.serverCpuMsPerArticle === undefined || r.serverCpuMsPerArticle === null ? '-' : r.serverCpuMsPerArticle.toFixed(2)).padStart(6)}   ${r.startupSeconds.toFixed(2)}`;
  const lines = [
    `machine: ${report.machine.cores} cores, load average ${report.machine.loadAverage.map((n) => n.toFixed(2)).join(' ')}`,
    `corpus:  ${report.corpus.articles} generated articles, ${(report.corpus.textBytes / report.corpus.articles).toFixed(0)} bytes of text each (seed ${report.corpus.seed})`,
    '',
    `${'run'.padEnd(44)} ${'art/s'.padStart(8)} ${'steady'.padStart(8)}   ${'stages'.padStart(6)} ${'store'.padStart(6)} ${'queue'.padStart(6)} ${'cpu'.padStart(6)} ${'server'.padStart(6)}   start-up s`,
    `${''.padEnd(44)} ${''.padStart(8)} ${''.padStart(8)}   ${'(ms per article, summed over processes)'}`,
    row(report.sqlite),
    ...report.postgres.map(row),
    '',
    `enqueue (claims run --queue): ${report.enqueue.articlesPerSecond.toFixed(0)} articles/s`,
    ...report.postgres.slice(0, 1).flatMap((r) =>
      r.storage
        ? [
            `Postgres database after the run: ${(r.storage.bytesPerArticle / 1024).toFixed(1)} KiB per article (store and queue), largest: ` +
              r.storage.relations.slice(0, 5).map((rel) => `${rel.name} ${(rel.bytes / r.articles / 1024).toFixed(1)} KiB`).join(', '),
          ]
        : [],
    ),
    ...report.overhead.map(
      (o) => `queue overhead, no work, batch ${o.batchSize}: send ${o.sendMs.toFixed(2)} ms/job, fetch+complete ${o.fetchCompleteMs.toFixed(2)} ms/job`,
    ),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      postgres: { type: 'string' },
      articles: { type: 'string', default: '2000' },
      processes: { type: 'string', default: '1,2,4' },
      seed: { type: 'string', default: '1' },
      'batch-size': { type: 'string', default: '5' },
      json: { type: 'boolean', default: false },
    },
  });
  const server = values.postgres ?? process.env.DATABASE_URL;
  if (server === undefined) throw new Error('--postgres URL (or DATABASE_URL) is required: a server where the benchmark may create databases');
  const report = await runQueueBench({
    server,
    articles: Number(values.articles),
    processes: values.processes!.split(',').map(Number),
    seed: Number(values.seed),
    batchSize: Number(values['batch-size']),
  });
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatQueueBench(report)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
