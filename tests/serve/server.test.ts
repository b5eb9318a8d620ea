/**
 * The web view over HTTP, in-process, on the fixture database: pages, the .json/.csv endpoints with
 * cursor paging, 400s for bad parameters, 404s for every path outside the app, security headers,
 * SQL injection attempts in every filter, and an article whose text and metadata are hostile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import type { ArticleRecords } from '../../src/model/records.js';
import { CONTENT_SECURITY_POLICY, startServer, type RunningServer } from '../../src/serve/index.js';
import { ARTICLE_PARAMS, CLAIM_PARAMS, ENTITY_PARAMS } from '../../src/serve/params.js';
import { openReader, openWriter, type StoreReader } from '../../src/store/index.js';
import { CLAIM_CSV_COLUMNS } from '../../src/cli/export.js';
import { find, militiaArticle, ministerArticle, tempDir, ZERO_COUNTS } from '../store/fixtures.js';

const PAYLOAD = '<script>alert(1)</script> and "><img src=x onerror=alert(1)>';

/** An article whose title, url, source and text carry HTML payloads, with one claim quoting them. */
function hostileArticle(): ArticleRecords {
  const records = militiaArticle('evil');
  const text = `${PAYLOAD}\nThe mayor said ${PAYLOAD} was posted.`;
  records.article = { ...records.article, text, title: PAYLOAD, url: 'javascript:alert(1)', source: '"><b>src</b>', titleSpan: null };
  records.paragraphs = [{ index: 0, start: 0, end: text.length, kind: 'body' }];
  records.sentences = [{ index: 0, start: 0, end: text.length, kind: 'body', paragraph: 0, tokenStart: 0, tokenEnd: 0 }];
  records.mentions = [{ ...find(text, 'mayor'), label: 'PERSON', canonical: '<i>Mayor</i>', sentence: 0, source: 'pattern' }];
  records.claims = [
    {
      ...records.claims[0]!,
      speaker: { ...find(text, 'The mayor'), entity: '<i>Mayor</i>', entityType: 'PERSON', role: '"><svg onload=alert(1)>' },
      cue: { ...find(text, 'said'), lemma: 'say' },
      content: find(text, PAYLOAD, 1),
      quotes: [find(text, 'onerror=alert(1)', 1)],
      target: null,
      sentence: 0,
    },
  ];
  records.messages = [];
  return records;
}

let cleanup: () => void;
let reader: StoreReader;
let server: RunningServer;
let base: string;
let port: number;

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = tempDir('serve-'));
  const dbPath = join(dir, 'claims.sqlite');
  const writer = openWriter(dbPath);
  const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: ['corpus'] });
  const failures = writer.writeBatch(runId, [ministerArticle('a1'), militiaArticle('corpus/b1#2'), hostileArticle()]);
  expect(failures).toEqual([]);
  writer.finishRun(runId, { ...ZERO_COUNTS, read: 3, processed: 3, claims: 5 }, {}, 'ok');
  writer.close();
  reader = openReader(dbPath);
  server = await startServer(reader, { host: '127.0.0.1', port: 0, onError: () => {} });
  base = server.url.replace(/\/$/, '');
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  reader.close();
  cleanup();
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent exactly as given (fetch would normalise "..") and optional headers. */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

async function getJson<T>(path: string): Promise<{ status: number; body: T; link: string | null }> {
  const response = await fetch(base + path);
  return { status: response.status, body: (await response.json()) as T, link: response.headers.get('link') };
}

interface ClaimPageJson {
  items: { claim_id: string; article: { title: string | null } }[];
  next: string | null;
  next_cursor: string | null;
}

