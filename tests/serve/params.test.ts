/** Parameter validation: good values become filters, every bad one a ParamError naming it. */
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/serve/cursor.js';
import { ParamError } from '../../src/serve/errors.js';
import { MAX_PAGE_SIZE, parseArticleQuery, parseClaimQuery, parseEntityQuery, parseNoParams } from '../../src/serve/params.js';
import { matchRoute, urls } from '../../src/serve/urls.js';

const q = (text: string) => new URLSearchParams(text);

describe('parseClaimQuery', () => {
  it('turns parameters into a claim filter, treating empty ones as absent', () => {
    const { filter, limit } = parseClaimQuery(
      q('speaker=Jane&speaker_entity=Jane+Doe&entity=Acme&about=Acme&act=Denial&kind=DIRECT&article=a1&since=2024-03&until=2024-03-31&search=talks&article_search=minister&limit=20&cursor='),
    );
    expect(filter).toEqual({
      speaker: 'Jane', speakerEntity: 'Jane Doe', entity: 'Acme', about: 'Acme', act: 'denial', kind: 'direct',
      article: 'a1', since: '2024-03', until: '2024-03-31', search: 'talks', articleSearch: 'minister',
    });
    expect(limit).toBe(20);
    expect(parseClaimQuery(q('')).limit).toBe(50);
  });

  it.each([
    ['limit=0', /"limit" expects a whole number from 1 to 500/],
    [`limit=${MAX_PAGE_SIZE + 1}`, /"limit"/],
    ['limit=1e3', /"limit"/],
    ['limit=-1', /"limit"/],
    ['kind=sarcastic', /"kind" expects one of direct, indirect, mixed \(got "sarcastic"\)/],
    ['act=deny%3B+DROP', /"act" expects a speech act/],
    ['since=2024-02-30', /"since" expects an ISO-8601 date/],
    ['until=yesterday', /"until" expects an ISO-8601 date/],
    ['since=2024-05&until=2024-04-30', /"since" \(2024-05\) is after "until"/],
    ['cursor=not-a-cursor', /"cursor" is not a cursor of this list/],
    ['cursor=%3D%3D', /"cursor"/],
    ['speakr=Jane', /unknown parameter "speakr": this page takes speaker, speaker_entity/],
    ['speaker=a&speaker=b', /"speaker" given more than once/],
    [`speaker=${'x'.repeat(201)}`, /"speaker" is longer than 200 characters/],
    ['speaker=a%00b', /"speaker" contains control characters/],
  ])('refuses %s', (query, message) => {
    expect(() => parseClaimQuery(q(query))).toThrowError(ParamError);
    expect(() => parseClaimQuery(q(query))).toThrowError(message);
  });
});

describe('other lists', () => {
  it('validates the article and entity lists', () => {
    expect(parseArticleQuery(q('search=flood&since=2024')).filter).toEqual({ search: 'flood', since: '2024' });
    expect(parseEntityQuery(q('label=person&search=doe')).filter).toEqual({ label: 'PERSON', search: 'doe' });
    expect(() => parseEntityQuery(q('label=ANIMAL'))).toThrowError(/"label" expects one of PERSON, ORG/);
    expect(() => parseArticleQuery(q('speaker=x'))).toThrowError(/unknown parameter "speaker"/);
    expect(() => parseNoParams(q('x=1'))).toThrowError(/this page takes no parameters/);
    expect(() => parseNoParams(q(''))).not.toThrow();
  });
});

describe('cursors', () => {
  it('round-trip and are refused by another list or when tampered with', () => {
    const cursor = encodeCursor('claims', { publishedAt: null, articleId: 'corpus/x#2', index: 3 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'claims')).toEqual({ publishedAt: null, articleId: 'corpus/x#2', index: 3 });
    expect(() => decodeCursor(cursor, 'articles')).toThrowError(ParamError);
    const forged = Buffer.from(JSON.stringify(['claims', null, 'a', "1; DROP TABLE claims"])).toString('base64url');
    expect(() => decodeCursor(forged, 'claims')).toThrowError(ParamError);
    const negative = Buffer.from(JSON.stringify(['entities', -1, 0, 'a', 'ORG'])).toString('base64url');
    expect(() => decodeCursor(negative, 'entities')).toThrowError(ParamError);
    const entity = { mentions: 4, claimsAsSpeaker: 1, entity: 'Acme', label: 'ORG' };
    expect(decodeCursor(encodeCursor('entities', entity), 'entities')).toEqual(entity);
  });
});

describe('urls and matchRoute', () => {
  it('build paths that route back to the same page, for ids with "/", "#", "?" and spaces', () => {
    for (const id of ['corpus/us-troops', 'feed#3', 'a?b=c', 'with space', 'ünï/cödé', '..', '%2e%2e']) {
      expect(matchRoute(urls.article(id))).toEqual({ page: 'article', id, format: 'html' });
      expect(matchRoute(urls.articleData(id))).toEqual({ page: 'article', id, format: 'json' });
      expect(matchRoute(urls.entity(id))).toEqual({ page: 'entity', name: id, format: 'html' });
      expect(matchRoute(urls.entityData(id, 'csv'))).toEqual({ page: 'entity', name: id, format: 'csv' });
    }
    expect(urls.article('a', 2)).toBe('/articles/a#claim-2');
    expect(urls.claims({ speaker: 'Jane Doe', act: undefined, kind: '' }, 'csv')).toBe('/claims.csv?speaker=Jane+Doe');
    expect(matchRoute('/claims.json')).toEqual({ page: 'claims', format: 'json' });
    expect(matchRoute(urls.asset('app.js'))).toEqual({ page: 'asset', name: 'app.js' });
  });

  it('serve nothing outside the routes: no file paths, no other assets', () => {
    for (const path of ['/assets/../../etc/passwd', '/assets/app.css/..', '/assets/evil.js', '/assets/%2e%2e%2fpackage.json', '/../etc/passwd', '/claims.xml', '//etc/passwd', '/articles/a/b', '/articles/a/days.csv']) {
      expect(matchRoute(path)).toBeNull();
    }
    expect(() => matchRoute('/articles/%E0%A4%A')).toThrowError(ParamError);
  });
});
