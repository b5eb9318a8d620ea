/**
 * `npm run bench -- [--corpus PATH] [--articles N] [--workers K] [--json] [--seed S] [--keep]`
 *
 * Runs the real pipeline end to end (ingest to SQLite) over a corpus, each run in a fresh child
 * process: once with K workers (default: all cores), once with the other of 1 / all cores for the
 * scaling figure, and once more over the unchanged corpus and database (the incremental skip). Each
 * first run also times wink-nlp alone over the same texts (the ceiling). Prints a table, or with
 * --json one JSON object.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createWorkspace, describeMachine, prepareGeneratedCorpus, prepareGivenCorpus } from './corpus.js';
import { describeWorkers, formatReport, labelRun, type BenchReport, type LabelledRun } from './report.js';
import { parseWhole as parseOption } from './options.js';
import { measureRun } from './spawn.js';

const USAGE = 'usage: npm run bench -- [--corpus PATH]... [--articles N] [--workers K] [--seed S] [--json] [--keep]';

const parseWhole = (name: string, value: string | undefined, fallback: number, min = 0): number => parseOption(name, value, fallback, min, USAGE);


async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      articles: { type: 'string' },
      workers: { type: 'string' },
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
  const cores = availableParallelism();
  const workers = parseWhole('workers', values.workers, cores, 1);
  const seed = parseWhole('seed', values.seed, 1);
  const workspace = createWorkspace(values.keep);
  const log = (message: string): void => void process.stderr.write(`${message}\n`);
  try {
    const corpus = values.corpus?.length
      ? await prepareGivenCorpus(workspace.dir, values.corpus, values.articles === undefined ? undefined : parseWhole('articles', values.articles, 0, 1))
      : await prepareGeneratedCorpus(workspace.dir, parseWhole('articles', values.articles, 1000, 1), seed);
    log(`corpus: ${corpus.description}, ${corpus.articles} articles${values.keep ? ` (kept in ${workspace.dir})` : ''}`);

    const counts = [workers, ...[1, cores].filter((count) => count !== workers)].filter((count, i, all) => all.indexOf(count) === i);
    const runs: LabelledRun[] = [];
    for (const count of counts) {
      log(`run: ${describeWorkers(count)}, fresh database, with the wink-nlp ceiling`);
      const db = join(workspace.dir, `run-${count}.sqlite`);
      runs.push(labelRun(describeWorkers(count), await measureRun({ corpus: corpus.paths, db, workers: count, ceiling: true })));
    }
    const first = runs[0]!;
    log(`run: ${first.label} again over the unchanged corpus and database`);
    const again = await measureRun({ corpus: corpus.paths, db: first.measurement.database, workers });
    const one = runs.find((run) => run.measurement.workers === 1);
    const all = runs.find((run) => run.measurement.workers === cores);
    const report: BenchReport = {
      machine: describeMachine(),
      corpus: { description: corpus.description, articles: corpus.articles, textBytes: corpus.textBytes },
      runs,
      scaling: one && all && one !== all
        ? { oneWorker: one.label, allCores: all.label, speedup: all.rates.tokensPerSecond / one.rates.tokensPerSecond }
        : null,
      incremental: {
        label: first.label,
        firstSeconds: first.measurement.seconds,
        secondSeconds: again.seconds,
        percent: (again.seconds / first.measurement.seconds) * 100,
        unchanged: again.counts.unchanged,
        processed: again.counts.processed,
        measurement: again,
      },
    };
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  } finally {
    workspace.dispose();
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
