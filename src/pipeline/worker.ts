/**
 * Worker-thread entry for the piscina pool: builds the stages once per thread from the options the
 * pool was created with (its workerData), then processes one article per task. Only the article goes
 * in and only its records come out: no tokens, and not the article, which the main thread still has.
 */
import { workerData } from 'piscina';
import type { StageOptions } from '../config/schema.js';
import { processArticle, type WorkItem, type WorkResult } from './process.js';
import { buildStages } from './registry.js';

// Built when the thread starts, so model loading overlaps with the main thread reading the input.
const stages = buildStages(workerData as StageOptions);

/**
 * The task function piscina calls: a WorkItem in, its records (without the article) out, as JSON.
 * Records are thousands of small objects; the structured clone piscina would otherwise make of them
 * cost ~75 µs here and ~65 µs to rebuild on the main thread per generated article, JSON.stringify
 * and JSON.parse ~31 and ~32 µs, and a string crosses the port as one copy. The records hold only
 * strings, finite numbers, booleans, nulls, arrays and plain objects, which JSON carries unchanged.
 */
export default function runTask(item: WorkItem): string {
  const { article: _article, ...result } = processArticle(stages, item);
  return JSON.stringify(result satisfies WorkResult);
}
