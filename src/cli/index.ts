#!/usr/bin/env node
/** The `claims` binary: one program, one file per subcommand. */
import { Command, CommanderError } from 'commander';
import { ClaimsError, describeError } from '../errors.js';
import { packageVersion } from '../pipeline/version.js';
import { COMMANDS } from './commands.js';

const program = new Command();
program
  .name('claims')
  .description('Extract named entities and attributed claims from news articles into SQLite')
  .version(packageVersion(), '-V, --version', 'print the version and exit')
  .showHelpAfterError()
  .exitOverride();

for (const register of COMMANDS) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; usage errors exit 2 (commander has already printed the message).
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof ClaimsError) {
    process.stderr.write(`claims: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`claims: unexpected error: ${describeError(error)}\n`);
    if (process.env.CLAIMS_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    process.exitCode = 1;
  }
}
