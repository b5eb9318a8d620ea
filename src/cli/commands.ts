/** The one list of subcommands, in the order `claims --help` shows them. */
import type { Command } from 'commander';
import { registerEntities } from './entities.js';
import { registerExport } from './export.js';
import { registerList } from './list.js';
import { registerRun } from './run.js';
import { registerServe } from './serve.js';
import { registerEval } from './eval.js';
import { registerShow } from './show.js';
import { registerStats } from './stats.js';
import { registerStatus } from './status.js';
import { registerWorker } from './worker.js';

/** Each command file exports a function that adds its subcommand to the program. */
export type RegisterCommand = (program: Command) => void;

/** `run` and `worker` write the database; `status` reads the job queue; the others read the database. */
export const COMMANDS: RegisterCommand[] = [registerRun, registerList, registerShow, registerEntities, registerStats, registerExport, registerEval, registerServe, registerWorker, registerStatus];
