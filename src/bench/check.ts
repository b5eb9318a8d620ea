/**
 * `npm run bench:check -- [--runs 3] [--articles 1000] [--rerun-articles 10000] [--large 100000]
 *   [--skip-large] [--skip-scaling] [--seed S] [--json] [--keep]`
 *
 * Measures the targets of issue 5 and prints PASS / FAIL for each (medians of `runs` runs, each in a
 * fresh child process), then the figures behind them. Exits 0 whatever the verdicts: this is a report
 * to read, not a gate (timings on a shared 2-core machine are too noisy to gate CI on).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createWorkspace, describeMachine, prepareGeneratedCorpus, type PreparedCorpus } from './corpus.js';
import { parseWhole } from './options.js';
import { describeLoad, describeWorkers, formatMegabytes, formatNumber, formatRunsTable, labelRun, type LabelledRun } from './report.js';
import type { ScaleMeasurement } from './scale-once.js';
import { measureRun, runChild } from './spawn.js';
import {
  analyseScaling, formatVerdicts, judgeCeiling, judgeRerun, judgeRss, judgeSpeedup, skipped, type Verdict,
} from './targets.js';

const USAGE =
  'usage: npm run bench:check -- [--runs 3] [--articles 1000] [--rerun-articles 10000] [--large 100000] [--skip-large] [--skip-scaling] [--seed S] [--json] [--keep]';

const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** Seconds since `started` (a performance.now() value). */
const since = (started: number): number => (performance.now() - started) / 1000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      articles: { type: 'string' },
      'rerun-articles': { type: 'string' },
      large: { type: 'string' },
      'skip-large': { type: 'boolean', default: false },
      'skip-scaling': { type: 'boolean', default: false },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const runs = parseWhole('runs', values.runs, 3, 1, USAGE);
  const articles = parseWhole('articles', values.articles, 1000, 1, USAGE);
  const rerunArticles = parseWhole('rerun-articles', values['rerun-articles'], 10_000, 1, USAGE);
  const largeArticles = parseWhole('large', values.large, 100_000, 1, USAGE);
  const seed = parseWhole('seed', values.seed, 1, 0, USAGE);
  const cores = availableParallelism();
  const workspace = createWorkspace(values.keep);
  const started = performance.now();
  const verdicts: Verdict[] = [];
  const loads: number[] = [];
  const details: Record<string, unknown> = { machine: describeMachine(), runs };
  const text: string[] = [];
  try {
    // 1. Throughput against the ceiling, scaling with cores and memory, over `articles` articles.
    const small = await prepareGeneratedCorpus(workspace.dir, articles, seed);
    const ratios: number[] = [];
    const cpuRatios: number[] = [];
    const speedups: number[] = [];
    const smallRss: number[] = [];
    const pairs: LabelledRun[][] = [];
    for (let r = 1; r <= runs; r++) {
      log(`[${formatNumber(since(started), 0)} s] ${articles} articles, run ${r}/${runs}: 1 worker, then ${describeWorkers(cores)}`);
      const one = labelRun(`1 worker #${r}`, await measureRun({ corpus: small.paths, db: join(workspace.dir, `one-${r}.sqlite`), workers: 1, ceiling: true }));
      const all = labelRun(`${describeWorkers(cores)} #${r}`, await measureRun({ corpus: small.paths, db: join(workspace.dir, `all-${r}.sqlite`), workers: cores, ceiling: true }));
      ratios.push(one.rates.ceilingRatio ?? Number.NaN);
      cpuRatios.push(one.rates.ceilingCpuRatio ?? Number.NaN);
      loads.push(...one.measurement.loadAverage, ...all.measurement.loadAverage);
      speedups.push(all.rates.tokensPerSecond / one.rates.tokensPerSecond);
      smallRss.push(all.measurement.rss.peakBytes);
      pairs.push([one, all]);
    }
    verdicts.push(judgeCeiling(ratios, cpuRatios), judgeSpeedup(speedups, cores), judgeRss(articles, smallRss));
    text.push(`runs over ${formatNumber(articles)} generated articles (${formatMegabytes(small.textBytes)} of text):`, ...formatRunsTable(pairs.flat()), '');
    details.throughput = { corpus: describeCorpus(small), ratios, speedups, rss: smallRss, runs: pairs.flat() };

    // 2. The incremental skip over `rerunArticles` articles.
    const medium = await prepareGeneratedCorpus(workspace.dir, rerunArticles, seed + 1);
    const percents: number[] = [];
    const rerunRows: string[] = [];
    for (let r = 1; r <= runs; r++) {
      log(`[${formatNumber(since(started), 0)} s] ${rerunArticles} articles, run ${r}/${runs}: first run, then again unchanged`);
      const db = join(workspace.dir, `rerun-${r}.sqlite`);
      const first = await measureRun({ corpus: medium.paths, db, workers: cores });
      const second = await measureRun({ corpus: medium.paths, db, workers: cores });
      percents.push((second.seconds / first.seconds) * 100);
      loads.push(...first.loadAverage, ...second.loadAverage);
      rerunRows.push(
        `  #${r}: first ${formatNumber(first.seconds, 2)} s (${formatNumber(first.counts.processed)} processed, peak RSS ${formatMegabytes(first.rss.peakBytes)}), ` +
          `again ${formatNumber(second.seconds, 2)} s (${formatNumber(second.counts.unchanged)} unchanged; process ${formatNumber(second.processSeconds, 2)} s with start-up)`,
      );
    }
    verdicts.push(judgeRerun(rerunArticles, percents));
    text.push(`incremental re-run over ${formatNumber(rerunArticles)} generated articles, ${describeWorkers(cores)}:`, ...rerunRows, '');
    details.rerun = { corpus: describeCorpus(medium), percents };

    // 3. Memory over a large corpus (one run: it takes minutes).
    if (values['skip-large']) {
      verdicts.push(skipped(`peak RSS <= 400 MB, ${formatNumber(largeArticles)} articles, all cores`, '--skip-large'));
    } else {
      const generating = performance.now();
      log(`[${formatNumber(since(started), 0)} s] generating ${largeArticles} articles`);
      const large = await prepareGeneratedCorpus(workspace.dir, largeArticles, seed + 2);
      const generateSeconds = since(generating);
      log(`[${formatNumber(since(started), 0)} s] ${largeArticles} articles: one run, ${describeWorkers(cores)}`);
      const run = labelRun(`${describeWorkers(cores)}, ${formatNumber(largeArticles)} articles`, await measureRun({ corpus: large.paths, db: join(workspace.dir, 'large.sqlite'), workers: cores }));
      loads.push(...run.measurement.loadAverage);
      const note = `; one run, ${formatNumber(run.measurement.seconds / 60, 1)} min (generating the JSONL: ${formatNumber(generateSeconds, 0)} s)`;
      verdicts.push(judgeRss(largeArticles, [run.measurement.rss.peakBytes], note));
      text.push(`one run over ${formatNumber(largeArticles)} generated articles (${formatMegabytes(large.textBytes)} of text, JSONL written in ${formatNumber(generateSeconds, 1)} s):`, ...formatRunsTable([run]), '');
      details.large = { corpus: describeCorpus(large), generateSeconds, run };
    }

    // 4. Cost against article length.
    if (values['skip-scaling']) {
      verdicts.push(skipped('time linear in article length (1 KB, 10 KB, 100 KB, 1 MB)', '--skip-scaling'));
    } else {
      log(`[${formatNumber(since(started), 0)} s] article length: 1 KB, 10 KB, 100 KB, 1 MB (about 1 MB of text each, ${runs} passes)`);
      const { value: scale } = await runChild<ScaleMeasurement>('scale-once', ['--repeat', String(runs)]);
      const analysis = analyseScaling(scale.sizes);
      verdicts.push(analysis.verdict);
      text.push('cost against article length (median of passes, mean ms per article; in-process, after a warm-up):', ...analysis.table, '');
      details.scaling = { ...scale, superlinear: analysis.superlinear };
    }
  } finally {
    workspace.dispose();
  }
  const totalSeconds = since(started);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ verdicts, seconds: totalSeconds, loadWarning: describeLoad(loads, cores), ...details }, null, 2)}\n`);
    return;
  }
  const machine = describeMachine();
  process.stdout.write(
    [
      `news-claims bench:check — ${machine.cores} cores (${machine.cpu}), node ${machine.node}; ${formatNumber(totalSeconds / 60, 1)} min`,
      '',
      ...formatVerdicts(verdicts),
      '',
      ...[describeLoad(loads, cores)].filter((line): line is string => line !== null).flatMap((line) => [line, '']),
      ...text,
    ].join('\n') + '\n',
  );
}

function describeCorpus(corpus: PreparedCorpus): { description: string; articles: number; textBytes: number } {
  return { description: corpus.description, articles: corpus.articles, textBytes: corpus.textBytes };
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench:check: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