describe('pages', () => {
  it('serves the overview, lists, article and entity pages as HTML with a strict CSP', async () => {
    for (const path of ['/', '/claims', '/articles', '/entities', '/articles/a1', '/articles/corpus%2Fb1%232', '/entities/Jane%20Doe']) {
      const response = await raw(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.body).toMatch(/^<!doctype html>/);
      // No inline script, style attribute or event handler inside any tag.
      expect(response.body).not.toMatch(/<script>|<[^>]*\sstyle=|<[^>]*\son[a-z]+=/);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });

  it('shows an article with its spans highlighted and its claims beside it', async () => {
    const { body } = await raw('/articles/a1');
    expect(body).toContain('<span class="hl hl-speaker ent ent-person" data-claims="0"');
    expect(body).toContain('>Jane Doe</span>');
    expect(body).toContain('<li class="claim-card" id="claim-1" data-claim="1"');
    expect(body.match(/class="claim-card"/g)).toHaveLength(3);
    expect(body).toContain('<span class="hl hl-content hl-quote" data-claims="1"');
  });

  it('answers HEAD like GET without a body, and the favicon with 204', async () => {
    const head = await raw('/claims', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000);
    expect((await raw('/favicon.ico')).status).toBe(204);
  });

  it('serves its two assets and nothing else', async () => {
    const css = await raw('/assets/app.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const js = await raw('/assets/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toContain('scrollIntoView');
  });
});

describe('data endpoints', () => {
  it('/claims.json pages by cursor through every claim, with the same filters, and a Link header', async () => {
    const all = await getJson<ClaimPageJson>('/claims.json');
    expect(all.status).toBe(200);
    const ids = all.body.items.map((c) => c.claim_id);
    expect(ids).toEqual(['a1:0', 'a1:1', 'a1:2', 'corpus/b1#2:0', 'evil:0']);
    expect(all.body.next).toBeNull();
    expect(all.link).toBeNull();

    const walked: string[] = [];
    let path: string | null = '/claims.json?limit=2';
    let pages = 0;
    while (path !== null) {
      const page: { body: ClaimPageJson; link: string | null } = await getJson<ClaimPageJson>(path);
      walked.push(...page.body.items.map((c) => c.claim_id));
      if (page.body.next !== null) expect(page.link).toBe(`<${page.body.next}>; rel="next"`);
      path = page.body.next;
      pages++;
    }
    expect(walked).toEqual(ids);
    expect(pages).toBe(3);

    const filtered = await getJson<ClaimPageJson>('/claims.json?speaker=jane&limit=1');
    expect(filtered.body.items.map((c) => c.claim_id)).toEqual(['a1:0']);
    expect(filtered.body.next).toMatch(/^\/claims\.json\?speaker=jane&limit=1&cursor=/);
    const second = await getJson<ClaimPageJson>(filtered.body.next!);
    expect(second.body.items.map((c) => c.claim_id)).toEqual(['a1:1']);
    expect(second.body.next).toBeNull();
    expect(filtered.body.items[0]!.article.title).toBe('Minister Says Talks Will Resume');
  });

  it('/claims.csv has the export columns plus the article, one CRLF row per claim', async () => {
    const response = await fetch(`${base}/claims.csv?kind=direct`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe([...CLAIM_CSV_COLUMNS, 'article_title', 'article_source', 'article_url', 'published_at'].join(','));
    expect(lines.slice(1, -1)).toHaveLength(1);
    expect(lines[1]).toMatch(/^a1,a1:1,she,/);
    expect(lines[lines.length - 1]).toBe('');
    const paged = await fetch(`${base}/claims.csv?limit=4`);
    expect(paged.headers.get('link')).toMatch(/^<\/claims\.csv\?limit=4&cursor=[A-Za-z0-9_-]+>; rel="next"$/);
  });

  it('serves the article, entity and overview data', async () => {
    const articles = await getJson<{ items: { id: string; claims: number; snippet: string | null }[] }>('/articles.json?search=betrayal');
    expect(articles.body.items.map((a) => [a.id, a.claims])).toEqual([['corpus/b1#2', 1]]);
    expect(articles.body.items[0]!.snippet).toContain('betrayal');
    const articleCsv = await (await fetch(`${base}/articles.csv`)).text();
    expect(articleCsv.split('\r\n')[0]).toBe('id,title,source,url,published_at,claims,mentions,snippet');
    const entities = await getJson<{ items: { entity: string }[]; next: string | null }>('/entities.json?label=ORG');
    expect(entities.body.items.map((e) => e.entity)).toEqual(['Acme Corporation', 'Kataeb Hezbollah']);
    const entityCsv = await (await fetch(`${base}/entities.csv?limit=1`)).text();
    expect(entityCsv.split('\r\n')).toHaveLength(3);
    const article = await getJson<{ article: { id: string }; claims: unknown[]; mentions: unknown[] }>('/articles/corpus%2Fb1%232/data.json');
    expect(article.body.article.id).toBe('corpus/b1#2');
    expect(article.body.claims).toHaveLength(1);
    expect(article.body.mentions).toHaveLength(2);
    const entity = await getJson<{ entity: string; days: unknown[] }>('/entities/jane%20doe/data.json');
    expect(entity.body).toMatchObject({ entity: 'Jane Doe', days: [{ day: '2024-03-15', said: 2, about: 0 }] });
    expect(await (await fetch(`${base}/entities/Jane%20Doe/days.csv`)).text()).toBe('day,said,about\r\n2024-03-15,2,0\r\n');
    const overview = await getJson<{ claims: number; lastRun: { status: string } }>('/overview.json');
    expect(overview.body).toMatchObject({ claims: 5, lastRun: { status: 'ok' } });
  });
});

describe('errors', () => {
  it.each([
    ['/claims?limit=0', 'html', /parameter &quot;limit&quot; expects a whole number from 1 to 500/],
    ['/claims.json?kind=bogus', 'json', /parameter \\"kind\\" expects one of direct, indirect, mixed/],
    ['/claims.csv?since=2024-13-01', 'csv', /400 Bad request: parameter "since" expects an ISO-8601 date/],
    ['/claims.json?cursor=abc', 'json', /not a cursor of this list/],
    ['/claims.json?nope=1', 'json', /unknown parameter \\"nope\\"/],
    ['/articles.json?limit=100000', 'json', /\\"limit\\"/],
    ['/entities.json?label=robot', 'json', /\\"label\\" expects one of/],
    ['/articles/a1?x=1', 'html', /this page takes no parameters/],
    ['/articles/%E0%A4%A', 'html', /not valid percent-encoded UTF-8/],
  ])('%s is a 400 with a message (%s), never a stack trace', async (path, format, message) => {
    const response = await raw(path);
    expect(response.status).toBe(400);
    expect(response.body).toMatch(message);
    expect(response.body).not.toMatch(/\n\s+at |\.ts:\d|node_modules|Error:/);
    const type = { html: 'text/html', json: 'application/json', csv: 'text/plain' }[format as 'html' | 'json' | 'csv'];
    expect(response.headers['content-type']).toContain(type);
  });

  it('404s unknown articles, entities and every path outside the app, serving no file', async () => {
    const paths = [
      '/nope',
      '/articles/missing',
      '/entities/Nobody',
      '/assets/other.js',
      '/assets/../../../../etc/passwd',
      '/assets/..%2f..%2f..%2fetc%2fpasswd',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '//etc/passwd',
      '/assets/app.css/../../package.json',
      '/articles/..%2F..%2F..%2Fetc%2Fpasswd',
      '/dist/cli/index.js',
      '/package.json',
      '/claims.json/../package.json',
    ];
    for (const path of paths) {
      const response = await raw(path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toMatch(/root:|"name": "news-claims"|#!\/usr\/bin\/env node/);
    }
    const json = await raw('/articles/missing/data.json');
    expect(JSON.parse(json.body)).toEqual({ error: { status: 404, message: 'no article with id "missing"' } });
  });

  it('refuses other methods, bodies, long addresses and foreign Host headers', async () => {
    const post = await raw('/claims', { method: 'POST', body: 'x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    expect((await raw('/claims', { method: 'DELETE' })).status).toBe(405);
    expect((await raw('/claims', { body: 'x', headers: { 'content-length': '1' } })).status).toBe(413);
    expect((await raw(`/claims?search=${'a'.repeat(5000)}`)).status).toBe(414);
    const rebinding = await raw('/claims.json', { headers: { host: `evil.example:${port}` } });
    expect(rebinding.status).toBe(421);
    expect(rebinding.body).not.toContain('a1:0');
    expect((await raw('/claims.json', { headers: { host: `localhost:${port}` } })).status).toBe(200);
    const oversized = await raw('/claims', { headers: { 'x-filler': 'y'.repeat(10_000) } });
    expect(oversized.status).toBe(431);
  });
});

describe('SQL injection attempts', () => {
  const payloads = [
    "' OR '1'='1",
    "1' OR 1=1 --",
    '"; DROP TABLE claims; --',
    "a1' UNION SELECT name, sql FROM sqlite_master --",
    '%',
    '_',
    ') OR 1=1 --',
    '* OR content_text:*',
    'NEAR(talks resume)',
    '" OR "" = "',
    "\\'; DELETE FROM articles; --",
  ];
  const lists: [string, readonly string[]][] = [
    ['/claims.json', CLAIM_PARAMS],
    ['/articles.json', ARTICLE_PARAMS],
    ['/entities.json', ENTITY_PARAMS],
  ];

  it.each(lists)('%s: every filter answers 200 with no extra rows, or 400 — never 500', async (path, names) => {
    for (const name of names) {
      for (const payload of payloads) {
        const url = `${path}?${new URLSearchParams({ [name]: payload })}`;
        const response = await raw(url);
        expect([200, 400], `${url} → ${response.status}: ${response.body.slice(0, 200)}`).toContain(response.status);
        if (response.status === 200) {
          const items = (JSON.parse(response.body) as { items: unknown[] }).items;
          expect(items, url).toEqual([]);
        }
      }
    }
  });

  it('leaves the database as it was', async () => {
    const overview = await getJson<{ articles: number; claims: number; entities: number }>('/overview.json');
    expect(overview.body).toMatchObject({ articles: 3, claims: 5 });
  });
});

describe('a hostile article', () => {
  it('shows its title, text, source, url and spans as text, never as markup', async () => {
    for (const path of ['/articles/evil', '/claims', '/articles', '/', '/entities/%3Ci%3EMayor%3C%2Fi%3E', '/claims?speaker=%3Cscript%3E']) {
      const { status, body } = await raw(path);
      expect(status, path).toBe(200);
      expect(body, path).not.toMatch(/<script>alert|<img src=x|<svg onload|<i>Mayor|<b>src|href="javascript:/i);
    }
    const { body } = await raw('/articles/evil');
    expect(body).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; and &quot;&gt;&lt;img src=x onerror=alert(1)&gt; · news-claims</title>');
    expect(body).toContain('javascript:alert(1)'); // shown as text, not linked
    expect(body).toContain('&lt;i&gt;Mayor&lt;/i&gt;');
  });
});
