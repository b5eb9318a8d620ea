/**
 * One measured run, in a process of its own so that runs do not share memory or JIT state:
 *   node dist/bench/run-once.js --corpus PATH [--corpus PATH...] --db FILE [--workers K] [--ceiling] [--force]
 * Runs the real pipeline (ingest -> stages in the worker pool -> SQLite) with the project's config,
 * samples RSS throughout, then reads the corpus again (ingest alone, timed) and, with --ceiling,
 * runs wink-nlp alone over the same texts. Prints one RunMeasurement as JSON on stdout.
 */
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { runPipeline } from '../pipeline/run.js';
import { discoverInputs, readArticles } from '../stages/ingest/index.js';
import { openWriter } from '../store/index.js';
import type { StoreWriter } from '../store/types.js';
import { utf8Bytes } from './generate.js';
import { startRssSampler } from './memory.js';
import type { RunMeasurement } from './types.js';

/** Wraps a writer so the time spent in each of its calls is added up (they all run on this thread). */
function timeWriter(writer: StoreWriter, totals: { storeMs: number; lookupMs: number }): StoreWriter {
  const timed = <A extends unknown[], R>(fn: (...args: A) => R, key: 'storeMs' | 'lookupMs') =>
    (...args: A): R => {
      const started = performance.now();
      try {
        return fn(...args);
      } finally {
        totals[key] += performance.now() - started;
      }
    };
  return {
    getArticleState: timed(writer.getArticleState.bind(writer), 'lookupMs'),
    noteArticleRead: timed(writer.noteArticleRead.bind(writer), 'lookupMs'),
    beginRun: writer.beginRun.bind(writer),
    writeBatch: timed(writer.writeBatch.bind(writer), 'storeMs'),
    recordError: writer.recordError.bind(writer),
    finishRun: timed(writer.finishRun.bind(writer), 'storeMs'),
    close: writer.close.bind(writer),
  };
}

/** Size of the database file and its WAL, bytes. */
function databaseBytes(path: string): number {
  let bytes = 0;
  for (const file of [path, `${path}-wal`]) {
    try {
      bytes += statSync(file).size;
    } catch {
      // no WAL after a clean close
    }
  }
  return bytes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      db: { type: 'string' },
      workers: { type: 'string' },
      ceiling: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  if (!values.corpus?.length || !values.db) throw new Error('run-once needs --corpus PATH and --db FILE');
  const sampler = startRssSampler();
  const { config } = loadConfig();
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const files = await discoverInputs(values.corpus);
  const totals = { storeMs: 0, lookupMs: 0 };

  const loadBefore = loadavg()[0]!;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const rawWriter = openWriter(values.db);
  const writer = timeWriter(rawWriter, totals);
  let summary: Awaited<ReturnType<typeof runPipeline>>;
  try {
    summary = await runPipeline({ files, config, writer, workers, force: values.force });
  } finally {
    writer.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const loadAfter = loadavg()[0]!;
  const rss = sampler.stop();

  // A second pass, after the measured run: ingest alone (timed), text size, and the ceiling.
  // Loaded only now, so wink's model in this thread does not count in the run's peak RSS.
  const meter = values.ceiling ? (await import('./ceiling.js')).createCeilingMeter() : null;
  let ingestMs = 0;
  let corpusArticles = 0;
  let textBytes = 0;
  const articles = readArticles(files, { ...config.limits })[Symbol.asyncIterator]();
  for (;;) {
    const before = performance.now();
    const next = await articles.next();
    ingestMs += performance.now() - before;
    if (next.done) break;
    if (next.value.kind !== 'article') continue;
    corpusArticles++;
    textBytes += utf8Bytes(next.value.article.text);
    meter?.add(next.value.article.text);
  }

  const { counts, timings } = summary;
  const processed = counts.processed + counts.failed;
  const stageTotalMs: Record<string, number> = { ingest: ingestMs };
  for (const [stage, ms] of Object.entries(timings)) if (stage !== 'total') stageTotalMs[stage] = ms;
  stageTotalMs.store = totals.storeMs;
  stageTotalMs.lookup = totals.lookupMs;
  const stageMeanMs: Record<string, number> = {};
  for (const [stage, ms] of Object.entries(stageTotalMs)) {
    // ingest and lookup see every article read; the CPU stages and the store only those processed.
    const seen = stage === 'ingest' ? corpusArticles : stage === 'lookup' ? counts.read : processed;
    stageMeanMs[stage] = seen > 0 ? ms / seen : 0;
  }
  const measurement: RunMeasurement = {
    corpus: values.corpus,
    database: values.db,
    workers: summary.threads,
    counts: {
      read: counts.read, processed: counts.processed, unchanged: counts.unchanged, failed: counts.failed,
      sentences: counts.sentences, entities: counts.entities, claims: counts.claims,
    },
    tokens: summary.tokens,
    corpusArticles,
    textBytes,
    seconds,
    pipelineSeconds: summary.seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    loadAverage: [loadBefore, loadAfter],
    stageTotalMs,
    stageMeanMs,
    rss,
    databaseBytes: databaseBytes(values.db),
    ceiling: meter?.result() ?? null,
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

await main();
