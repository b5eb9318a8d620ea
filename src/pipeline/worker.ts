/**
 * Worker-thread entry for the piscina pool: builds the stages once per thread, then processes one
 * article per task. Only the article goes in and only its records come out (no tokens).
 */
import type { StageOptions } from '../config/schema.js';
import type { ArticleRecords } from '../model/records.js';
import { processArticle, type WorkItem } from './process.js';
import { buildStages } from './registry.js';
import type { Stage } from './stage.js';

let stages: Stage[] | null = null;
let stagesKey = '';

/** The task function piscina calls: `{ item, options }` in, ArticleRecords out. */
export default function runTask(task: { item: WorkItem; options: StageOptions }): ArticleRecords {
  const key = JSON.stringify(task.options);
  if (stages === null || key !== stagesKey) {
    stages = buildStages(task.options);
    stagesKey = key;
  }
  return processArticle(stages, task.item);
}
