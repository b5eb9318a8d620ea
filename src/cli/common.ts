/** Options and helpers every command shares: --db, --config, output streams and exit codes. */
import type { Command } from 'commander';
import { loadConfig, resolveConfigPath, type LoadedConfig } from '../config/load.js';
import { isPostgresUrl } from '../store/index.js';

export interface DbOptions {
  db?: string;
  config?: string;
}

/** Adds --db and --config to a command that reads or writes the database. */
export function addDbOptions(command: Command): Command {
  return command
    .option('--db <file|url>', 'SQLite database file, or a postgres:// URL (default: "database" in the config)')
    .option('--config <file>', 'configuration file (default: ./pipeline.config.json if present)');
}

/**
 * The loaded config and the store the options select: a SQLite path (a relative one in the config is
 * resolved against the config's folder) or a postgres:// URL, as given.
 */
export function resolveDb(options: DbOptions): { loaded: LoadedConfig; dbPath: string } {
  const loaded = loadConfig(options.config);
  const configured = loaded.config.database;
  const dbPath = options.db ?? (isPostgresUrl(configured) ? configured : resolveConfigPath(loaded, configured));
  return { loaded, dbPath };
}

/** Messages for people go to stderr, so stdout carries only data. */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Whether colour may be used on a stream (NO_COLOR honoured, only on terminals). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  return Boolean(stream.isTTY) && process.env.NO_COLOR === undefined;
}
