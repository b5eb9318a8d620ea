/** Runs the real stages over a corpus article in this process, for golden and stage tests. */
import { resolve } from 'node:path';
import { parseConfig } from '../../src/config/load.js';
import type { ArticleRecords } from '../../src/model/records.js';
import type { Article } from '../../src/model/types.js';
import { processArticle } from '../../src/pipeline/process.js';
import { buildStages } from '../../src/pipeline/registry.js';
import { contentHash, extractorVersion } from '../../src/pipeline/version.js';
import { readArticles } from '../../src/stages/ingest/index.js';

const config = parseConfig({});
let stages: ReturnType<typeof buildStages> | null = null;

/** Reads the articles of one input file with the real ingest stage. */
export async function readCorpusFile(file: string): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readArticles([resolve(file)], { ...config.limits, cwd: process.cwd() })) {
    if (item.kind === 'error') throw new Error(`${item.file}: ${item.message}`);
    articles.push(item.article);
  }
  return articles;
}

/** Runs segment, entities and claims over an article, as a worker would. */
export function processForTest(article: Article): ArticleRecords {
  stages ??= buildStages(config.stages);
  return processArticle(stages, { article, contentHash: contentHash(article), extractorVersion: extractorVersion(config.stages) });
}
