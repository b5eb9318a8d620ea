/**
 * Plain-text tables of evaluation results for people (the `claims eval` command prints these).
 * Ratios are shown as percentages with one decimal; the counts they come from sit beside them.
 */
import type { AttributionResult } from './attribution.js';
import { CLAIM_KINDS } from './attribution.js';
import type { ComponentScores } from './components.js';
import { COMPONENTS } from './components.js';
import type { AttributionTexts, ErrorReport } from './errors.js';
import { FALSE_CLAIM_CATEGORIES, MISS_CATEGORIES } from './errors.js';
import { NER_LABELS, type NerResult } from './ner.js';
import type { RecallScore, Score } from './score.js';

/** A ratio as a percentage with one decimal: 0.8321 -> "83.2". */
export function formatPercent(ratio: number): string {
  return (ratio * 100).toFixed(1);
}

type Align = 'left' | 'right';

/** Lays out rows in columns, two spaces apart; `align` gives each column's alignment. */
function renderTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const render = (row: readonly string[]): string =>
    widths
      .map((width, column) => {
        const cell = row[column] ?? '';
        return align[column] === 'left' ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  return [render(header), ...rows.map(render)].join('\n');
}

const SCORE_HEADER = ['P%', 'R%', 'F1%', 'tp', 'pred', 'gold'];

function scoreCells(score: Score): string[] {
  return [
    formatPercent(score.precision),
    formatPercent(score.recall),
    formatPercent(score.f1),
    String(score.tp),
    String(score.predicted),
    String(score.gold),
  ];
}

function recallCells(score: RecallScore): string[] {
  return ['', formatPercent(score.recall), '', String(score.tp), '', String(score.gold)];
}

const MODES: ReadonlyArray<[keyof ComponentScores, string]> = [
  ['strict', 'span, strict'],
  ['lenient', 'span, lenient'],
  ['tokens', 'token overlap'],
];

/** The attribution figures as one table: components, linked F1 and its breakdowns. */
export function formatAttributionResult(result: AttributionResult): string {
  const rows: string[][] = [];
  for (const component of COMPONENTS) {
    MODES.forEach(([mode, label], index) => {
      rows.push([index === 0 ? component : '', label, ...scoreCells(result[component][mode])]);
    });
  }
  rows.push(['linked', 'all', ...scoreCells(result.linked.all)]);
  rows.push(['', 'direct quotes', ...scoreCells(result.linked.byKind.direct)]);
  rows.push(['', 'mixed only', ...scoreCells(result.linked.byKind.mixed)]);
  rows.push(['', 'indirect only', ...scoreCells(result.linked.byKind.indirect)]);
  for (const kind of CLAIM_KINDS) {
    rows.push(['', `recall, ${kind} gold`, ...recallCells(result.linked.recallByType[kind])]);
  }
  const lines = [
    `Attribution: ${result.docs} documents, ${result.linked.all.gold} gold attributions, ` +
      `${result.linked.all.predicted} predicted`,
    '',
    renderTable(['', 'figure', ...SCORE_HEADER], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right']),
    '',
    'direct quotes / mixed only / indirect only: gold of that type against predictions of that kind, linked',
    'among themselves; recall by gold type: the overall linking, whatever kind was predicted.',
  ];
  const ignored = formatIgnored(result.ignoredDocIds);
  if (ignored !== null) lines.push(ignored);
  return lines.join('\n');
}

/** One row per document: counts, linked F1 and strict span F1 of each component. */
export function formatPerDocAttributions(result: AttributionResult): string {
  const rows = result.perDoc.map((doc) => [
    doc.docId,
    String(doc.linked.all.gold),
    String(doc.linked.all.predicted),
    String(doc.linked.all.tp),
    formatPercent(doc.linked.all.precision),
    formatPercent(doc.linked.all.recall),
    formatPercent(doc.linked.all.f1),
    formatPercent(doc.source.strict.f1),
    formatPercent(doc.cue.strict.f1),
    formatPercent(doc.content.strict.f1),
  ]);
  const header = ['document', 'gold', 'pred', 'linked', 'P%', 'R%', 'F1%', 'source F1%', 'cue F1%', 'content F1%'];
  return renderTable(header, rows, ['left', ...header.slice(1).map((): Align => 'right')]);
}

/** The NER figures: per label, overall and span-only. */
export function formatNerResult(result: NerResult): string {
  const rows = [
    ...NER_LABELS.map((label) => [label, ...scoreCells(result.byLabel[label])]),
    ['overall', ...scoreCells(result.overall)],
    ['span only', ...scoreCells(result.spanOnly)],
  ];
  const lines = [
    `NER: ${result.docs} documents, ${result.overall.gold} gold entities, ${result.overall.predicted} predicted ` +
      '(labels mapped to PERSON / ORG / LOC / MISC; others not scored)',
    '',
    renderTable(['label', ...SCORE_HEADER], rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right']),
  ];
  const ignored = formatIgnored(result.ignoredDocIds);
  if (ignored !== null) lines.push(ignored);
  return lines.join('\n');
}

/** The error report: category counts, then each listed miss and false claim with its context. */
export function formatErrorReport(report: ErrorReport): string {
  const counts = (categories: readonly string[], values: Record<string, number>): string =>
    categories.map((category) => `${category} ${values[category] ?? 0}`).join(', ');
  const lines = [
    `Missed gold attributions: ${report.totalMisses} (${counts(MISS_CATEGORIES, report.missCounts)})`,
  ];
  report.misses.forEach((miss, index) => {
    lines.push(
      '',
      `${index + 1}. ${miss.docId} ${miss.attributionId} (${miss.type ?? 'untyped'}): ${miss.category}`,
      `   sentence:  ${clip(miss.sentence.text)}`,
      `   gold:      ${formatTexts(miss.gold)}`,
    );
    if (miss.nearest !== null) {
      lines.push(`   nearest:   ${formatTexts(miss.nearest)} (Jaccard ${miss.nearest.jaccard.toFixed(2)})`);
    }
  });
  lines.push(
    '',
    `False claims: ${report.totalFalseClaims} (${counts(FALSE_CLAIM_CATEGORIES, report.falseClaimCounts)})`,
  );
  report.falseClaims.forEach((claim, index) => {
    lines.push(
      '',
      `${index + 1}. ${claim.docId} prediction ${claim.index} (${claim.kind}): ${claim.category}`,
      `   sentence:  ${clip(claim.sentence.text)}`,
      `   predicted: ${formatTexts(claim.predicted)}`,
    );
    if (claim.nearest !== null) {
      lines.push(
        `   nearest:   ${formatTexts(claim.nearest)} (gold ${claim.nearest.attributionId}, ` +
          `Jaccard ${claim.nearest.jaccard.toFixed(2)})`,
      );
    }
  });
  return lines.join('\n');
}

function formatTexts(texts: AttributionTexts): string {
  const quote = (value: string | null): string => (value === null ? '-' : JSON.stringify(clip(value)));
  return `source ${quote(texts.source)} | cue ${quote(texts.cue)} | content ${quote(texts.content)}`;
}

/** Whitespace runs (newlines included) as one space, cut to `max` characters. */
function clip(text: string, max = 300): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function formatIgnored(ids: readonly string[]): string | null {
  if (ids.length === 0) return null;
  const shown = ids.slice(0, 5).join(', ');
  const more = ids.length > 5 ? `, and ${ids.length - 5} more` : '';
  return `Predictions for ${ids.length} document(s) without matching gold were not scored: ${shown}${more}`;
}
