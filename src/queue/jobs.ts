/**
 * What a queued article looks like: the queue names, the job payload, and the job id that makes
 * enqueueing idempotent. pg-boss inserts a job with ON CONFLICT DO NOTHING, so a job id derived from
 * the article id and its content hash means a re-submitted, unchanged article is not queued twice.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Article } from '../model/types.js';

/** The queue `claims run --queue` fills and `claims worker` drains. */
export const ARTICLE_QUEUE = 'claims_articles';

/** Where pg-boss moves an article job whose retries are used up. */
export const DEAD_LETTER_QUEUE = 'claims_dead';

/** The payload of one article job. */
export interface ArticleJob {
  article: Article;
  /** contentHash(article) as computed when it was queued. */
  contentHash: string;
  /** Reprocess even if the store has this hash and extractor version (`claims run --queue --force`). */
  force?: boolean;
}

/** What a failed job's output (and so its dead-letter copy) records. */
export interface JobFailure {
  articleId: string;
  stage: string;
  message: string;
}

/**
 * The job id for an article: a UUID made from sha256(id, content hash), so the same article with the
 * same content always maps to the same job. With `force`, a fresh random id queues it again.
 */
export function articleJobId(articleId: string, contentHash: string, force = false): string {
  if (force) return randomUUID();
  const hex = createHash('sha256').update(articleId).update('\u0000').update(contentHash).digest('hex');
  // Lay it out as a version-8 (custom) RFC 9562 UUID: version nibble 8, variant bits 10.
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
