/** The overview: totals, claims by act and kind, the latest run, the most mentioned entities. */
import type { StoreReader } from '../../store/index.js';
import { html } from '../html.js';
import { parseNoParams } from '../params.js';
import { htmlReply, jsonReply, type Reply } from '../reply.js';
import { urls } from '../urls.js';
import { layout } from './layout.js';
import { formatDate, formatLinks } from './parts.js';

/** Entities and articles listed on the overview. */
const TOP = 10;

/** Answers / and /overview.json. */
export function overviewPage(reader: StoreReader, query: URLSearchParams, format: 'html' | 'json'): Reply {
  parseNoParams(query);
  const stats = reader.stats();
  if (format === 'json') return jsonReply(stats);
  const entities = reader.listEntityPage({}, TOP).items;
  const articles = reader.listArticlePage({}, TOP).items;
  const counts: [string, number, string | null][] = [
    ['articles', stats.articles, urls.articles()],
    ['claims', stats.claims, urls.claims()],
    ['entities', stats.entities, urls.entities()],
    ['mentions', stats.mentions, null],
    ['sentences', stats.sentences, null],
    ['errors', stats.errors, null],
  ];
  const run = stats.lastRun;
  const byKey = (values: Record<string, number>, param: 'act' | 'kind') =>
    html`<table class="list"><tbody>${Object.entries(values).map(
      ([key, n]) => html`<tr><td><a href="${urls.claims({ [param]: key })}">${key}</a></td><td class="num">${n}</td></tr>`,
    )}</tbody></table>`;
  const body = html`<h1>Overview ${formatLinks(urls.overview('json'), null)}</h1>
<div class="grid stats">${counts.map(
    ([label, n, href]) => html`<div class="card stat"><div class="n">${href ? html`<a href="${href}">${n}</a>` : n}</div><div class="muted">${label}</div></div>`,
  )}</div>
<h2>Latest run</h2>
${run
  ? html`<div class="card">Run ${run.id}: <strong>${run.status}</strong>, started ${formatDate(run.startedAt)}${
      run.finishedAt ? html`, finished ${formatDate(run.finishedAt)}` : html` <span class="muted">(still running or interrupted)</span>`
    }<div class="small muted">read ${run.counts.read} · unchanged ${run.counts.unchanged} · processed ${run.counts.processed} · failed ${run.counts.failed} · ${run.counts.claims} claims · ${run.counts.entities} mentions</div></div>`
  : html`<p class="card muted">No run yet.</p>`}
<div class="grid two">
<div><h2>Claims by act</h2>${byKey(stats.claimsByAct, 'act')}</div>
<div><h2>Claims by kind</h2>${byKey(stats.claimsByKind, 'kind')}</div>
</div>
<div class="grid two">
<div><h2>Most mentioned entities</h2><table class="list"><tbody>${entities.map(
    (e) => html`<tr><td><a href="${urls.entity(e.entity)}">${e.entity}</a> <span class="badge">${e.label}</span></td><td class="num">${e.mentions}</td></tr>`,
  )}</tbody></table></div>
<div><h2>Latest articles</h2><table class="list"><tbody>${articles.map(
    (a) => html`<tr><td><a href="${urls.article(a.id)}">${a.title ?? a.id}</a></td><td class="small nowrap">${formatDate(a.publishedAt)}</td><td class="num">${a.claims}</td></tr>`,
  )}</tbody></table></div>
</div>`;
  return htmlReply(layout('Overview', 'overview', body));
}
