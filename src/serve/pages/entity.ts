/**
 * One entity (every label it has under that name): its counts, claims per day, what it said and what
 * was said about it. As data: /entities/<name>/data.json (summary and days), /days.csv.
 */
import type { StoreReader } from '../../store/index.js';
import { dayChart } from '../chart.js';
import { NotFoundError } from '../errors.js';
import { html } from '../html.js';
import { parseNoParams } from '../params.js';
import { csvReply, htmlReply, jsonReply, type Reply } from '../reply.js';
import { urls, type DataFormat } from '../urls.js';
import { layout } from './layout.js';
import { claimTable, formatLinks } from './parts.js';

/** Claims shown per list on the page; the full lists are a link away. */
const SHOWN = 20;

/** Answers /entities/<name>, its data.json and days.csv. */
export function entityPage(reader: StoreReader, name: string, query: URLSearchParams, format: 'html' | DataFormat): Reply {
  parseNoParams(query);
  const entities = reader.findEntities(name);
  if (entities.length === 0) throw new NotFoundError(`no entity named "${name}"`);
  const canonical = entities[0]!.entity;
  const days = reader.entityDays(canonical);
  if (format === 'json') return jsonReply({ entity: canonical, labels: entities, days });
  if (format === 'csv') return csvReply(['day', 'said', 'about'], days.map((d) => [d.day, d.said, d.about]), 'days.csv');

  const said = reader.listClaimPage({ speakerEntity: canonical }, SHOWN);
  const about = reader.listClaimPage({ about: canonical }, SHOWN);
  const total = (key: 'mentions' | 'articles' | 'claimsAsSpeaker' | 'claimsAbout'): number =>
    entities.reduce((sum, e) => sum + e[key], 0);
  const more = (count: number, href: string) =>
    count > SHOWN ? html`<p><a href="${href}">All ${count} claims →</a></p>` : '';
  const body = html`<h1>${canonical} ${entities.map((e) => html`<span class="badge">${e.label}</span>`)} ${formatLinks(
    urls.entityData(canonical, 'json'),
    urls.entityData(canonical, 'csv'),
  )}</h1>
<div class="grid stats">
<div class="card stat"><div class="n">${total('mentions')}</div><div class="muted">mentions</div></div>
<div class="card stat"><div class="n">${total('articles')}</div><div class="muted">articles</div></div>
<div class="card stat"><div class="n">${total('claimsAsSpeaker')}</div><div class="muted">claims said</div></div>
<div class="card stat"><div class="n">${total('claimsAbout')}</div><div class="muted">claims about it</div></div>
</div>
<h2>Claims per day</h2>
${dayChart(days)}
<h2>What ${canonical} said <a class="small" href="${urls.claims({ speaker_entity: canonical })}">list</a></h2>
${claimTable(said.items)}
${more(total('claimsAsSpeaker'), urls.claims({ speaker_entity: canonical }))}
<h2>What was said about ${canonical} <a class="small" href="${urls.claims({ about: canonical })}">list</a></h2>
${claimTable(about.items)}
${more(total('claimsAbout'), urls.claims({ about: canonical }))}`;
  return htmlReply(layout(canonical, 'entities', body));
}
