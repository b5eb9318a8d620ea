/**
 * `claims serve`: the web view over the database, read-only, on 127.0.0.1 unless --host says
 * otherwise. It can run while `claims run` writes (WAL): each request reads one consistent snapshot.
 */
import type { Command } from 'commander';
import { ClaimsError } from '../errors.js';
import { startServer } from '../serve/index.js';
import { openReader, redactUrl } from '../store/index.js';
import { addDbOptions, resolveDb, say, type DbOptions } from './common.js';

/** Options of `claims serve`. */
export interface ServeOptions extends DbOptions {
  port?: string;
  host?: string;
}

/** The default port: unprivileged, and unlikely to be taken by a development server. */
export const DEFAULT_PORT = 8321;

/** Validates --port: 0 (any free port) to 65535. */
export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  if (!/^\d{1,5}$/u.test(value) || Number(value) > 65535) {
    throw new ClaimsError('USAGE', `--port expects a whole number from 0 to 65535 (got "${value}"); 0 picks a free port`);
  }
  return Number(value);
}

/**
 * Runs `claims serve` until SIGINT or SIGTERM. Prints the address on stderr ("serving ... at URL"),
 * which scripts and tests read when --port 0 picks the port.
 */
export async function serveCommand(options: ServeOptions): Promise<void> {
  const port = parsePort(options.port);
  const host = options.host ?? '127.0.0.1';
  if (host.trim() === '') throw new ClaimsError('USAGE', '--host must not be empty');
  const { dbPath } = resolveDb(options);
  const reader = openReader(dbPath);
  let running;
  try {
    running = await startServer(reader, { host, port });
  } catch (error) {
    reader.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ClaimsError('USAGE', `--port ${port}: the port is in use on ${host}; pick another or use --port 0`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new ClaimsError('USAGE', `--host ${host}: not an address of this machine`);
    throw error;
  }
  say(`serving ${redactUrl(dbPath)} (read-only) at ${running.url}`);
  if (running.url.startsWith('http://127.') === false && !running.url.startsWith('http://[::1]')) {
    say('warning: listening beyond this machine; anyone who can reach it can read the database');
  }
  say('press Ctrl-C to stop');
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  reader.close();
}

/** Adds `claims serve`. */
export function registerServe(program: Command): void {
  const command = program
    .command('serve')
    .description('browse claims in a web view (read-only), with JSON and CSV for every list');
  addDbOptions(command)
    .option('--port <n>', `port to listen on (0: any free port)`, String(DEFAULT_PORT))
    .option('--host <address>', 'address to listen on; keep the default to stay private to this machine', '127.0.0.1')
    .addHelpText('after', '\nPages: / (overview), /claims, /articles, /entities, each list also as .json and .csv; see docs/web.md and docs/api.md.')
    .action(async (options: ServeOptions) => serveCommand(options));
}
