/**
 * How cost grows with article length, in a process of its own:
 *   node dist/bench/scale-once.js [--sizes 1024,10240,102400,1048576] [--repeat 3] [--seed S]
 * For each size it generates articles of that many UTF-8 bytes (as many as make about 1 MB, so each
 * size processes the same amount of text), then times every stage per article on this thread after a
 * warm-up: ingest (reading the JSONL), segment, entities, claims (the real stages, as a worker runs
 * them) and store (the real SQLite writer, all the articles of a size in one batch, so every size
 * commits the same amount of text). Each pass ends with a full garbage collection, timed as "gc" and
 * counted in its total, so the garbage one pass leaves is paid for by that pass and not by whichever
 * stage the collector happens to interrupt in the next (it used to land in the next size's ingest
 * timer, doubling ingest's cost per KB at 100 KB in some runs while ingest alone is linear). The
 * median of `repeat` passes is kept. Prints one ScaleMeasurement as JSON on stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadConfig } from '../config/load.js';
import type { ArticleRecords } from '../model/records.js';
import type { Article } from '../model/types.js';
import { processArticle } from '../pipeline/process.js';
import { buildStages } from '../pipeline/registry.js';
import { contentHash, extractorVersion } from '../pipeline/version.js';
import { readArticles } from '../stages/ingest/index.js';
import { openWriter } from '../store/index.js';
import { SOURCE_CORPUS } from './corpus.js';
import { generateArticles, readParagraphPool, utf8Bytes, writeJsonl } from './generate.js';
import { median } from './report.js';

/** The cost of articles of one size. */
export interface SizeMeasurement {
  targetBytes: number;
  articles: number;
  meanBytes: number;
  meanTokens: number;
  /** Median over the passes of the mean milliseconds per article, per stage and in total. */
  msPerArticle: Record<string, number>;
}

export interface ScaleMeasurement {
  repeat: number;
  sizes: SizeMeasurement[];
}

/** Total bytes of text per size: each size processes about this much, however long its articles. */
const BYTES_PER_SIZE = 1_048_576;
const WARM_UP_ARTICLES = 300;

// A full collection on demand (as node --expose-gc gives), without changing how the process is started.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function readAll(path: string, limits: { maxFileBytes: number; maxArticleChars: number }): Promise<{ articles: Article[]; ms: number }> {
  const articles: Article[] = [];
  const started = performance.now();
  for await (const item of readArticles([path], limits)) if (item.kind === 'article') articles.push(item.article);
  return { articles, ms: performance.now() - started };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1024,10240,102400,1048576' },
      repeat: { type: 'string', default: '3' },
      seed: { type: 'string', default: '7' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const repeat = Number(values.repeat);
  const seed = Number(values.seed);
  const dir = mkdtempSync(join(tmpdir(), 'claims-scale-'));
  try {
    const { config } = loadConfig();
    const limits = { maxFileBytes: Number.MAX_SAFE_INTEGER, maxArticleChars: Number.MAX_SAFE_INTEGER };
    const stages = buildStages(config.stages);
    const version = extractorVersion(config.stages);
    const pool = await readParagraphPool([SOURCE_CORPUS]);
    const writer = openWriter(join(dir, 'scale.sqlite'));
    const runId = writer.beginRun({ configHash: 'bench-scale', extractorVersion: version, inputs: [] });
    const process1 = (article: Article): ArticleRecords =>
      processArticle(stages, { article, contentHash: contentHash(article), extractorVersion: version });

    // Warm-up: the JIT and the stages' caches see ordinary articles first, as a long-running worker has.
    const warmPath = join(dir, 'warm.jsonl');
    await writeJsonl(warmPath, generateArticles(pool, { count: WARM_UP_ARTICLES, seed: seed + 1000, idPrefix: 'warm' }));
    writer.writeBatch(runId, (await readAll(warmPath, limits)).articles.map(process1));
    collectGarbage();

    const results: SizeMeasurement[] = [];
    for (const targetBytes of sizes) {
      const count = Math.max(1, Math.round(BYTES_PER_SIZE / targetBytes));
      const path = join(dir, `size-${targetBytes}.jsonl`);
      await writeJsonl(path, generateArticles(pool, { count, seed: seed + targetBytes, targetBytes, idPrefix: `size-${targetBytes}` }));
      const passes: Record<string, number>[] = [];
      let bytes = 0;
      let tokens = 0;
      for (let pass = 0; pass < repeat; pass++) {
        const { articles, ms: ingestMs } = await readAll(path, limits);
        const totals: Record<string, number> = { ingest: ingestMs };
        bytes = 0;
        tokens = 0;
        const batch: ArticleRecords[] = [];
        for (const article of articles) {
          bytes += utf8Bytes(article.text);
          const records = process1(article);
          tokens += records.tokenCount;
          for (const [stage, ms] of Object.entries(records.timings)) totals[stage] = (totals[stage] ?? 0) + ms;
          batch.push(records);
        }
        // One transaction per size and pass: the same amount of text per commit whatever the length.
        const started = performance.now();
        writer.writeBatch(runId, batch);
        totals.store = performance.now() - started;
        // Everything this pass made is garbage now (the pass's records and articles included).
        const perArticle = articles.length;
        batch.length = 0;
        articles.length = 0;
        const collecting = performance.now();
        collectGarbage();
        totals.gc = performance.now() - collecting;
        totals.total = Object.values(totals).reduce((sum, ms) => sum + ms, 0);
        passes.push(Object.fromEntries(Object.entries(totals).map(([stage, ms]) => [stage, ms / perArticle])));
      }
      const msPerArticle: Record<string, number> = {};
      for (const stage of Object.keys(passes[0]!)) msPerArticle[stage] = median(passes.map((pass) => pass[stage] ?? 0));
      results.push({ targetBytes, articles: count, meanBytes: bytes / count, meanTokens: tokens / count, msPerArticle });
    }
    writer.close();
    const measurement: ScaleMeasurement = { repeat, sizes: results };
    process.stdout.write(`${JSON.stringify(measurement)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
