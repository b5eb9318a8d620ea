/** What the ingest stage yields and the options it takes. */
import type { Article } from '../../model/types.js';

/**
 * One result of reading the inputs: an article, or a problem with one file or one record. Problems are
 * data, not exceptions, so one bad file never stops a run (STYLE rule 4).
 */
export type IngestItem = IngestArticle | IngestError;

/** An article read successfully. */
export interface IngestArticle {
  kind: 'article';
  article: Article;
}

/** A file or record that could not be turned into an article; the run goes on without it. */
export interface IngestError {
  kind: 'error';
  /** The input file, as given to `readArticles`. */
  file: string;
  /** 1-based line of a JSONL record; null for whole-file problems and for JSON arrays (the message names the index). */
  line: number | null;
  /** The id the article would have had, when it is known, so the error can be recorded against it. */
  articleId: string | null;
  /** What was wrong, for people: names the field, the size and limit, or the kind of file found. */
  message: string;
}

/** Limits and the base folder for reading; the limits come from `limits` in the config. */
export interface IngestOptions {
  /** Files larger than this are reported and skipped. JSONL is streamed, so it applies to each line there. */
  maxFileBytes: number;
  /** Articles whose text is longer than this (UTF-16 code units) are reported and skipped. */
  maxArticleChars: number;
  /** Folder that relative paths and derived ids are resolved against; defaults to `process.cwd()`. */
  cwd?: string;
}
