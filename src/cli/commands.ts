/** The one list of subcommands, in the order `claims --help` shows them. */
import type { Command } from 'commander';

/** Each command file exports a function that adds its subcommand to the program. */
export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [];
