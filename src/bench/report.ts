/**
 * The benchmark's report: one object (printed as JSON with --json) and its table for people. Pure
 * functions of the measurements, so the formatting is tested without timing anything.
 */
import { ratesOf, type RunMeasurement, type RunRates } from './types.js';

/** The machine the figures were measured on. */
export interface MachineInfo {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  platform: string;
}

/** A run with its label and the rates derived from it. */
export interface LabelledRun {
  label: string;
  measurement: RunMeasurement & { processSeconds: number };
  rates: RunRates;
}

/** Everything `npm run bench` measured. */
export interface BenchReport {
  machine: MachineInfo;
  corpus: { description: string; articles: number; textBytes: number };
  /** First runs over a fresh database, one per worker count; the first is the one asked for. */
  runs: LabelledRun[];
  /** Workers 1 vs all cores: all-cores tokens/s over one-worker tokens/s. */
  scaling: { oneWorker: string; allCores: string; speedup: number } | null;
  /** The second run over the unchanged corpus and database of the first run. */
  incremental: {
    label: string;
    firstSeconds: number;
    secondSeconds: number;
    percent: number;
    unchanged: number;
    processed: number;
    measurement: RunMeasurement & { processSeconds: number };
  };
}

/** Labels a measurement and derives its rates. */
export function labelRun(label: string, measurement: RunMeasurement & { processSeconds: number }): LabelledRun {
  return { label, measurement, rates: ratesOf(measurement) };
}

/** "1 worker", "2 workers", "in-process". */
export function describeWorkers(workers: number): string {
  if (workers === 0) return 'in-process';
  return workers === 1 ? '1 worker' : `${workers} workers`;
}

/** Median of the numbers (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A number with thousands separators and `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Bytes as MB (10^6), one decimal. */
export function formatMegabytes(bytes: number): string {
  return `${formatNumber(bytes / 1e6, 1)} MB`;
}

/** Lines of a table whose first column is left-aligned and the others right-aligned. */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd(),
  );
}

const STAGE_ORDER = ['ingest', 'lookup', 'segment', 'entities', 'claims', 'store'];

/** The stages that appear in any of the runs, in pipeline order. */
function stagesOf(runs: readonly LabelledRun[]): string[] {
  const seen = new Set<string>();
  for (const run of runs) for (const stage of Object.keys(run.measurement.stageMeanMs)) seen.add(stage);
  const ordered = STAGE_ORDER.filter((stage) => seen.has(stage));
  return [...ordered, ...[...seen].filter((stage) => !STAGE_ORDER.includes(stage)).sort()];
}

/** The table of first runs: one column per run. */
export function formatRunsTable(runs: readonly LabelledRun[]): string[] {
  const column = (pick: (run: LabelledRun) => string): string[] => runs.map(pick);
  const rows: string[][] = [
    ['', ...column((run) => run.label)],
    ['articles/s', ...column((run) => formatNumber(run.rates.articlesPerSecond, 1))],
    ['tokens/s', ...column((run) => formatNumber(run.rates.tokensPerSecond))],
    ['MB/s (text)', ...column((run) => formatNumber(run.rates.megabytesPerSecond, 2))],
    ['wall time (s, ingest to SQLite)', ...column((run) => formatNumber(run.measurement.seconds, 2))],
    ['CPU time (s, all threads)', ...column((run) => formatNumber(run.measurement.cpuSeconds, 2))],
    ['CPU ms/article (all threads)', ...column((run) => formatNumber((run.measurement.cpuSeconds * 1000) / Math.max(1, run.measurement.counts.processed), 3))],
    ['load average (start / end)', ...column((run) => run.measurement.loadAverage.map((load) => formatNumber(load, 2)).join(' / '))],
  ];
  for (const stage of stagesOf(runs)) {
    rows.push([`  mean ms/article: ${stage}`, ...column((run) => formatNumber(run.measurement.stageMeanMs[stage] ?? Number.NaN, 3))]);
  }
  rows.push(
    ['peak RSS', ...column((run) => formatMegabytes(run.measurement.rss.peakBytes))],
    ['database size', ...column((run) => formatMegabytes(run.measurement.databaseBytes))],
    ['wink-nlp ceiling tokens/s', ...column((run) => (run.measurement.ceiling ? formatNumber(run.measurement.ceiling.tokensPerSecond) : '–'))],
    ['pipeline / ceiling', ...column((run) => (run.rates.ceilingRatio === null ? '–' : formatNumber(run.rates.ceilingRatio, 3)))],
    ['pipeline / ceiling, CPU time', ...column((run) => (run.rates.ceilingCpuRatio === null ? '–' : formatNumber(run.rates.ceilingCpuRatio, 3)))],
  );
  return formatTable(rows);
}

/**
 * A warning when the machine was busier than this benchmark makes it: a 1-minute load average above
 * the cores means other work took CPU time from the runs, so wall-time figures are low and noisy.
 */
export function describeLoad(loads: readonly number[], cores: number): string | null {
  const highest = Math.max(...loads);
  if (!(highest > cores)) return null;
  return (
    `warning: the 1-minute load average reached ${formatNumber(highest, 1)} on ${cores} cores during these runs: other work ` +
    'competed for the CPU, so wall-time rates and ratios are understated and noisy (CPU-time figures and peak RSS are not affected much)'
  );
}

/** The whole report as text for a terminal. */
export function formatReport(report: BenchReport): string {
  const { machine, corpus, scaling, incremental } = report;
  const lines = [
    `news-claims benchmark — ${corpus.description}: ${formatNumber(corpus.articles)} articles, ${formatMegabytes(corpus.textBytes)} of text`,
    `machine: ${machine.cores} cores (${machine.cpu}), ${formatNumber(machine.memoryGiB, 0)} GiB, node ${machine.node}, ${machine.platform}`,
    '',
    ...formatRunsTable(report.runs),
    '',
  ];
  const warning = describeLoad([...report.runs.flatMap((run) => run.measurement.loadAverage), ...incremental.measurement.loadAverage], machine.cores);
  if (warning) lines.push(warning);
  if (scaling) {
    lines.push(`scaling: ${scaling.allCores} = ${formatNumber(scaling.speedup, 2)} x ${scaling.oneWorker} (tokens/s)`);
  }
  lines.push(
    `incremental re-run (${incremental.label}, unchanged corpus): ${formatNumber(incremental.secondSeconds, 2)} s vs ` +
      `${formatNumber(incremental.firstSeconds, 2)} s = ${formatNumber(incremental.percent, 1)} % of the first run ` +
      `(${formatNumber(incremental.unchanged)} unchanged, ${formatNumber(incremental.processed)} processed)`,
  );
  return `${lines.join('\n')}\n`;
}
