/**
 * The extractor version stored with every article: the package version plus a hash of the stage code
 * and the stage options. Any change to the rules, word lists or options changes it, so incremental
 * runs reprocess exactly the articles whose results could differ, with no version to bump by hand.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StageOptions } from '../config/schema.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The version in the project's package.json ("0.1.0"). */
export function packageVersion(): string {
  for (let dir = here, i = 0; i < 5; i++, dir = dirname(dir)) {
    try {
      return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // keep looking upwards
    }
  }
  return '0.0.0';
}

/** Feeds every .js/.ts file under `dir` into the hash, in a stable order. */
function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashTree(hash, path);
    else if (/\.(js|ts)$/u.test(name) && !name.endsWith('.d.ts')) hash.update(name).update(readFileSync(path));
  }
}

let cachedCode: string | null = null;

/** "0.1.0+1a2b3c4d5e6f": package version + hash of the stages' code and the stage options. */
export function extractorVersion(options: StageOptions): string {
  if (cachedCode === null) {
    const hash = createHash('sha256');
    hashTree(hash, join(here, '..', 'stages'));
    cachedCode = hash.digest('hex');
  }
  const digest = createHash('sha256').update(cachedCode).update(JSON.stringify(options)).digest('hex').slice(0, 12);
  return `${packageVersion()}+${digest}`;
}

/** sha256 of everything stored about an article, so a change to any of it counts as changed. */
export function contentHash(article: { text: string; title: string | null; url: string | null; source: string | null; publishedAt: string | null; language: string | null }): string {
  return createHash('sha256')
    .update(JSON.stringify([article.title, article.url, article.source, article.publishedAt, article.language]))
    .update('\u0000')
    .update(article.text)
    .digest('hex');
}
