/** `claims status --queue URL`: job counts of the article queue and the latest dead letters. */
import type { Command } from 'commander';
import { readQueueStatus, type QueueStatus } from '../queue/index.js';
import { say } from './common.js';
import { stdoutOutput, writeChunks } from './format.js';
import { parseNumber, parseQueueUrl } from './queue-options.js';

interface StatusCommandOptions {
  queue?: string;
  dead?: string;
  json?: boolean;
}

/** The status as lines for people. */
export function formatQueueStatus(status: QueueStatus): string[] {
  const lines = [
    `queued        ${status.queued}`,
    `retrying      ${status.retrying}`,
    `active        ${status.active}`,
    `done          ${status.done}`,
    `failed        ${status.failed}`,
    `dead-lettered ${status.deadLettered}`,
  ];
  if (status.cancelled > 0) lines.push(`cancelled     ${status.cancelled}`);
  for (const dead of status.deadLetters) {
    lines.push(`  ${dead.at}  ${dead.articleId}  ${dead.stage ?? '?'}: ${dead.message ?? '(no error recorded)'}`);
  }
  return lines;
}

/** Adds `claims status`. */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('job counts of the article queue: queued, retrying, active, done, failed, dead-lettered')
    .option('--queue <url>', 'postgres:// URL of the database that holds the job queue')
    .option('--dead <n>', 'list this many of the latest dead-lettered articles with their errors', '10')
    .option('--json', 'print the status as JSON')
    .action(async (options: StatusCommandOptions) => {
      const queueUrl = parseQueueUrl(options.queue);
      const status = await readQueueStatus(queueUrl, parseNumber(options.dead, '--dead', 10, 0));
      const text = options.json ? JSON.stringify(status, null, 2) : formatQueueStatus(status).join('\n');
      await writeChunks(stdoutOutput().stream, [`${text}\n`]);
      if (!options.json && status.deadLettered > status.deadLetters.length) {
        say(`(${status.deadLettered - status.deadLetters.length} more dead letters; --dead N lists more)`);
      }
    });
}
