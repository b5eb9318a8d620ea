/** The entity list: label and name filters, most mentioned first; also JSON and CSV. */
import type { EntitySummary, StoreReader } from '../../store/index.js';
import { encodeCursor } from '../cursor.js';
import { html } from '../html.js';
import { ENTITY_LABELS, parseEntityQuery } from '../params.js';
import { csvReply, htmlReply, jsonReply, type Reply } from '../reply.js';
import { urls, type DataFormat } from '../urls.js';
import { layout } from './layout.js';
import { formatLinks, pager, selectField, textField } from './parts.js';

/** CSV columns of the entity list (the EntitySummary fields). */
export const ENTITY_CSV_COLUMNS = ['entity', 'label', 'mentions', 'articles', 'claimsAsSpeaker', 'claimsAbout'] as const;

/** Answers /entities, /entities.json and /entities.csv. */
export function entitiesPage(reader: StoreReader, query: URLSearchParams, format: 'html' | DataFormat): Reply {
  const { filter, limit, after, values } = parseEntityQuery(query);
  const page = reader.listEntityPage(filter, limit, after);
  const same = { ...values, cursor: undefined };
  const nextCursor = page.next ? encodeCursor('entities', page.next) : null;
  const link = (to: 'html' | DataFormat, cursor?: string): string =>
    urls.entities({ ...same, cursor }, to === 'html' ? undefined : to);
  const next = nextCursor === null ? null : link(format, nextCursor);
  if (format === 'json') return jsonReply({ items: page.items, next, next_cursor: nextCursor }, next);
  if (format === 'csv') {
    return csvReply(ENTITY_CSV_COLUMNS, page.items.map((e: EntitySummary) => ENTITY_CSV_COLUMNS.map((c) => e[c])), 'entities.csv', next);
  }
  const rows = page.items.map(
    (entity) => html`<tr>
<td><a href="${urls.entity(entity.entity)}">${entity.entity}</a></td><td><span class="badge">${entity.label}</span></td>
<td class="num">${entity.mentions}</td><td class="num">${entity.articles}</td>
<td class="num"><a href="${urls.claims({ speaker_entity: entity.entity })}">${entity.claimsAsSpeaker}</a></td>
<td class="num"><a href="${urls.claims({ about: entity.entity })}">${entity.claimsAbout}</a></td>
</tr>`,
  );
  const body = html`<h1>Entities ${formatLinks(link('json', values.cursor), link('csv', values.cursor))}</h1>
<form class="filters card" method="get" action="${urls.entities()}">
${textField('search', 'Name contains', values.search)}
${selectField('label', 'Label', values.label?.toUpperCase(), ENTITY_LABELS)}
<div class="actions"><button type="submit">Filter</button><a href="${urls.entities()}">Clear</a></div>
</form>
${page.items.length === 0 ? html`<p class="card muted">No entities match.</p>` : html`<table class="list">
<thead><tr><th>Entity</th><th>Label</th><th class="num">Mentions</th><th class="num">Articles</th><th class="num">Claims said</th><th class="num">Claims about</th></tr></thead>
<tbody>${rows}</tbody></table>`}
${pager(next, values.cursor ? link('html') : null, page.items.length)}`;
  return htmlReply(layout('Entities', 'entities', body));
}
