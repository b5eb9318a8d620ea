/**
 * `claims export`: claim records (or, with --entities, mention records) as NDJSON, CSV or JSON, to
 * stdout or a file. Rows are streamed from the database, so the size of the export is not bounded
 * by memory.
 */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { ClaimsError, describeError } from '../errors.js';
import type { ClaimExportRecord, MentionExportRecord } from '../model/records.js';
import { openReader } from '../store/index.js';
import { addDbOptions, resolveDb, type DbOptions } from './common.js';
import { csvRow, stdoutOutput, writeChunks, type Output } from './format.js';
import { addClaimFilterOptions, parseClaimFilter, parseLimit, type ClaimFilterOptions } from './list.js';

const FORMATS = ['ndjson', 'csv', 'json'] as const;
/** An export file format. */
export type ExportFormat = (typeof FORMATS)[number];

/** CSV header for claims: the record flattened, quotes kept as a JSON string. */
export const CLAIM_CSV_COLUMNS = [
  'article_id', 'claim_id',
  'speaker_text', 'speaker_start', 'speaker_end', 'speaker_entity', 'speaker_entity_type', 'speaker_role',
  'cue_text', 'cue_start', 'cue_end', 'cue_lemma',
  'content_text', 'content_start', 'content_end', 'quotes',
  'kind', 'act',
  'target_text', 'target_start', 'target_end', 'target_entity',
  'channel', 'sentence_index', 'confidence',
] as const;

/** CSV header for mentions: the MentionExportRecord fields. */
export const MENTION_CSV_COLUMNS = ['article_id', 'start', 'end', 'text', 'label', 'entity'] as const;

/** One claim as CSV values, in CLAIM_CSV_COLUMNS order. */
export function claimCsvValues(c: ClaimExportRecord): (string | number | null)[] {
  return [
    c.article_id, c.claim_id,
    c.speaker?.text ?? null, c.speaker?.start ?? null, c.speaker?.end ?? null,
    c.speaker?.entity ?? null, c.speaker?.entity_type ?? null, c.speaker?.role ?? null,
    c.cue?.text ?? null, c.cue?.start ?? null, c.cue?.end ?? null, c.cue?.lemma ?? null,
    c.content.text, c.content.start, c.content.end, JSON.stringify(c.quotes),
    c.kind, c.act,
    c.target?.text ?? null, c.target?.start ?? null, c.target?.end ?? null, c.target?.entity ?? null,
    c.channel, c.sentence_index, c.confidence,
  ];
}

function mentionCsvValues(m: MentionExportRecord): (string | number | null)[] {
  return [m.article_id, m.start, m.end, m.text, m.label, m.entity];
}

/** Serialises records lazily in `format`; `csv` turns a record into values under `header`. */
function* serialise<T>(
  records: Iterable<T>,
  format: ExportFormat,
  header: readonly string[],
  csv: (record: T) => (string | number | null)[],
): Generator<string> {
  if (format === 'csv') yield csvRow(header);
  if (format === 'json') yield '[';
  let first = true;
  for (const record of records) {
    if (format === 'csv') yield csvRow(csv(record));
    else if (format === 'ndjson') yield `${JSON.stringify(record)}\n`;
    else yield `${first ? '\n' : ',\n'}${JSON.stringify(record)}`;
    first = false;
  }
  if (format === 'json') yield first ? ']\n' : '\n]\n';
}

function* take<T>(items: Iterable<T>, limit: number | undefined): Generator<T> {
  if (limit === undefined) return yield* items;
  let n = 0;
  for (const item of items) {
    if (n++ >= limit) return;
    yield item;
  }
}

/** Options of `claims export`. */
export interface ExportOptions extends DbOptions, ClaimFilterOptions {
  format?: string;
  entities?: boolean;
  limit?: string;
  out?: string;
}

/** Validates --format. */
export function parseFormat(value: string | undefined): ExportFormat {
  const format = (value ?? 'ndjson').trim().toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new ClaimsError('USAGE', `--format expects one of ${FORMATS.join(', ')} (got "${value}")`);
  }
  return format as ExportFormat;
}

/** Filters that make sense for claims only; with --entities they are an error, not silently ignored. */
const CLAIM_ONLY: (keyof ClaimFilterOptions)[] = ['speaker', 'act', 'kind', 'since', 'until', 'search', 'articleSearch'];

/**
 * Runs `claims export`. With --out the file is written under a temporary name and renamed when
 * complete, so a failed export never leaves a truncated file that looks finished.
 */
export async function exportCommand(options: ExportOptions, output: Output): Promise<void> {
  const format = parseFormat(options.format);
  const limit = parseLimit(options.limit);
  const filter = parseClaimFilter(options);
  if (options.entities) {
    const misplaced = CLAIM_ONLY.find((name) => options[name] !== undefined);
    if (misplaced) {
      throw new ClaimsError('USAGE', `--${misplaced} filters claims; with --entities only --article and --entity apply`);
    }
  }
  if (options.out !== undefined && options.out.trim() === '') throw new ClaimsError('USAGE', '--out must not be empty');
  const { dbPath } = resolveDb(options);
  const reader = openReader(dbPath);
  try {
    const chunks = options.entities
      ? serialise(take(reader.iterateMentions({ article: filter.article, entity: filter.entity }), limit), format, MENTION_CSV_COLUMNS, mentionCsvValues)
      : serialise(reader.iterateClaims(limit === undefined ? filter : { ...filter, limit }), format, CLAIM_CSV_COLUMNS, claimCsvValues);
    if (options.out === undefined) await writeChunks(output.stream, chunks);
    else await writeFile(options.out, chunks);
  } finally {
    reader.close();
  }
}

async function writeFile(path: string, chunks: Iterable<string>): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  const file = createWriteStream(partial);
  let failure: unknown;
  file.on('error', (error) => (failure ??= error));
  try {
    await once(file, 'open');
  } catch (error) {
    throw new ClaimsError('USAGE', `--out: cannot write ${path}: ${describeError(error)}`, { cause: error });
  }
  try {
    await writeChunks(file, chunks); // stops early if the stream fails
    if (failure !== undefined) throw failure;
    file.end();
    await once(file, 'finish');
    renameSync(partial, path);
  } catch (error) {
    file.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Adds `claims export`. `output` replaces stdout (for tests). */
export function registerExport(program: Command, output?: Output): void {
  const command = program
    .command('export')
    .description('export claim records (or entity mentions with --entities) as NDJSON, CSV or JSON');
  addDbOptions(addClaimFilterOptions(command))
    .option('--format <format>', `${FORMATS.join(' | ')}`, 'ndjson')
    .option('--entities', 'export entity mentions instead of claims (filters: --article, --entity)')
    .option('--limit <n>', 'at most this many records (default: all)')
    .option('--out <file>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      '\nCSV has one column per field (speaker_text, speaker_start, ...), quotes as a JSON string, RFC 4180 quoting.\n' +
        'Offsets are UTF-16 code-unit indices into the article text, end exclusive.',
    )
    .action(async (options: ExportOptions) => exportCommand(options, output ?? stdoutOutput()));
}
