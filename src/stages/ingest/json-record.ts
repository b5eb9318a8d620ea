/** One article record from JSON or JSONL input: its schema, and turning it into an Article. */
import { z } from 'zod';
import type { Article } from '../../model/types.js';
import { normalizeDate } from './dates.js';

const TEXT_RULE = 'must be a non-empty string';
const OPTIONAL_STRING_RULE = 'must be a string or null';

const optionalString = z.string({ error: OPTIONAL_STRING_RULE }).nullish();

/**
 * The fields ingest reads from a record. Unknown fields are allowed and dropped, so exports from other
 * tools can be read as they are. Dates are checked separately: a date that cannot be read loses only
 * the date, not the article.
 */
export const articleRecordSchema = z.object({
  id: z
    .union([z.string().refine((id) => id.trim().length > 0), z.number().int()], {
      error: 'must be a non-empty string or an integer',
    })
    .optional(),
  title: optionalString,
  text: z.string({ error: TEXT_RULE }).refine((text) => text.trim().length > 0, { error: TEXT_RULE }),
  url: optionalString,
  source: optionalString,
  published_at: z.unknown().optional(),
  publishedAt: z.unknown().optional(),
  language: optionalString,
});

/** Where a record sits in its file. */
export interface RecordPlace {
  file: string;
  format: 'json' | 'jsonl';
  /** 1-based line in JSONL, 0-based index in a JSON array; absent for a lone JSON object. */
  record?: number;
  /** The id to use when the record has none. */
  fallbackId: string;
}

/** An article, or what is wrong with the record and the id it would have had. */
export type RecordResult = { ok: true; article: Article } | { ok: false; articleId: string; message: string };

/**
 * Validates one parsed JSON value and builds its article; the text is kept exactly as given, except
 * that lone surrogates become U+FFFD (see LONE_SURROGATE).
 */
export function recordToArticle(value: unknown, place: RecordPlace): RecordResult {
  const label = describeRecord(place.format, place.record);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return { ok: false, articleId: place.fallbackId, message: `${label}expected an article object, got ${got}` };
  }
  const parsed = articleRecordSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `field "${issue.path.join('.')}" ${issue.message}`);
    return { ok: false, articleId: givenId(value) ?? place.fallbackId, message: `${label}${problems.join('; ')}` };
  }
  const record = parsed.data;
  return {
    ok: true,
    article: {
      id: record.id === undefined ? place.fallbackId : wellFormed(String(record.id)),
      title: blankToNull(record.title),
      text: wellFormed(record.text),
      url: blankToNull(record.url),
      source: blankToNull(record.source),
      publishedAt: normalizeDate(record.published_at ?? record.publishedAt),
      language: blankToNull(record.language),
      origin: { file: place.file, format: place.format, ...(place.record === undefined ? {} : { line: place.record }) },
      titleSpan: null,
    },
  };
}

/** "line 7: " for JSONL, "record [2]: " for a JSON array, "" for a lone object: the start of a message. */
export function describeRecord(format: 'json' | 'jsonl', record: number | undefined): string {
  if (record === undefined) return '';
  return format === 'jsonl' ? `line ${record}: ` : `record [${record}]: `;
}

/** The record's own id when it has a usable one, so errors are filed under the id the user knows. */
function givenId(value: object): string | null {
  const id: unknown = (value as { id?: unknown }).id;
  if (typeof id === 'string' && id.trim().length > 0) return id;
  if (typeof id === 'number' && Number.isInteger(id)) return String(id);
  return null;
}

/**
 * A UTF-16 surrogate that is not half of a pair (with the u flag, a pair is one code point and does
 * not match). JSON can spell one ("\ud83d"), but it cannot be stored as UTF-8: SQLite would keep
 * bytes that read back as three characters, moving every offset after it.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/** The string with each lone surrogate replaced by U+FFFD: one code unit for one, so offsets hold. */
function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

/** Metadata is trimmed (it is not indexed by offsets); an empty value means "not given". */
function blankToNull(value: string | null | undefined): string | null {
  const trimmed = wellFormed(value ?? '').trim();
  return trimmed.length > 0 ? trimmed : null;
}
