/** Runs one CLI command in-process, capturing stdout (through an Output), stderr and the exit code. */
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { vi } from 'vitest';
import type { Output } from '../../src/cli/format.js';
import { ClaimsError } from '../../src/errors.js';
import { openWriter } from '../../src/store/index.js';
import { militiaArticle, ministerArticle, tempDir, ZERO_COUNTS } from '../store/fixtures.js';

/** An Output that collects what is written. */
export function captureOutput(terminal: { isTTY?: boolean; columns?: number; color?: boolean } = {}): { output: Output; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    output: { stream, isTTY: terminal.isTTY ?? false, columns: terminal.columns, color: terminal.color ?? false },
    text: () => chunks.join(''),
  };
}

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Parses `args` with only `register`'s command added, mapping errors to exit codes as index.ts does. */
export async function runCommand(
  register: (program: Command, output?: Output) => void,
  args: string[],
  terminal: { isTTY?: boolean; columns?: number; color?: boolean } = {},
): Promise<CliResult> {
  const { output, text } = captureOutput(terminal);
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  const program = new Command().name('claims').exitOverride().configureOutput({
    writeOut: () => {},
    writeErr: (message) => (stderr += message),
  });
  register(program, output);
  const previous = process.exitCode;
  process.exitCode = undefined;
  let exitCode = 0;
  try {
    await program.parseAsync(['node', 'claims', ...args]);
    exitCode = Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) exitCode = error.exitCode === 0 ? 0 : 2;
    else if (error instanceof ClaimsError) {
      stderr += `claims: ${error.message}\n`;
      exitCode = error.exitCode;
    } else throw error;
  } finally {
    spy.mockRestore();
    process.exitCode = previous;
  }
  return { stdout: text(), stderr, exitCode };
}

/** A temp database holding the fixture articles a1, b1 (claims 3 + 1), and the folder's cleanup. */
export function fixtureDatabase(): { dbPath: string; dir: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir('cli-');
  const dbPath = join(dir, 'claims.sqlite');
  const writer = openWriter(dbPath);
  const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: ['corpus'] });
  writer.writeBatch(runId, [ministerArticle('a1'), militiaArticle('b1')]);
  writer.finishRun(runId, { ...ZERO_COUNTS, read: 2, processed: 2, claims: 4 }, {}, 'ok');
  writer.close();
  return { dbPath, dir, cleanup };
}
