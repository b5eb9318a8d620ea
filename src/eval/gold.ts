/**
 * Reads gold JSONL files (format: ../shared/eval/README.md), one document per line, streamed. Every
 * record is validated; the first bad line throws GOLD_INVALID naming the file and line, because a
 * score computed from a broken gold file would be silently wrong.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { ClaimsError } from '../errors.js';
import type { ClaimKind, Span, TextSpan } from '../model/types.js';

/** One attribution of the gold: the quote records sharing a (doc id, attribution_id). */
export interface GoldAttribution {
  /** The gold file's attribution_id, unique within its document. */
  id: string;
  /** From the first fragment's start to the last fragment's end (includes any text between fragments). */
  content: Span;
  /** The content fragments in order; one for a contiguous content. */
  fragments: TextSpan[];
  source: TextSpan | null;
  cue: TextSpan | null;
  /**
   * The first fragment's type. Fragments of one attribution can differ in type (it is derived from
   * the quotation marks inside each fragment); taking the first fragment's reproduces the README's
   * count of direct attributions.
   */
  type: ClaimKind | null;
}

/** One gold entity; `label` is the gold file's label, mapped for scoring by ner.ts. */
export interface GoldEntity extends TextSpan {
  label: string;
  origLabel: string;
}

/** One gold document. */
export interface GoldDoc {
  id: string;
  source: string;
  text: string;
  /** Null when the file has no attribution gold (then the document is not scored for attribution). */
  attributions: GoldAttribution[] | null;
  /** Null when the file has no NER gold (then the document is not scored for NER). */
  entities: GoldEntity[] | null;
  meta: Record<string, unknown>;
  /** Where the document was read from, for messages. */
  origin: { file: string; line: number };
}

const offset = z.number().int().nonnegative();

const quoteSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  speaker: z.string().nullable(),
  speaker_start: offset.nullable(),
  speaker_end: offset.nullable(),
  cue: z.string().nullable(),
  cue_start: offset.nullable(),
  cue_end: offset.nullable(),
  type: z.enum(['direct', 'indirect', 'mixed']).nullable(),
  attribution_id: z.string().min(1),
  fragment_index: offset,
  fragment_count: z.number().int().positive(),
});

const entitySchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  label: z.string().min(1),
  orig_label: z.string(),
});

const docSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  text: z.string(),
  quotes: z.array(quoteSchema).nullable(),
  entities: z.array(entitySchema).nullable(),
  meta: z.record(z.string(), z.unknown()),
});

type GoldQuoteRecord = z.infer<typeof quoteSchema>;

/**
 * Streams the documents of a gold JSONL file. Blank lines are skipped. Throws INPUT_NOT_FOUND when
 * the file cannot be opened and GOLD_INVALID for a bad line or a repeated document id.
 */
export async function* readGoldDocs(file: string): AsyncGenerator<GoldDoc> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const firstLineOfId = new Map<string, number>();
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      const doc = parseGoldLine(line, { file, line: lineNumber });
      const earlier = firstLineOfId.get(doc.id);
      if (earlier !== undefined) {
        throw goldError(doc.origin, `document id "${doc.id}" already used on line ${earlier}; ids must be unique`);
      }
      firstLineOfId.set(doc.id, lineNumber);
      yield doc;
    }
  } catch (error) {
    if (isMissingFile(error)) {
      throw new ClaimsError('INPUT_NOT_FOUND', `gold file not found: ${file} (pass an existing JSONL file)`, {
        cause: error,
      });
    }
    throw error;
  } finally {
    lines.close();
    input.destroy();
  }
}

/** Reads a whole gold JSONL file (see readGoldDocs). */
export async function readGoldFile(file: string): Promise<GoldDoc[]> {
  const docs: GoldDoc[] = [];
  for await (const doc of readGoldDocs(file)) docs.push(doc);
  return docs;
}

