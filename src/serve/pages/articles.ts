/** The article list: full-text search over title and text, date range, source; also JSON and CSV. */
import { SNIPPET_MARKS, type ArticleSummary, type StoreReader } from '../../store/index.js';
import { encodeCursor } from '../cursor.js';
import { escapeHtml, html, Html } from '../html.js';
import { parseArticleQuery } from '../params.js';
import { csvReply, htmlReply, jsonReply, type Reply } from '../reply.js';
import { urls, type DataFormat } from '../urls.js';
import { layout } from './layout.js';
import { formatDate, formatLinks, pager, textField } from './parts.js';

/** CSV columns of the article list. */
export const ARTICLE_CSV_COLUMNS = ['id', 'title', 'source', 'url', 'published_at', 'claims', 'mentions', 'snippet'] as const;

const MARKS = new RegExp(`[${SNIPPET_MARKS.open}${SNIPPET_MARKS.close}]`, 'gu');

/** The snippet as plain text (for data) — the marks only mean something on the page. */
function plainSnippet(snippet: string | null): string | null {
  return snippet === null ? null : snippet.replace(MARKS, '');
}

/** The snippet as HTML: escaped text, with the search matches in <mark>. */
export function snippetHtml(snippet: string): Html {
  return new Html(
    escapeHtml(snippet).replaceAll(SNIPPET_MARKS.open, '<mark>').replaceAll(SNIPPET_MARKS.close, '</mark>'),
  );
}

function record(article: ArticleSummary): Record<string, string | number | null> {
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    url: article.url,
    published_at: article.publishedAt,
    claims: article.claims,
    mentions: article.mentions,
    snippet: plainSnippet(article.snippet),
  };
}

/** Answers /articles, /articles.json and /articles.csv. */
export function articlesPage(reader: StoreReader, query: URLSearchParams, format: 'html' | DataFormat): Reply {
  const { filter, limit, values } = parseArticleQuery(query);
  const page = reader.listArticlePage(filter, limit);
  const same = { ...values, cursor: undefined };
  const nextCursor = page.next ? encodeCursor('articles', page.next) : null;
  const link = (to: 'html' | DataFormat, cursor?: string): string =>
    urls.articles({ ...same, cursor }, to === 'html' ? undefined : to);
  const next = nextCursor === null ? null : link(format, nextCursor);
  const records = page.items.map(record);
  if (format === 'json') return jsonReply({ items: records, next, next_cursor: nextCursor }, next);
  if (format === 'csv') {
    return csvReply(ARTICLE_CSV_COLUMNS, records.map((r) => ARTICLE_CSV_COLUMNS.map((c) => r[c] ?? null)), 'articles.csv', next);
  }
  const rows = page.items.map(
    (article) => html`<tr>
<td class="small">${formatDate(article.publishedAt)}</td>
<td><a href="${urls.article(article.id)}">${article.title ?? article.id}</a>${article.snippet ? html`<div class="small muted">${snippetHtml(article.snippet)}</div>` : ''}</td>
<td class="small">${article.source ?? ''}</td>
<td class="num">${article.claims}</td><td class="num">${article.mentions}</td>
</tr>`,
  );
  const body = html`<h1>Articles ${formatLinks(link('json', values.cursor), link('csv', values.cursor))}</h1>
<form class="filters card" method="get" action="${urls.articles()}">
${textField('search', 'Title or text contains', values.search, 'words')}
${textField('source', 'Source (exact)', values.source)}
${textField('since', 'Published since', values.since, 'YYYY-MM-DD')}
${textField('until', 'Published until', values.until, 'YYYY-MM-DD')}
<div class="actions"><button type="submit">Search</button><a href="${urls.articles()}">Clear</a></div>
</form>
${page.items.length === 0 ? html`<p class="card muted">No articles match.</p>` : html`<table class="list">
<thead><tr><th>Date</th><th>Title</th><th>Source</th><th class="num">Claims</th><th class="num">Mentions</th></tr></thead>
<tbody>${rows}</tbody></table>`}
${pager(next, values.cursor ? link('html') : null, page.items.length)}`;
  return htmlReply(layout('Articles', 'articles', body));
}
