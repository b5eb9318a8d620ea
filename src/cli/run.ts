/** `claims run [paths...]`: the pipeline over files, folders or globs, into the database. */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { resolveConfigPath } from '../config/load.js';
import { ClaimsError } from '../errors.js';
import { runPipeline, type RunSummary } from '../pipeline/run.js';
import { discoverInputs } from '../stages/ingest/index.js';
import { openWriter, redactUrl } from '../store/index.js';
import type { RunCounts } from '../store/types.js';
import { addDbOptions, resolveDb, say, type DbOptions } from './common.js';
import { enqueueCommand, type EnqueueCommandOptions } from './enqueue.js';

interface RunCommandOptions extends DbOptions, EnqueueCommandOptions {
  force?: boolean;
  workers?: string;
  json?: boolean;
  quiet?: boolean;
}

/** Parses --workers: a whole number >= 0 or "auto". */
function parseWorkers(value: string | undefined): number | 'auto' | undefined {
  if (value === undefined) return undefined;
  if (value === 'auto') return 'auto';
  if (!/^\d+$/u.test(value)) throw new ClaimsError('USAGE', `--workers expects a whole number >= 0 or "auto", got "${value}"`);
  return Number(value);
}

/** The human summary printed at the end of a run. */
export function formatSummary(summary: RunSummary): string {
  const { counts } = summary;
  const lines = [
    `articles: ${counts.read} read, ${counts.processed} processed, ${counts.unchanged} unchanged, ${counts.failed} failed`,
    `records:  ${counts.sentences} sentences, ${counts.entities} entity mentions, ${counts.claims} claims`,
    `time:     ${summary.seconds.toFixed(2)} s (${summary.threads === 0 ? 'in-process' : `${summary.threads} worker threads`})${summary.interrupted ? ' — interrupted, work in flight was committed' : ''}`,
  ];
  return lines.join('\n');
}

/** Progress on stderr: a bar on a terminal, a plain line every few seconds otherwise. */
function progressReporter(quiet: boolean): { update(counts: RunCounts): void; stop(): void } {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: 'processing |{bar}| {done} done · {unchanged} unchanged · {failed} failed',
      barCompleteChar: '#', barIncompleteChar: '.', hideCursor: true, noTTYOutput: false,
    });
    bar.start(0, 0, { done: 0, unchanged: 0, failed: 0 });
    return {
      update: (counts) => {
        bar.setTotal(Math.max(counts.read + counts.failed, 1));
        bar.update(counts.processed + counts.unchanged + counts.failed, { done: counts.processed, unchanged: counts.unchanged, failed: counts.failed });
      },
      stop: () => bar.stop(),
    };
  }
  let last = Date.now();
  return {
    update: (counts) => {
      if (Date.now() - last < 2000) return;
      last = Date.now();
      say(`progress: ${counts.processed} processed, ${counts.unchanged} unchanged, ${counts.failed} failed`);
    },
    stop: () => undefined,
  };
}

/** Adds `claims run`. */
export function registerRun(program: Command): void {
  addDbOptions(
    program
      .command('run')
      .description('run the pipeline over files, folders or globs (default: "inputs" in the config)')
      .argument('[paths...]', 'files, folders or globs: .txt .md .json .jsonl .ndjson .html .htm')
      .option('--force', 'reprocess every article, even unchanged ones')
      .option('--workers <n>', 'worker threads for the CPU stages, or "auto" (default: config)')
      .option('--json', 'print the run summary as JSON on stdout')
      .option('--quiet', 'no progress or per-file error lines on stderr')
      .option('--queue <url>', 'queue one job per article in this PostgreSQL database for `claims worker`, instead of processing here')
      .option('--retries <n>', 'with --queue: retries of a failing article before it is dead-lettered (default 2)')
      .option('--retry-delay <seconds>', 'with --queue: delay before the first retry, doubled for each next one (default 10)')
      .option('--job-timeout <seconds>', 'with --queue: a job active this long is taken back from its worker and retried (default 60)')
      .option('--wait', 'with --queue: then wait until every job is done or dead-lettered'),
  ).action(async (paths: string[], options: RunCommandOptions) => {
    const { loaded, dbPath } = resolveDb(options);
    const workers = parseWorkers(options.workers);
    const inputs = paths.length > 0 ? paths : loaded.config.inputs.map((input) => resolveConfigPath(loaded, input));
    const files = await discoverInputs(inputs);
    if (options.queue !== undefined) return enqueueCommand(files, inputs, loaded.config, options);
    // openWriter creates the file's folder, and reports a path it cannot use as DB_OPEN (exit 2).
    const writer = openWriter(dbPath);
    const controller = new AbortController();
    // Ctrl-C, or SIGTERM from a service manager: stop reading, commit what is in flight, print the
    // summary (exit 1). A second signal exits at once; a batch is never half-committed either way,
    // since commits are synchronous and a signal is handled between them.
    const onSignal = (signal: NodeJS.Signals): void => {
      say(`${signal === 'SIGINT' ? 'interrupted' : 'terminated'}: finishing the articles in flight, then stopping (Ctrl-C again to abort now)`);
      controller.abort();
      process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const progress = progressReporter(Boolean(options.quiet));
    let summary: RunSummary;
    try {
      summary = await runPipeline({
        files,
        config: loaded.config,
        writer,
        force: options.force,
        workers: workers === 'auto' ? undefined : workers,
        signal: controller.signal,
        onProgress: (counts) => progress.update(counts),
        onError: (problem) => {
          if (options.quiet) return;
          const where = [problem.file, problem.line].filter((part) => part !== null).join(':');
          say(`error: ${where || problem.articleId}: ${problem.message}`);
        },
      });
    } finally {
      progress.stop();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      writer.close();
    }
    if (options.json) process.stdout.write(`${JSON.stringify({ database: redactUrl(dbPath), ...summary })}\n`);
    say(formatSummary(summary));
    say(`database: ${redactUrl(dbPath)}`);
    if (summary.counts.failed > 0 || summary.interrupted) process.exitCode = 1;
  });
}
