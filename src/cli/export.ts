/**
 * `claims export`: claim records (or, with --entities, mention records) as NDJSON, CSV or JSON, to
 * stdout or a file; or whole articles with their annotations for annotation tools, as displaCy JSON
 * or a brat standoff folder. Rows are streamed from the database, so the size of the export is not
 * bounded by memory.
 */
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Command } from 'commander';
import { ClaimsError, describeError } from '../errors.js';
import type { ClaimExportRecord, MentionExportRecord } from '../model/records.js';
import { openReader, type ClaimFilter, type StoreReader } from '../store/index.js';
import { bratAnnotationConf, bratFileName, bratVisualConf, toBrat, toDisplacy, type AnnotatedArticle } from './annotations.js';
import { addDbOptions, resolveDb, type DbOptions } from './common.js';
import { csvRow, stdoutOutput, writeChunks, type Output } from './format.js';
import { addClaimFilterOptions, parseClaimFilter, parseLimit, type ClaimFilterOptions } from './list.js';

const FORMATS = ['ndjson', 'csv', 'json', 'displacy', 'brat'] as const;
/** Formats that export whole articles with their annotations rather than one record per claim. */
const ARTICLE_FORMATS: readonly ExportFormat[] = ['displacy', 'brat'];
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
  format: 'ndjson' | 'csv' | 'json',
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
  if (ARTICLE_FORMATS.includes(format)) {
    if (options.entities) throw new ClaimsError('USAGE', `--entities does not apply to --format ${format}: it exports articles with their claims and entities`);
    if (format === 'brat' && options.out === undefined) {
      throw new ClaimsError('USAGE', '--format brat writes one .txt and one .ann per article: give the folder with --out DIR');
    }
  }
  const { dbPath } = resolveDb(options);
  const reader = openReader(dbPath);
  try {
    if (format === 'displacy') {
      const chunks = serialiseDisplacy(annotatedArticles(reader, filter, limit));
      if (options.out === undefined) await writeChunks(output.stream, chunks);
      else await writeFile(options.out, chunks);
      return;
    }
    if (format === 'brat') {
      writeBratFolder(options.out!, annotatedArticles(reader, filter, limit));
      return;
    }
    const chunks = options.entities
      ? serialise(take(reader.iterateMentions({ article: filter.article, entity: filter.entity }), limit), format, MENTION_CSV_COLUMNS, mentionCsvValues)
      : serialise(reader.iterateClaims(limit === undefined ? filter : { ...filter, limit }), format, CLAIM_CSV_COLUMNS, claimCsvValues);
    if (options.out === undefined) await writeChunks(output.stream, chunks);
    else await writeFile(options.out, chunks);
  } finally {
    reader.close();
  }
}

/** Filters that select claims rather than articles: with one of them, only articles with a matching claim are exported. */
const CLAIM_LEVEL: (keyof ClaimFilter)[] = ['speaker', 'entity', 'act', 'kind', 'search', 'articleSearch', 'speakerEntity', 'about'];

/**
 * The articles an article-format export covers, each with its claims (those matching the filter)
 * and all its entity mentions. Without a claim-level filter that is every article in the date range
 * (or the one --article names), claims or not, so a brat collection can be corrected in full; with
 * one, the articles having a matching claim. `limit` caps the number of articles.
 */
export function* annotatedArticles(reader: StoreReader, filter: ClaimFilter, limit: number | undefined): Generator<AnnotatedArticle> {
  let ids: string[];
  if (CLAIM_LEVEL.some((key) => filter[key] !== undefined)) {
    const unique = new Set<string>();
    for (const claim of reader.iterateClaims(filter)) unique.add(claim.article_id);
    ids = [...unique];
  } else {
    ids = reader.listArticleIds({ article: filter.article, since: filter.since, until: filter.until });
  }
  for (const id of ids.slice(0, limit)) {
    const article = reader.getArticle(id);
    if (article === null) continue; // deleted by a run since the ids were read
    yield {
      article,
      claims: reader.listClaims({ ...filter, article: id }),
      mentions: [...reader.iterateMentions({ article: id })],
    };
  }
}

/** A JSON array of displaCy documents, one per article, streamed. */
function* serialiseDisplacy(articles: Iterable<AnnotatedArticle>): Generator<string> {
  let first = true;
  yield '[';
  for (const article of articles) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(toDisplacy(article))}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

/**
 * Writes <name>.txt and <name>.ann per article into `dir` (created if needed), plus annotation.conf
 * and visual.conf so brat opens the folder as a collection, and articles.tsv mapping file names back
 * to article ids (ids contain "/" and "#", which file names cannot).
 */
function writeBratFolder(dir: string, articles: Iterable<AnnotatedArticle>): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new ClaimsError('USAGE', `--out: cannot create folder ${dir}: ${describeError(error)}`, { cause: error });
  }
  const taken = new Set<string>(['annotation', 'visual', 'articles']);
  const acts = new Set<string>();
  const labels = new Set<string>();
  let index = 'file\tarticle_id\n';
  for (const article of articles) {
    const name = bratFileName(article.article.id, taken);
    const document = toBrat(article);
    writeFileSync(join(dir, `${name}.txt`), document.txt);
    writeFileSync(join(dir, `${name}.ann`), document.ann);
    for (const act of document.acts) acts.add(act);
    for (const label of document.labels) labels.add(label);
    index += `${name}\t${article.article.id}\n`;
  }
  writeFileSync(join(dir, 'annotation.conf'), bratAnnotationConf(acts, labels));
  writeFileSync(join(dir, 'visual.conf'), bratVisualConf(labels));
  writeFileSync(join(dir, 'articles.tsv'), index);
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
    .description('export claim records (or entity mentions with --entities) as NDJSON, CSV or JSON; or articles as displaCy JSON or brat standoff');
  addDbOptions(addClaimFilterOptions(command))
    .option('--format <format>', `${FORMATS.join(' | ')}`, 'ndjson')
    .option('--entities', 'export entity mentions instead of claims (filters: --article, --entity)')
    .option('--limit <n>', 'at most this many records, or articles for displacy and brat (default: all)')
    .option('--out <file>', 'write to this file instead of stdout (for brat: the folder to write)')
    .addHelpText(
      'after',
      '\nCSV has one column per field (speaker_text, speaker_start, ...), quotes as a JSON string, RFC 4180 quoting.\n' +
        'Offsets are UTF-16 code-unit indices into the article text, end exclusive.\n' +
        'displacy: a JSON array, one document per article, for displacy.render(docs, style="ent" or "span", manual=True).\n' +
        'brat: --out DIR gets <article>.txt + <article>.ann per article, annotation.conf, visual.conf and articles.tsv.\n' +
        'displaCy and brat count offsets in Unicode code points (as Python does), not UTF-16 units.',
    )
    .action(async (options: ExportOptions) => exportCommand(options, output ?? stdoutOutput()));
}
