/** The claims list: filters, a page of claims, cursor paging; also as JSON and CSV. */
import { CLAIM_CSV_COLUMNS, claimCsvValues } from '../../cli/export.js';
import type { ClaimListItem, StoreReader } from '../../store/index.js';
import { encodeCursor } from '../cursor.js';
import { html } from '../html.js';
import { CLAIM_KINDS, parseClaimQuery } from '../params.js';
import { csvReply, htmlReply, jsonReply, type Reply } from '../reply.js';
import { urls, type DataFormat } from '../urls.js';
import { layout } from './layout.js';
import { claimTable, formatLinks, pager, selectField, textField } from './parts.js';

/**
 * CSV columns: those of `claims export --format csv` (so both load into the same sheet), then the
 * article's metadata.
 */
export const CLAIM_LIST_CSV_COLUMNS = [...CLAIM_CSV_COLUMNS, 'article_title', 'article_source', 'article_url', 'published_at'] as const;

function csvValues(claim: ClaimListItem): (string | number | null)[] {
  return [...claimCsvValues(claim), claim.article.title, claim.article.source, claim.article.url, claim.article.published_at];
}

/** Answers /claims, /claims.json and /claims.csv. */
export function claimsPage(reader: StoreReader, query: URLSearchParams, format: 'html' | DataFormat): Reply {
  const { filter, limit, values } = parseClaimQuery(query);
  const page = reader.listClaimPage(filter, limit);
  const same = { ...values, cursor: undefined };
  const nextCursor = page.next ? encodeCursor('claims', page.next) : null;
  const link = (to: 'html' | DataFormat, cursor?: string): string =>
    urls.claims({ ...same, cursor }, to === 'html' ? undefined : to);
  const next = nextCursor === null ? null : link(format, nextCursor);
  if (format === 'json') return jsonReply({ items: page.items, next, next_cursor: nextCursor }, next);
  if (format === 'csv') return csvReply(CLAIM_LIST_CSV_COLUMNS, page.items.map(csvValues), 'claims.csv', next);

  const acts = Object.keys(reader.stats().claimsByAct).sort();
  const body = html`<h1>Claims ${formatLinks(link('json', values.cursor), link('csv', values.cursor))}</h1>
<form class="filters card" method="get" action="${urls.claims()}">
${textField('speaker', 'Speaker (text or entity contains)', values.speaker, 'e.g. minister')}
${textField('speaker_entity', 'Speaker entity (exact)', values.speaker_entity)}
${textField('entity', 'Entity (speaker, target or mentioned)', values.entity)}
${textField('about', 'About entity (target or mentioned)', values.about)}
${selectField('act', 'Act', values.act?.toLowerCase(), acts)}
${selectField('kind', 'Kind', values.kind?.toLowerCase(), CLAIM_KINDS)}
${textField('article', 'Article id', values.article)}
${textField('since', 'Published since', values.since, 'YYYY-MM-DD')}
${textField('until', 'Published until', values.until, 'YYYY-MM-DD')}
${textField('search', 'Claim content contains', values.search, 'words')}
${textField('article_search', 'Article text contains', values.article_search, 'words')}
${textField('limit', 'Per page', values.limit, '50', 'number')}
<div class="actions"><button type="submit">Filter</button><a href="${urls.claims()}">Clear</a></div>
</form>
${claimTable(page.items)}
${pager(next, values.cursor ? link('html') : null, page.items.length)}`;
  return htmlReply(layout('Claims', 'claims', body));
}
