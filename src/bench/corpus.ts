/**
 * The corpus a benchmark runs over: generated from corpus/ (the default), or the files the user
 * names, optionally cut to the first N articles. Either way it ends up as paths run-once can read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { discoverInputs, readArticles } from '../stages/ingest/index.js';
import { generateArticles, readParagraphPool, utf8Bytes, writeJsonl } from './generate.js';
import type { MachineInfo } from './report.js';

/** Corpus files ready for run-once, and what they hold. */
export interface PreparedCorpus {
  paths: string[];
  description: string;
  articles: number;
  textBytes: number;
}

/** A temporary folder for corpora and databases, removed by `dispose` unless kept. */
export interface Workspace {
  dir: string;
  dispose(): void;
}

/** Makes a temporary workspace; `keep` leaves it on disk for inspection. */
export function createWorkspace(keep: boolean): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'claims-bench-'));
  return { dir, dispose: () => (keep ? undefined : rmSync(dir, { recursive: true, force: true })) };
}

/** Where the paragraphs of generated articles come from: the project's own corpus. */
export const SOURCE_CORPUS = 'corpus';

/** `count` articles generated with `seed`, written as JSONL into `dir`. */
export async function prepareGeneratedCorpus(dir: string, count: number, seed: number, name = `generated-${count}.jsonl`): Promise<PreparedCorpus> {
  const pool = await readParagraphPool([SOURCE_CORPUS]);
  const written = await writeJsonl(join(dir, name), generateArticles(pool, { count, seed }));
  return {
    paths: [written.path],
    description: `generated corpus (seed ${seed}, paragraphs of ${SOURCE_CORPUS}/)`,
    articles: written.articles,
    textBytes: written.textBytes,
  };
}

/**
 * The user's corpus. With `limit`, its first `limit` articles (read through ingest) are copied into a
 * JSONL file in `dir`, so every run sees the same subset.
 */
export async function prepareGivenCorpus(dir: string, inputs: string[], limit: number | undefined): Promise<PreparedCorpus> {
  const files = await discoverInputs(inputs);
  const records: ({ text: string } & Record<string, unknown>)[] = [];
  let articles = 0;
  let textBytes = 0;
  const options = { maxFileBytes: Number.MAX_SAFE_INTEGER, maxArticleChars: Number.MAX_SAFE_INTEGER };
  for await (const item of readArticles(files, options)) {
    if (item.kind !== 'article') continue;
    if (limit !== undefined && articles >= limit) break;
    articles++;
    textBytes += utf8Bytes(item.article.text);
    if (limit !== undefined) {
      const { article } = item;
      records.push({
        id: article.id, title: article.title, text: article.text, url: article.url, source: article.source,
        published_at: article.publishedAt, language: article.language,
      });
    }
  }
  const description = `${inputs.join(', ')}${limit !== undefined ? ` (first ${limit} articles)` : ''}`;
  if (limit === undefined) return { paths: files, description, articles, textBytes };
  const written = await writeJsonl(join(dir, 'subset.jsonl'), records);
  return { paths: [written.path], description, articles, textBytes };
}

/** Cores, CPU model, memory and Node version of this machine. */
export function describeMachine(): MachineInfo {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}