/** Parses and validates one JSONL line of a gold file; `origin` names it in error messages. */
export function parseGoldLine(line: string, origin: { file: string; line: number }): GoldDoc {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    throw goldError(origin, `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = docSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return `field "${field}": ${issue.message}`;
    });
    throw goldError(origin, problems.join('; '));
  }
  const record = parsed.data;
  const problems: string[] = [];
  const quotes = record.quotes ?? [];
  quotes.forEach((quote, index) => checkQuote(record.text, quote, `quotes.${index}`, problems));
  record.entities?.forEach((entity, index) => {
    checkSpan(record.text, entity.start, entity.end, entity.text, `entities.${index}`, problems);
  });
  const attributions = record.quotes === null ? null : groupAttributions(quotes, problems);
  if (problems.length > 0) throw goldError(origin, `document "${record.id}": ${problems.join('; ')}`);
  return {
    id: record.id,
    source: record.source,
    text: record.text,
    attributions,
    entities:
      record.entities?.map((entity) => ({
        start: entity.start,
        end: entity.end,
        text: entity.text,
        label: entity.label,
        origLabel: entity.orig_label,
      })) ?? null,
    meta: record.meta,
    origin,
  };
}

/**
 * Groups quote records (one per content fragment) into attributions, in order of first appearance.
 * Fragments are ordered by fragment_index; their count, indices, source and cue must agree.
 */
function groupAttributions(quotes: readonly GoldQuoteRecord[], problems: string[]): GoldAttribution[] {
  const groups = new Map<string, GoldQuoteRecord[]>();
  for (const quote of quotes) {
    const group = groups.get(quote.attribution_id);
    if (group) group.push(quote);
    else groups.set(quote.attribution_id, [quote]);
  }
  const attributions: GoldAttribution[] = [];
  for (const [id, group] of groups) {
    group.sort((a, b) => a.fragment_index - b.fragment_index);
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const where = `attribution "${id}"`;
    if (group.some((quote, index) => quote.fragment_index !== index || quote.fragment_count !== group.length)) {
      problems.push(`${where}: expected fragment_index 0..${group.length - 1} and fragment_count ${group.length}`);
    }
    const sameSpans = group.every(
      (quote) =>
        quote.speaker_start === first.speaker_start &&
        quote.speaker_end === first.speaker_end &&
        quote.cue_start === first.cue_start &&
        quote.cue_end === first.cue_end,
    );
    if (!sameSpans) problems.push(`${where}: its fragments disagree on the speaker or cue span`);
    attributions.push({
      id,
      content: { start: first.start, end: last.end },
      fragments: group.map((quote) => ({ start: quote.start, end: quote.end, text: quote.text })),
      source: optionalSpan(first.speaker_start, first.speaker_end, first.speaker),
      cue: optionalSpan(first.cue_start, first.cue_end, first.cue),
      type: first.type,
    });
  }
  return attributions;
}

function optionalSpan(start: number | null, end: number | null, text: string | null): TextSpan | null {
  return start === null || end === null || text === null ? null : { start, end, text };
}

/** Checks a quote's three spans: offsets in range and the stored text equal to what they cover. */
function checkQuote(text: string, quote: GoldQuoteRecord, where: string, problems: string[]): void {
  checkSpan(text, quote.start, quote.end, quote.text, where, problems);
  const optional: Array<[string, number | null, number | null, string | null]> = [
    ['speaker', quote.speaker_start, quote.speaker_end, quote.speaker],
    ['cue', quote.cue_start, quote.cue_end, quote.cue],
  ];
  for (const [name, start, end, covered] of optional) {
    if (start === null && end === null && covered === null) continue;
    if (start === null || end === null || covered === null) {
      problems.push(`${where}: ${name}, ${name}_start and ${name}_end must be all null or all set`);
      continue;
    }
    checkSpan(text, start, end, covered, `${where}.${name}`, problems);
  }
}

function checkSpan(text: string, start: number, end: number, covered: string, where: string, problems: string[]): void {
  if (start > end || end > text.length) {
    problems.push(`${where}: span [${start}, ${end}) is not inside the text (length ${text.length})`);
  } else if (text.slice(start, end) !== covered) {
    problems.push(
      `${where}: text ${JSON.stringify(covered)} differs from the covered text ${JSON.stringify(text.slice(start, end))}`,
    );
  }
}

function goldError(origin: { file: string; line: number }, problem: string): ClaimsError {
  return new ClaimsError(
    'GOLD_INVALID',
    `${origin.file}:${origin.line}: invalid gold record: ${problem} (expected the format of shared/eval/README.md)`,
  );
}

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
