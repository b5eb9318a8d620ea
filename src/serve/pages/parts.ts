/** Pieces several pages share: claim rows, badges, pagers, links to the data formats, dates. */
import type { ClaimExportRecord } from '../../model/records.js';
import type { ClaimListItem } from '../../store/index.js';
import { claimIndex } from '../highlight.js';
import { html, type Html } from '../html.js';
import { urls } from '../urls.js';

/** A published_at value for people: the date, and the UTC time when there is one. */
export function formatDate(value: string | null): string {
  if (value === null) return 'undated';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/u.exec(value);
  return match ? `${match[1]} ${match[2]} UTC` : value;
}

/** The speaker as written, with the entity it resolves to (linked) when that says more. */
export function speakerCell(claim: ClaimExportRecord): Html {
  const speaker = claim.speaker;
  if (!speaker) return html`<span class="muted">—</span>`;
  const entity = speaker.entity;
  const entityLink = entity ? html`<a href="${urls.entity(entity)}">${entity}</a>` : null;
  if (entity && entity.toLowerCase() !== speaker.text.toLowerCase()) {
    return html`${speaker.text} <span class="muted small">(${entityLink})</span>`;
  }
  return entityLink ?? html`${speaker.text}`;
}

/** Act and kind as small badges. */
export function claimBadges(claim: ClaimExportRecord): Html {
  return html`<span class="badge act">${claim.act}</span><span class="badge kind-${claim.kind}">${claim.kind}</span>`;
}

/** A table of claims with their articles, each linking to the claim in its article. */
export function claimTable(items: readonly ClaimListItem[], options: { showArticle?: boolean } = {}): Html {
  const showArticle = options.showArticle ?? true;
  if (items.length === 0) return html`<p class="card muted">No claims match.</p>`;
  return html`<table class="list claims">
<thead><tr><th>Date</th><th>Speaker</th><th>Cue</th><th>Claim</th>${showArticle ? html`<th>Article</th>` : ''}</tr></thead>
<tbody>
${items.map(
  (claim) => html`<tr data-claim-id="${claim.claim_id}">
<td class="small nowrap">${formatDate(claim.article.published_at)}</td>
<td>${speakerCell(claim)}</td>
<td>${claim.cue?.text ?? ''}</td>
<td class="content"><a class="claim-link" href="${urls.article(claim.article_id, claimIndex(claim))}" title="show in the article">${claim.content.text}</a><div>${claimBadges(claim)}${
    claim.target ? html`<span class="small muted">about ${claim.target.entity ? html`<a href="${urls.entity(claim.target.entity)}">${claim.target.text}</a>` : claim.target.text}</span>` : ''
  }</div></td>
${showArticle ? html`<td class="small"><a href="${urls.article(claim.article_id)}">${claim.article.title ?? claim.article_id}</a>${claim.article.source ? html`<div class="muted">${claim.article.source}</div>` : ''}</td>` : ''}
</tr>`,
)}
</tbody>
</table>`;
}

/** "Next page" (and "first page" when not on it) links. */
export function pager(next: string | null, first: string | null, shown: number): Html {
  if (next === null && first === null) return html`<p class="pager muted small">${shown} shown</p>`;
  return html`<p class="pager">${first ? html`<a href="${first}">← First page</a>` : ''}<span class="muted small">${shown} on this page</span>${
    next ? html`<a href="${next}" rel="next">Next page →</a>` : html`<span class="muted small">last page</span>`
  }</p>`;
}

/** Links to this view as JSON and CSV. */
export function formatLinks(json: string, csv: string | null): Html {
  return html`<span class="formats">${html`<a href="${json}">JSON</a>`}${csv ? html`<a href="${csv}">CSV</a>` : ''}</span>`;
}

/** A labelled text input of a filter form. */
export function textField(name: string, label: string, value: string | undefined, placeholder = '', type = 'text'): Html {
  return html`<label>${label}<input type="${type}" name="${name}" value="${value ?? ''}" placeholder="${placeholder}"></label>`;
}

/** A labelled select of a filter form, with an empty "any" choice first. */
export function selectField(name: string, label: string, value: string | undefined, choices: readonly string[]): Html {
  const options = value !== undefined && !choices.includes(value) ? [...choices, value] : choices;
  return html`<label>${label}<select name="${name}"><option value="">any</option>${options.map(
    (choice) => html`<option value="${choice}"${choice === value ? html` selected` : ''}>${choice}</option>`,
  )}</select></label>`;
}
