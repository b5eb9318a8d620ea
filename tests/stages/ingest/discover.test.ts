import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimsError } from '../../../src/errors.js';
import { articleId, discoverInputs, type IngestItem } from '../../../src/stages/ingest/index.js';
import { collect, makeTempDir, permissionsEnforced } from './helpers.js';

/** A folder with articles, hidden files, node_modules, an unsupported file and a link back to itself. */
function makeTree(): string {
  const dir = makeTempDir();
  mkdirSync(join(dir, 'news/world'), { recursive: true });
  mkdirSync(join(dir, 'news/node_modules/pkg'), { recursive: true });
  mkdirSync(join(dir, 'news/.cache'));
  for (const file of ['news/b.txt', 'news/A.TXT', 'news/world/c.md', 'news/feed.ndjson', 'news/page.HTM', 'news/notes.rtf', 'news/.hidden.txt', 'news/.cache/d.txt', 'news/node_modules/pkg/e.md']) {
    writeFileSync(join(dir, file), 'Words\n');
  }
  symlinkSync('..', join(dir, 'news/world/loop'));
  return dir;
}

describe('discoverInputs', () => {
  it('walks a folder recursively in a fixed order, skipping hidden files, node_modules and link loops', async () => {
    const dir = makeTree();
    expect(await discoverInputs(['news'], dir)).toEqual(['news/A.TXT', 'news/b.txt', 'news/feed.ndjson', 'news/page.HTM', 'news/world/c.md']);
  });

  it('expands globs without following links, and keeps only supported files', async () => {
    const dir = makeTree();
    expect(await discoverInputs(['news/**/*'], dir)).toEqual(['news/A.TXT', 'news/b.txt', 'news/feed.ndjson', 'news/page.HTM', 'news/world/c.md']);
    expect(await discoverInputs(['news/**/*.md'], dir)).toEqual(['news/world/c.md']);
  });

  it('keeps explicitly named files whatever their extension, sorted and without duplicates', async () => {
    const dir = makeTree();
    const found = await discoverInputs(['news/notes.rtf', 'news', join(dir, 'news/b.txt'), 'news/.hidden.txt'], dir);
    expect(found).toEqual(['news/.hidden.txt', 'news/A.TXT', 'news/b.txt', 'news/feed.ndjson', 'news/notes.rtf', 'news/page.HTM', 'news/world/c.md']);
  });

  it('throws INPUT_NOT_FOUND (exit 2) naming every input that matched nothing', async () => {
    const dir = makeTree();
    mkdirSync(join(dir, 'empty'));
    const error: unknown = await discoverInputs(['news', 'missing.txt', 'news/*.pdf', 'empty'], dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClaimsError);
    expect((error as ClaimsError).code).toBe('INPUT_NOT_FOUND');
    expect((error as ClaimsError).exitCode).toBe(2);
    expect((error as ClaimsError).message).toContain('"missing.txt", "news/*.pdf", "empty"');
  });

  it('returns absolute paths for absolute inputs', async () => {
    const dir = makeTree();
    expect(await discoverInputs([join(dir, 'news/world')], '/')).toEqual([join(dir, 'news/world/c.md')]);
  });
});

describe('unreadable folders', () => {
  it.skipIf(!permissionsEnforced)('are kept in the list and reported when read, not silently dropped', async () => {
    const dir = makeTree();
    chmodSync(join(dir, 'news/world'), 0o000);
    let items: IngestItem[] = [];
    try {
      const found = await discoverInputs(['news'], dir);
      expect(found).toContain('news/world');
      items = await collect(found, { cwd: dir });
    } finally {
      chmodSync(join(dir, 'news/world'), 0o700);
    }
    expect(items.find((item) => item.kind === 'error' && item.file === 'news/world')).toEqual({
      kind: 'error',
      file: 'news/world',
      line: null,
      articleId: null,
      message: 'cannot read folder: permission denied (EACCES)',
    });
  });
});

describe('articleId', () => {
  it('is the path from cwd without extension, with a record number when given', () => {
    expect(articleId('corpus/us-troops-withdrawal-iraq.txt', '/repo')).toBe('corpus/us-troops-withdrawal-iraq');
    expect(articleId('/repo/corpus/feed.jsonl', '/repo', 7)).toBe('corpus/feed#7');
    expect(articleId('../elsewhere/story.md', '/repo/sub')).toBe('/repo/elsewhere/story');
  });
});
