/**
 * Claims per day as an inline SVG bar chart (no script, no external file, so the CSP stays strict).
 * Days without claims are left out rather than drawn as gaps: news about an entity comes in bursts
 * months apart, and a continuous axis would be mostly empty.
 */
import type { EntityDay } from '../store/index.js';
import { html, type Html } from './html.js';

/** Most days drawn; older ones are summarised in a note. */
export const MAX_CHART_DAYS = 90;

const HEIGHT = 180;
const TOP = 14;
const BOTTOM = 34;
const LEFT = 34;
const BAR = 18;
const GAP = 6;

/** A stacked bar per day: claims said by the entity (bottom) and about it (top). */
export function dayChart(days: readonly EntityDay[]): Html {
  if (days.length === 0) return html`<p class="card muted">No dated claims by or about this entity.</p>`;
  const shown = days.slice(-MAX_CHART_DAYS);
  const max = Math.max(1, ...shown.map((d) => d.said + d.about));
  const plot = HEIGHT - TOP - BOTTOM;
  const width = Math.max(360, LEFT + shown.length * (BAR + GAP) + GAP);
  const y = (value: number): number => TOP + plot - (value / max) * plot;
  // Label about eight days along the axis, always the first and the last.
  const every = Math.max(1, Math.ceil(shown.length / 8));
  const bars = shown.map((day, i) => {
    const x = LEFT + GAP + i * (BAR + GAP);
    const saidTop = y(day.said);
    const aboutTop = y(day.said + day.about);
    const label = i % every === 0 || i === shown.length - 1;
    return html`<g><title>${day.day}: ${day.said} said, ${day.about} about</title>
<rect class="said" x="${x}" y="${saidTop.toFixed(1)}" width="${BAR}" height="${(TOP + plot - saidTop).toFixed(1)}"></rect>
<rect class="about" x="${x}" y="${aboutTop.toFixed(1)}" width="${BAR}" height="${(saidTop - aboutTop).toFixed(1)}"></rect>
${label ? html`<text x="${x + BAR / 2}" y="${HEIGHT - BOTTOM + 14}" text-anchor="middle">${day.day.slice(5)}</text>` : ''}</g>`;
  });
  const years = [...new Set(shown.map((d) => d.day.slice(0, 4)))].join('–');
  return html`<svg class="chart" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="Claims per day">
<line class="axis" x1="${LEFT}" y1="${TOP + plot}" x2="${width}" y2="${TOP + plot}"></line>
<line class="axis" x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${TOP + plot}"></line>
<text x="${LEFT - 6}" y="${TOP + 4}" text-anchor="end">${max}</text>
<text x="${LEFT - 6}" y="${TOP + plot}" text-anchor="end">0</text>
<text x="${LEFT}" y="${HEIGHT - 4}">${years}</text>
${bars}
</svg>
<p class="small muted"><span class="key said"></span>said by it<span class="key about"></span>said about it${
    days.length > shown.length ? html` · the latest ${shown.length} of ${days.length} days with claims` : ''
  }</p>`;
}
