/**
 * One article: its text with every claim part and entity mention highlighted, its claims beside it.
 * Clicking a claim marks its spans and scrolls to them (assets/script.ts). As data:
 * /articles/<id>/data.json (the article, its claims and its mentions).
 */
import type { ClaimExportRecord } from '../../model/records.js';
import type { StoreReader } from '../../store/index.js';
import { NotFoundError } from '../errors.js';
import { claimIndex, collectMarks, highlightText } from '../highlight.js';
import { html, safeExternalUrl, type Html } from '../html.js';
import { parseNoParams } from '../params.js';
import { htmlReply, jsonReply, type Reply } from '../reply.js';
import { urls } from '../urls.js';
import { layout } from './layout.js';
import { claimBadges, formatDate, speakerCell } from './parts.js';

function claimCard(claim: ClaimExportRecord): Html {
  const index = claimIndex(claim);
  const detail = (term: string, value: Html | string | null | undefined) =>
    value === null || value === undefined || value === '' ? '' : html`<dt>${term}</dt><dd>${value}</dd>`;
  const target = claim.target
    ? claim.target.entity
      ? html`<a href="${urls.entity(claim.target.entity)}">${claim.target.text}</a>`
      : claim.target.text
    : null;
  return html`<li class="claim-card" id="claim-${index}" data-claim="${index}" tabindex="0">
<div class="who"><span class="muted small">#${index}</span> ${speakerCell(claim)} ${claimBadges(claim)}</div>
<div class="what">${claim.content.text}</div>
<dl>${detail('cue', claim.cue ? `${claim.cue.text} (${claim.cue.lemma})` : null)}${detail('role', claim.speaker?.role)}${detail('target', target)}${detail(
    'channel',
    claim.channel,
  )}${detail('quotes', claim.quotes.length > 0 ? claim.quotes.map((q) => `“${q.text}”`).join(' ') : null)}${detail('confidence', claim.confidence.toFixed(2))}</dl>
</li>`;
}

const LEGEND = html`<div class="legend"><span class="hl hl-speaker">speaker</span><span class="hl hl-cue">cue</span><span class="hl hl-content">content</span><span class="hl hl-quote">quote</span><span class="ent ent-person">person</span><span class="ent ent-org">organisation</span><span class="ent ent-gpe">place</span><span class="ent ent-date">date / number</span><span class="muted">Click a claim to mark it in the text.</span></div>`;

/** Answers /articles/<id> and /articles/<id>/data.json. */
export function articlePage(reader: StoreReader, id: string, query: URLSearchParams, format: 'html' | 'json'): Reply {
  parseNoParams(query);
  const article = reader.getArticle(id);
  if (article === null) throw new NotFoundError(`no article with id "${id}"`);
  const claims = reader.listClaims({ article: id });
  const mentions = [...reader.iterateMentions({ article: id })];
  if (format === 'json') return jsonReply({ article, claims, mentions });

  const link = safeExternalUrl(article.url);
  const meta = [
    article.source,
    formatDate(article.publishedAt),
    link ? html`<a href="${link}" rel="noopener noreferrer">original</a>` : article.url,
    html`<span class="muted">id ${article.id}</span>`,
    html`<a href="${urls.articleData(article.id)}">JSON</a>`,
    html`<a href="${urls.claims({ article: article.id }, 'csv')}">claims CSV</a>`,
  ].filter((part) => part !== null && part !== '');
  const body = html`<h1>${article.title ?? article.id}</h1>
<p class="small muted">${meta.map((part, i) => html`${i > 0 ? ' · ' : ''}${part}`)}</p>
${LEGEND}
<div class="article-layout">
<article class="article-text">${highlightText(article.text, collectMarks(claims, mentions))}</article>
<aside class="claims-panel" aria-label="Claims">
<h2>${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}</h2>
${claims.length === 0 ? html`<p class="muted">No claims were found in this article.</p>` : html`<ol>${claims.map(claimCard)}</ol>`}
</aside>
</div>`;
  return htmlReply(layout(article.title ?? article.id, 'articles', body));
}
