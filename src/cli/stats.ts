/** `claims stats`: what the database holds and how the last run went. */
import type { Command } from 'commander';
import { openReader, type StoreStats } from '../store/index.js';
import { addDbOptions, resolveDb, type DbOptions } from './common.js';
import { paint, STYLES, stdoutOutput, writeChunks, type Output } from './format.js';

/** Options of `claims stats`. */
export interface StatsOptions extends DbOptions {
  json?: boolean;
}

function breakdown(counts: Record<string, number>): string {
  const entries = Object.entries(counts);
  return entries.length === 0 ? '-' : entries.map(([key, n]) => `${key} ${n}`).join(', ');
}

/** The stats as aligned lines for people. */
export function formatStats(stats: StoreStats, color: boolean): string[] {
  const line = (name: string, value: string | number): string => `${paint(color, [STYLES.bold], name.padEnd(16))}${value}`;
  const lines = [
    line('articles', stats.articles),
    line('sentences', stats.sentences),
    line('mentions', stats.mentions),
    line('entities', stats.entities),
    line('claims', stats.claims),
    line('errors', stats.errors),
    line('claims by act', breakdown(stats.claimsByAct)),
    line('claims by kind', breakdown(stats.claimsByKind)),
  ];
  const run = stats.lastRun;
  if (run) {
    const c = run.counts;
    lines.push(
      line('last run', `#${run.id} ${run.status}, started ${run.startedAt}${run.finishedAt ? `, finished ${run.finishedAt}` : ''}`),
      line('', `read ${c.read}, processed ${c.processed}, unchanged ${c.unchanged}, failed ${c.failed}; ` +
        `stored ${c.sentences} sentences, ${c.entities} mentions, ${c.claims} claims`),
    );
  } else {
    lines.push(line('last run', 'none'));
  }
  return lines;
}

/** Runs `claims stats`. */
export async function statsCommand(options: StatsOptions, output: Output): Promise<void> {
  const { dbPath } = resolveDb(options);
  const reader = openReader(dbPath);
  let stats: StoreStats;
  try {
    stats = reader.stats();
  } finally {
    reader.close();
  }
  const text = options.json ? JSON.stringify(stats, null, 2) : formatStats(stats, output.color).join('\n');
  await writeChunks(output.stream, [`${text}\n`]);
}

/** Adds `claims stats`. `output` replaces stdout (for tests). */
export function registerStats(program: Command, output?: Output): void {
  const command = program.command('stats').description('counts of articles, entities and claims, and the last run');
  addDbOptions(command)
    .option('--json', 'print the stats as JSON')
    .action(async (options: StatsOptions) => statsCommand(options, output ?? stdoutOutput()));
}
