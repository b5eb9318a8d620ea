import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ClaimsError } from '../../src/errors.js';
import type { ClaimExportRecord, ExportSpan } from '../../src/model/records.js';
import { openReader, openWriter, toFtsQuery, type ClaimFilter, type StoreReader } from '../../src/store/index.js';
import { militiaArticle, ministerArticle, tempDir, ZERO_COUNTS } from './fixtures.js';

let dir: string;
let cleanup: () => void;
let dbPath: string;
let reader: StoreReader;

beforeAll(() => {
  ({ dir, cleanup } = tempDir('reader-'));
  dbPath = join(dir, 'claims.sqlite');
  const writer = openWriter(dbPath);
  const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: ['corpus'] });
  writer.writeBatch(runId, [ministerArticle('a1'), militiaArticle('b1'), ministerArticle('n1', null)]);
  writer.recordError({ runId, file: 'x.txt', line: null, articleId: null, stage: 'ingest', message: 'empty' });
  writer.finishRun(runId, { ...ZERO_COUNTS, read: 3, processed: 3, claims: 7 }, {}, 'ok');
  writer.close();
  reader = openReader(dbPath);
});
afterAll(() => {
  reader.close();
  cleanup();
});

const ids = (filter: ClaimFilter) => reader.listClaims(filter).map((claim) => claim.claim_id);

describe('openReader', () => {
  it('fails with DB_OPEN naming the path when the file does not exist', () => {
    const missing = join(dir, 'missing.sqlite');
    expect(() => openReader(missing)).toThrowError(ClaimsError);
    try {
      openReader(missing);
    } catch (error) {
      expect((error as ClaimsError).code).toBe('DB_OPEN');
      expect((error as ClaimsError).message).toContain(missing);
    }
  });

  it('fails with DB_OPEN for a file that is not SQLite and DB_SCHEMA for an empty database', () => {
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'this is not a database, just some text that is long enough '.repeat(20));
    expect(() => openReader(junk)).toThrowError(expect.objectContaining({ code: 'DB_OPEN' }) as unknown as Error);
    const empty = join(dir, 'empty.sqlite');
    new Database(empty).close();
    expect(() => openReader(empty)).toThrowError(/not a news-claims database/);
  });

  it('opens the connection read-only', () => {
    const db = (reader as unknown as { db: Database.Database }).db;
    expect(() => db.exec('DELETE FROM claims')).toThrowError(/readonly/);
    expect(reader.stats().claims).toBe(7);
  });
});

describe('listClaims filters', () => {
  it('orders newest article first, undated last, then by position', () => {
    expect(ids({})).toEqual(['a1:0', 'a1:1', 'a1:2', 'b1:0', 'n1:0', 'n1:1', 'n1:2']);
  });

  it('matches --speaker on speaker text or speaker entity, ignoring case', () => {
    // "she" resolves to Jane Doe, so it matches by entity name.
    expect(ids({ speaker: 'JANE', article: 'a1' })).toEqual(['a1:0', 'a1:1']);
    expect(ids({ speaker: 'she' })).toEqual(['a1:1', 'n1:1']);
    expect(ids({ speaker: 'corporation', article: 'a1' })).toEqual(['a1:2']);
    expect(ids({ speaker: '%' })).toEqual([]);
  });

  it('matches --entity as speaker, target, or a mention inside the content', () => {
    expect(ids({ entity: 'acme corporation', article: 'a1' })).toEqual(['a1:0', 'a1:2']);
    expect(ids({ entity: 'Baghdad' })).toEqual(['b1:0']);
    expect(ids({ entity: 'Acme' })).toEqual([]); // a name, not a substring
  });

  it('matches --act, --kind and --article exactly', () => {
    expect(ids({ act: 'denial' })).toEqual(['a1:2', 'n1:2']);
    expect(ids({ kind: 'mixed' })).toEqual(['b1:0']);
    expect(ids({ kind: 'direct', article: 'n1' })).toEqual(['n1:1']);
    expect(ids({ article: 'nope' })).toEqual([]);
  });

  it('compares --since / --until on the date prefix and skips undated articles', () => {
    expect(ids({ since: '2024' })).toEqual(['a1:0', 'a1:1', 'a1:2']);
    expect(ids({ until: '2024-03-15' })).toEqual(['a1:0', 'a1:1', 'a1:2', 'b1:0']);
    expect(ids({ until: '2024-03-14' })).toEqual(['b1:0']);
    expect(ids({ since: '2023-11', until: '2023-11' })).toEqual(['b1:0']);
  });

  it('searches content with FTS5, stemming words', () => {
    expect(ids({ search: 'resumes' })).toEqual(['a1:0', 'n1:0']);
    expect(ids({ search: 'betrayal plain' })).toEqual(['b1:0']);
    expect(ids({ search: 'betrayal resume' })).toEqual([]);
  });

  it('never lets search syntax reach SQLite', () => {
    for (const search of ['"', 'a OR', "'; DROP TABLE claims; --", 'NEAR(', 'content_text:ready', '*', '(', 'AND', '^ready', '  ']) {
      expect(() => reader.listClaims({ search })).not.toThrow();
    }
    expect(ids({ search: 'ready OR nothing' })).toEqual([]); // OR is a word here, not an operator
    expect(ids({ search: '"ready' })).toEqual(['a1:1', 'n1:1']);
    expect(reader.stats().claims).toBe(7);
  });

  it('applies limit and offset', () => {
    expect(ids({ limit: 2 })).toEqual(['a1:0', 'a1:1']);
    expect(ids({ limit: 2, offset: 3 })).toEqual(['b1:0', 'n1:0']);
  });
});

