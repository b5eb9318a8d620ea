/**
 * The web view's queries: keyset pages that walk every row exactly once, the new claim filters
 * (speakerEntity, about, articleSearch), article search with snippets, and per-entity day counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openReader, openWriter, SNIPPET_MARKS, type ClaimFilter, type StoreReader } from '../../src/store/index.js';
import { militiaArticle, ministerArticle, tempDir, ZERO_COUNTS } from './fixtures.js';

let cleanup: () => void;
let reader: StoreReader;

beforeAll(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir('pages-'));
  const dbPath = join(dir, 'claims.sqlite');
  const writer = openWriter(dbPath);
  const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: ['corpus'] });
  writer.writeBatch(runId, [
    ministerArticle('a1'),
    militiaArticle('b1'),
    ministerArticle('n1', null),
    ministerArticle('n0', null),
    ministerArticle('a0', '2024-03-15T09:30:00Z'),
  ]);
  writer.finishRun(runId, ZERO_COUNTS, {}, 'ok');
  writer.close();
  reader = openReader(dbPath);
});
afterAll(() => {
  reader.close();
  cleanup();
});

/** Every claim id, read page by page with the cursor. */
function walkClaims(filter: ClaimFilter, size: number): string[][] {
  const pages: string[][] = [];
  let after: ClaimFilter['after'];
  for (;;) {
    const page = reader.listClaimPage({ ...filter, after }, size);
    pages.push(page.items.map((claim) => claim.claim_id));
    if (page.next === null) return pages;
    after = page.next;
  }
}

describe('listClaimPage', () => {
  it('walks the whole list in list order, across equal dates and undated articles, for every page size', () => {
    const all = reader.listClaims({}).map((claim) => claim.claim_id);
    expect(all).toEqual(['a0:0', 'a0:1', 'a0:2', 'a1:0', 'a1:1', 'a1:2', 'b1:0', 'n0:0', 'n0:1', 'n0:2', 'n1:0', 'n1:1', 'n1:2']);
    for (const size of [1, 2, 3, 4, 5, 12, 13, 50]) {
      const pages = walkClaims({}, size);
      expect(pages.flat()).toEqual(all);
      expect(pages.every((page) => page.length <= size)).toBe(true);
      expect(pages[pages.length - 1]!.length).toBeGreaterThan(0);
    }
  });

  it('adds the article metadata to each claim', () => {
    const page = reader.listClaimPage({ article: 'b1' }, 10);
    expect(page.items[0]!.article).toEqual({
      title: 'Militia Accuses Government',
      source: 'Example News',
      url: 'https://example.com/b1',
      published_at: '2023-11-02',
    });
    expect(page.next).toBeNull();
  });

  it('filters by speaker entity, by what is said about an entity, and by article text', () => {
    const ids = (filter: ClaimFilter) => reader.listClaimPage({ ...filter, article: 'a1' }, 50).items.map((c) => c.claim_id);
    expect(ids({ speakerEntity: 'jane doe' })).toEqual(['a1:0', 'a1:1']);
    expect(ids({ speakerEntity: 'Jane' })).toEqual([]);
    // Acme is the target of claim 0; claim 2 is by Acme and its content ("the report") names nobody.
    expect(ids({ about: 'Acme Corporation' })).toEqual(['a1:0']);
    expect(ids({ about: 'Jane Doe' })).toEqual([]);
    expect(reader.listClaimPage({ articleSearch: 'betrayal' }, 50).items.map((c) => c.claim_id)).toEqual(['b1:0']);
    expect(reader.listClaimPage({ articleSearch: '" OR 1=1 --' }, 50).items).toEqual([]);
    expect(reader.listClaimPage({ articleSearch: '!!!' }, 50).items).toEqual([]);
  });
});

describe('listArticlePage', () => {
  it('pages articles newest first with counts', () => {
    const first = reader.listArticlePage({}, 2);
    expect(first.items.map((a) => [a.id, a.claims, a.mentions])).toEqual([['a0', 3, 4], ['a1', 3, 4]]);
    const second = reader.listArticlePage({ after: first.next! }, 2);
    expect(second.items.map((a) => a.id)).toEqual(['b1', 'n0']);
    const third = reader.listArticlePage({ after: second.next! }, 2);
    expect(third.items.map((a) => a.id)).toEqual(['n1']);
    expect(third.next).toBeNull();
  });

  it('searches title and text and marks the match in a snippet', () => {
    const page = reader.listArticlePage({ search: 'plain' }, 10);
    expect(page.items.map((a) => a.id)).toEqual(['b1']);
    expect(page.items[0]!.snippet).toContain(`${SNIPPET_MARKS.open}plain${SNIPPET_MARKS.close}`);
    expect(reader.listArticlePage({ search: 'militia', since: '2024' }, 10).items).toEqual([]);
  });
});

describe('entities', () => {
  it('pages entities in listEntities order', () => {
    const all = reader.listEntities({}).map((e) => `${e.entity}/${e.label}`);
    const walked: string[] = [];
    let after;
    for (;;) {
      const page = reader.listEntityPage({}, 2, after);
      walked.push(...page.items.map((e) => `${e.entity}/${e.label}`));
      if (!page.next) break;
      after = page.next;
    }
    expect(walked).toEqual(all);
  });

  it('finds an entity by exact name and counts its claims per day', () => {
    expect(reader.findEntities('JANE DOE').map((e) => [e.entity, e.label, e.claimsAsSpeaker])).toEqual([['Jane Doe', 'PERSON', 8]]);
    expect(reader.findEntities('Jane')).toEqual([]);
    expect(reader.entityDays('Jane Doe')).toEqual([{ day: '2024-03-15', said: 4, about: 0 }]);
    expect(reader.entityDays('Acme Corporation')).toEqual([{ day: '2024-03-15', said: 2, about: 2 }]);
  });

  it('lists article ids in a date range', () => {
    expect(reader.listArticleIds({})).toEqual(['a0', 'a1', 'b1', 'n0', 'n1']);
    expect(reader.listArticleIds({ since: '2024' })).toEqual(['a0', 'a1']);
    expect(reader.listArticleIds({ article: 'b1' })).toEqual(['b1']);
  });

  it('reads several queries in one snapshot', () => {
    const counts = reader.snapshot(() => [reader.stats().claims, reader.listClaims({}).length]);
    expect(counts).toEqual([13, 13]);
  });
});
