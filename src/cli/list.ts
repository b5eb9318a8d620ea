/**
 * `claims list`: claims matching filters, as a table for people or JSON / NDJSON for programs. Also
 * owns the claim filter options, which `claims export` shares.
 */
import type { Command } from 'commander';
import { ClaimsError } from '../errors.js';
import type { ClaimExportRecord } from '../model/records.js';
import type { ClaimKind } from '../model/types.js';
import { openReader, type ClaimFilter } from '../store/index.js';
import { addDbOptions, resolveDb, say, type DbOptions } from './common.js';
import { formatTable, oneLine, stdoutOutput, writeChunks, type Output } from './format.js';

/** The filter options as commander hands them over (strings, unvalidated). */
export interface ClaimFilterOptions {
  speaker?: string;
  entity?: string;
  act?: string;
  kind?: string;
  article?: string;
  since?: string;
  until?: string;
  search?: string;
  articleSearch?: string;
}

const KINDS: readonly ClaimKind[] = ['direct', 'indirect', 'mixed'];

/** Adds the claim filter options shared by `list` and `export`. */
export function addClaimFilterOptions(command: Command): Command {
  return command
    .option('--speaker <text>', 'speaker text or speaker entity contains this (case-insensitive)')
    .option('--entity <name>', 'the speaker or target is this entity, or it is mentioned in the content')
    .option('--act <act>', 'speech act: assertion, accusation, demand, denial, warning, ...')
    .option('--kind <kind>', `claim kind: ${KINDS.join(', ')}`)
    .option('--article <id>', 'claims of this article only')
    .option('--since <date>', 'articles published on or after this ISO date (YYYY, YYYY-MM, YYYY-MM-DD, ...)')
    .option('--until <date>', 'articles published on or before this ISO date (a prefix: 2024-03 includes all of March)')
    .option('--search <words>', 'claim content contains all these words (full-text, stemmed)')
    .option('--article-search <words>', "the claim's article (title or text) contains all these words (full-text, stemmed)");
}

/** ISO-8601 date, optionally with a time: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm]. */
const ISO_DATE = /^\d{4}(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/u;

/** Throws USAGE unless `value` is an ISO-8601 date (prefix) naming a real month and day. */
export function parseIsoDate(value: string, option: string): string {
  const match = ISO_DATE.exec(value);
  const year = Number(value.slice(0, 4));
  const month = match?.[1] === undefined ? 1 : Number(match[1]);
  const day = match?.[2] === undefined ? 1 : Number(match[2]);
  // Date.UTC rolls 2024-02-30 over into March; a real day survives the round trip.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ClaimsError('USAGE', `${option} expects an ISO-8601 date such as 2024-03-15 or 2024-03 (got "${value}")`);
  }
  return value;
}

/** Throws USAGE unless `value` is a positive integer; undefined passes through. */
export function parseLimit(value: string | undefined, option = '--limit'): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/u.test(value) || Number(value) < 1) {
    throw new ClaimsError('USAGE', `${option} expects a positive whole number (got "${value}")`);
  }
  return Number(value);
}

function nonEmpty(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new ClaimsError('USAGE', `${option} must not be empty`);
  return value;
}

/** Validates the filter options; a bad value throws USAGE naming the option (exit 2). */
export function parseClaimFilter(options: ClaimFilterOptions): ClaimFilter {
  const filter: ClaimFilter = {};
  const speaker = nonEmpty(options.speaker, '--speaker');
  if (speaker !== undefined) filter.speaker = speaker;
  const entity = nonEmpty(options.entity, '--entity');
  if (entity !== undefined) filter.entity = entity;
  // Acts are stored in lower case; accept "Denial" too.
  const act = nonEmpty(options.act, '--act');
  if (act !== undefined) filter.act = act.trim().toLowerCase();
  if (options.kind !== undefined) {
    const kind = options.kind.trim().toLowerCase();
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new ClaimsError('USAGE', `--kind expects one of ${KINDS.join(', ')} (got "${options.kind}")`);
    }
    filter.kind = kind as ClaimKind;
  }
  const article = nonEmpty(options.article, '--article');
  if (article !== undefined) filter.article = article;
  if (options.since !== undefined) filter.since = parseIsoDate(options.since, '--since');
  if (options.until !== undefined) filter.until = parseIsoDate(options.until, '--until');
  const search = nonEmpty(options.search, '--search');
  if (search !== undefined) filter.search = search;
  const articleSearch = nonEmpty(options.articleSearch, '--article-search');
  if (articleSearch !== undefined) filter.articleSearch = articleSearch;
  return filter;
}

/** Options of `claims list`. */
export interface ListOptions extends DbOptions, ClaimFilterOptions {
  limit?: string;
  json?: boolean;
  ndjson?: boolean;
}

/** The table row for one claim: id, speaker (with the entity it resolves to when that differs), act, kind, content. */
function claimRow(claim: ClaimExportRecord): string[] {
  const speaker = claim.speaker
    ? claim.speaker.entity && claim.speaker.entity !== claim.speaker.text
      ? `${claim.speaker.text} (${claim.speaker.entity})`
      : claim.speaker.text
    : '-';
  return [claim.claim_id, oneLine(speaker), claim.act, claim.kind, oneLine(claim.content.text)];
}

/** Runs `claims list`; writes the claims to `output`. */
export async function listCommand(options: ListOptions, output: Output): Promise<void> {
  if (options.json && options.ndjson) throw new ClaimsError('USAGE', '--json and --ndjson cannot be used together');
  const filter = { ...parseClaimFilter(options), limit: parseLimit(options.limit) ?? 50 };
  const { dbPath } = resolveDb(options);
  const reader = openReader(dbPath);
  let claims: ClaimExportRecord[];
  try {
    claims = reader.listClaims(filter);
  } finally {
    reader.close();
  }
  if (options.json) {
    await writeChunks(output.stream, [`${JSON.stringify(claims, null, 2)}\n`]);
    return;
  }
  if (options.ndjson) {
    await writeChunks(output.stream, claims.map((claim) => `${JSON.stringify(claim)}\n`));
    return;
  }
  if (claims.length === 0) {
    say('no claims match');
    return;
  }
  const lines = formatTable(['CLAIM', 'SPEAKER', 'ACT', 'KIND', 'CONTENT'], claims.map(claimRow), {
    width: output.isTTY ? (output.columns ?? 100) : undefined,
    color: output.color,
  });
  await writeChunks(output.stream, lines.map((line) => `${line}\n`));
  if (claims.length === filter.limit) say(`showing the first ${filter.limit}; use --limit to see more`);
}

/** Adds `claims list`. `output` replaces stdout (for tests). */
export function registerList(program: Command, output?: Output): void {
  const command = program
    .command('list')
    .description('list claims matching filters (a table, or --json / --ndjson)');
  addDbOptions(addClaimFilterOptions(command))
    .option('--limit <n>', 'at most this many claims', '50')
    .option('--json', 'print a JSON array of claim records')
    .option('--ndjson', 'print one JSON claim record per line')
    .action(async (options: ListOptions) => listCommand(options, output ?? stdoutOutput()));
}