describe('toFtsQuery', () => {
  it('quotes every term and drops punctuation-only ones', () => {
    expect(toFtsQuery('a OR "b')).toBe('"a" "OR" """b"');
    expect(toFtsQuery(`'; -- `)).toBeNull();
  });
});

describe('export records', () => {
  it('round-trips every span to the stored text', () => {
    const claims = [...reader.iterateClaims({})];
    expect(claims).toHaveLength(7);
    for (const claim of claims) {
      const { text } = reader.getArticle(claim.article_id)!;
      const spans: ExportSpan[] = [claim.content, ...claim.quotes];
      for (const part of [claim.speaker, claim.cue, claim.target]) if (part) spans.push(part);
      for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    const mentions = [...reader.iterateMentions({})];
    expect(mentions).toHaveLength(10);
    for (const mention of mentions) {
      expect(reader.getArticle(mention.article_id)!.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('has exactly the ClaimExportRecord shape', () => {
    const [claim] = reader.listClaims({ article: 'a1', limit: 1 });
    const a1 = ministerArticle();
    const expected: ClaimExportRecord = {
      article_id: 'a1',
      claim_id: 'a1:0',
      speaker: { text: 'Jane Doe', start: a1.claims[0]!.speaker!.start, end: a1.claims[0]!.speaker!.end, entity: 'Jane Doe', entity_type: 'PERSON', role: 'Foreign Minister' },
      cue: { text: 'said', start: a1.claims[0]!.cue!.start, end: a1.claims[0]!.cue!.end, lemma: 'say' },
      content: { text: 'talks with Acme Corp would resume', start: a1.claims[0]!.content.start, end: a1.claims[0]!.content.end },
      quotes: [],
      kind: 'indirect',
      act: 'announcement',
      target: { text: 'Acme Corp', start: a1.claims[0]!.target!.start, end: a1.claims[0]!.target!.end, entity: 'Acme Corporation' },
      channel: null,
      sentence_index: 1,
      confidence: 0.9,
    };
    expect(claim).toEqual(expected);
    // The emoji is two UTF-16 code units: offsets are JavaScript string indices.
    expect(claim!.speaker!.start).toBe(a1.article.text.indexOf('Jane Doe'));
    const [direct] = reader.listClaims({ article: 'a1', kind: 'direct' });
    expect(direct!.quotes).toEqual([{ text: 'We are ready to talk,', start: direct!.content.start + 1, end: direct!.content.end - 1 }]);
    expect(direct!.channel).toBe('reporters');
    const [denial] = reader.listClaims({ article: 'a1', act: 'denial' });
    expect(denial!.speaker!.entity_type).toBe('ORG'); // resolved through the article's mentions
  });

  it('filters mentions by article and entity', () => {
    expect([...reader.iterateMentions({ article: 'b1' })]).toEqual([
      { article_id: 'b1', start: 27, end: 43, text: 'Kataeb Hezbollah', label: 'ORG', entity: 'Kataeb Hezbollah' },
      { article_id: 'b1', start: 102, end: 109, text: 'Baghdad', label: 'GPE', entity: 'Baghdad' },
    ]);
    expect([...reader.iterateMentions({ entity: 'acme corporation' })].map((m) => m.article_id)).toEqual(['a1', 'a1', 'n1', 'n1']);
  });
});

describe('getArticle, listEntities, stats', () => {
  it('returns the stored article or null', () => {
    expect(reader.getArticle('b1')).toMatchObject({
      id: 'b1', title: 'Militia Accuses Government', url: 'https://example.com/b1', source: 'Example News',
      publishedAt: '2023-11-02', file: 'corpus/b1.txt', line: null, format: 'txt', language: 'en',
    });
    expect(reader.getArticle('zzz')).toBeNull();
  });

  it('counts mentions, articles and claims per entity', () => {
    expect(reader.listEntities({})).toEqual([
      { entity: 'Acme Corporation', label: 'ORG', mentions: 4, articles: 2, claimsAsSpeaker: 2, claimsAbout: 2 },
      { entity: 'Jane Doe', label: 'PERSON', mentions: 2, articles: 2, claimsAsSpeaker: 4, claimsAbout: 0 },
      { entity: 'Monday', label: 'DATE', mentions: 2, articles: 2, claimsAsSpeaker: 0, claimsAbout: 0 },
      { entity: 'Kataeb Hezbollah', label: 'ORG', mentions: 1, articles: 1, claimsAsSpeaker: 1, claimsAbout: 0 },
      { entity: 'Baghdad', label: 'GPE', mentions: 1, articles: 1, claimsAsSpeaker: 0, claimsAbout: 1 },
    ]);
    expect(reader.listEntities({ label: 'ORG', limit: 1 }).map((e) => e.entity)).toEqual(['Acme Corporation']);
    expect(reader.listEntities({ search: 'HEZB' }).map((e) => e.entity)).toEqual(['Kataeb Hezbollah']);
  });

  it('summarises the database', () => {
    const stats = reader.stats();
    expect(stats).toMatchObject({
      articles: 3, sentences: 6, mentions: 10, entities: 5, claims: 7, errors: 1,
      claimsByAct: { denial: 2, announcement: 2, assertion: 2, accusation: 1 },
      claimsByKind: { indirect: 4, direct: 2, mixed: 1 },
    });
    expect(stats.lastRun).toMatchObject({ status: 'ok', counts: { read: 3, processed: 3, claims: 7, failed: 0 } });
  });
});
