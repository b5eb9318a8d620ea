/**
 * Runs the CPU stages over one article. A stage that throws makes the article fail (recorded as a
 * fatal message) without touching any other article; per-stage timings come back with the records.
 */
import { performance } from 'node:perf_hooks';
import { describeError } from '../errors.js';
import type { ArticleRecords } from '../model/records.js';
import { createDoc, type Article } from '../model/types.js';
import type { Stage } from './stage.js';

/** The input of one unit of work, as sent to a worker. */
export interface WorkItem {
  article: Article;
  contentHash: string;
  extractorVersion: string;
}

/** What a worker sends back: the records without the article, which the main thread already holds. */
export type WorkResult = Omit<ArticleRecords, 'article'>;

/** Runs `stages` in order over the article and returns what the writer stores. */
export function processArticle(stages: readonly Stage[], item: WorkItem): ArticleRecords {
  const doc = createDoc(item.article);
  const timings: Record<string, number> = {};
  for (const stage of stages) {
    const started = performance.now();
    try {
      stage.run(doc);
    } catch (error) {
      doc.messages.push({ stage: stage.name, rule: 'stage-threw', severity: 'fatal', text: describeError(error), span: null });
      timings[stage.name] = performance.now() - started;
      break;
    }
    timings[stage.name] = performance.now() - started;
  }
  return {
    article: doc.article,
    contentHash: item.contentHash,
    extractorVersion: item.extractorVersion,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    mentions: doc.mentions,
    claims: doc.claims,
    messages: doc.messages,
    timings,
    tokenCount: doc.tokens.length,
  };
}
