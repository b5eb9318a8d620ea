/**
 * Runs each measurement in a fresh child process (`node dist/bench/<entry>.js ...`) and reads back
 * the one JSON line it prints, so no run inherits another's heap, caches or JIT state.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RunMeasurement } from './types.js';

/** A child's JSON result and how long the child lived, spawn to exit. */
export interface ChildResult<T> {
  value: T;
  processSeconds: number;
}

/** Spawns `node <entry>.js args`, resolves with its last stdout line parsed as JSON. */
export function runChild<T>(entry: string, args: string[]): Promise<ChildResult<T>> {
  const script = fileURLToPath(new URL(`./${entry}.js`, import.meta.url));
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const processSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || last === '') {
        reject(new Error(`${entry} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`));
        return;
      }
      try {
        resolve({ value: JSON.parse(last) as T, processSeconds });
      } catch (error) {
        reject(new Error(`${entry} printed no JSON result: ${(error as Error).message}\n${stdout.slice(-500)}`));
      }
    });
  });
}

/** What to run: the corpus, a database file, and the workers. */
export interface RunRequest {
  corpus: string[];
  db: string;
  workers: number;
  ceiling?: boolean;
  force?: boolean;
}

/** One pipeline run measured by run-once in its own process. */
export async function measureRun(request: RunRequest): Promise<RunMeasurement & { processSeconds: number }> {
  const args = [...request.corpus.flatMap((path) => ['--corpus', path]), '--db', request.db, '--workers', String(request.workers)];
  if (request.ceiling) args.push('--ceiling');
  if (request.force) args.push('--force');
  const { value, processSeconds } = await runChild<RunMeasurement>('run-once', args);
  return { ...value, processSeconds };
}
