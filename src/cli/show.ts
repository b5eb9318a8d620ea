/**
 * `claims show <article>`: the article text with every claim's speaker, cue and quotes marked, then
 * the claims one by one; `--json` gives the same as data.
 */
import type { Command } from 'commander';
import type { ClaimExportRecord, MentionExportRecord } from '../model/records.js';
import { openReader, type StoredArticle } from '../store/index.js';
import { addDbOptions, resolveDb, say, type DbOptions } from './common.js';
import { paint, STYLES, stdoutOutput, writeChunks, type Output } from './format.js';

/** The marker scheme, shown in --help. */
const MARKERS_HELP = `
Markers in the article text (numbers are claim indexes: 3 is claim <article>:3):
  [S3:Jane Doe]   speaker of claim 3
  [C3:said]       cue of claim 3
  [Q3:...]        verbatim quote of claim 3 (inside its quotation marks)
A span shared by several claims lists them all: [S0,1:she]. On a terminal the marked text is also
coloured (speaker cyan, cue yellow, quote green) unless NO_COLOR is set.`;

/** S: speaker, C: cue, Q: quote. */
export type MarkKind = 'S' | 'C' | 'Q';

/** A marked span of the article text and the claims it belongs to. */
export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  claims: number[];
}

const MARK_STYLE: Record<MarkKind, string[]> = {
  S: [STYLES.bold, STYLES.cyan],
  C: [STYLES.bold, STYLES.yellow],
  Q: [STYLES.green],
};

/** Speaker, cue and quote spans of the claims, merged when several claims share one. */
export function collectMarks(claims: readonly ClaimExportRecord[]): Mark[] {
  const marks = new Map<string, Mark>();
  const add = (kind: MarkKind, span: { start: number; end: number }, claim: number): void => {
    const key = `${kind}:${span.start}:${span.end}`;
    const mark = marks.get(key);
    if (mark) {
      if (!mark.claims.includes(claim)) mark.claims.push(claim);
    } else {
      marks.set(key, { kind, start: span.start, end: span.end, claims: [claim] });
    }
  };
  for (const claim of claims) {
    const index = Number(claim.claim_id.slice(claim.claim_id.lastIndexOf(':') + 1));
    if (claim.speaker) add('S', claim.speaker, index);
    if (claim.cue) add('C', claim.cue, index);
    for (const quote of claim.quotes) add('Q', quote, index);
  }
  return [...marks.values()];
}

/**
 * The text with markers inserted at span boundaries. Nested spans nest their markers; spans that
 * cross still get their markers at the right offsets. Colour is re-applied per segment from the
 * open marks, so nesting never leaves the terminal in the wrong style.
 */
export function renderMarkedText(text: string, marks: readonly Mark[], color: boolean): string {
  const opener = (mark: Mark): string => paint(color, [STYLES.dim], `[${mark.kind}${mark.claims.join(',')}:`);
  const closer = (): string => paint(color, [STYLES.dim], ']');
  const positions = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const open: Mark[] = [];
  let out = '';
  let previous = 0;
  for (const position of positions) {
    const segment = text.slice(previous, position);
    out += paint(color, [...new Set(open.flatMap((m) => MARK_STYLE[m.kind]))], segment);
    previous = position;
    // Close innermost first, then open outermost (longest) first, so nested markers nest.
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i]!.end !== position) continue;
      open.splice(i, 1);
      out += closer();
    }
    const starting = marks.filter((m) => m.start === position).sort((a, b) => b.end - a.end);
    for (const mark of starting) {
      out += opener(mark);
      if (mark.end === position) out += closer();
      else open.push(mark);
    }
  }
  return out;
}

function describeClaim(claim: ClaimExportRecord, color: boolean): string[] {
  const label = (name: string): string => paint(color, [STYLES.dim], name.padEnd(9));
  const head = `${paint(color, [STYLES.bold], claim.claim_id)}  ${claim.act} · ${claim.kind} · confidence ${claim.confidence.toFixed(2)} · sentence ${claim.sentence_index}`;
  const lines = [head];
  if (claim.speaker) {
    const { text, entity, entity_type: type, role } = claim.speaker;
    const resolved = entity ? ` → ${entity}${type ? ` (${type})` : ''}` : '';
    lines.push(`  ${label('speaker')}${text}${resolved}${role ? `, ${role}` : ''}`);
  }
  if (claim.cue) lines.push(`  ${label('cue')}${claim.cue.text} (${claim.cue.lemma})`);
  lines.push(`  ${label('content')}${claim.content.text}`);
  for (const quote of claim.quotes) lines.push(`  ${label('quote')}${quote.text}`);
  if (claim.target) lines.push(`  ${label('target')}${claim.target.text}${claim.target.entity ? ` → ${claim.target.entity}` : ''}`);
  if (claim.channel) lines.push(`  ${label('channel')}${claim.channel}`);
  return lines;
}

function describeArticle(article: StoredArticle, color: boolean): string[] {
  const lines = [paint(color, [STYLES.bold], article.title ?? article.id)];
  const facts: [string, string | number | null][] = [
    ['id', article.id],
    ['published', article.publishedAt],
    ['source', article.source],
    ['url', article.url],
    ['file', article.line === null ? article.file : `${article.file}:${article.line}`],
  ];
  for (const [name, value] of facts) if (value !== null) lines.push(`${paint(color, [STYLES.dim], name.padEnd(10))}${value}`);
  return lines;
}

/** Options of `claims show`. */
export interface ShowOptions extends DbOptions {
  json?: boolean;
}

/** Runs `claims show`; returns the exit code (1 when the article is not stored). */
export async function showCommand(articleId: string, options: ShowOptions, output: Output): Promise<number> {
  const { dbPath } = resolveDb(options);
  const reader = openReader(dbPath);
  let article: StoredArticle | null;
  let claims: ClaimExportRecord[] = [];
  let mentions: MentionExportRecord[] = [];
  try {
    article = reader.getArticle(articleId);
    if (article) {
      claims = reader.listClaims({ article: articleId });
      mentions = [...reader.iterateMentions({ article: articleId })];
    }
  } finally {
    reader.close();
  }
  if (!article) {
    say(`claims: no article "${articleId}" in ${dbPath} (\`claims list\` shows article ids)`);
    return 1;
  }
  if (options.json) {
    await writeChunks(output.stream, [`${JSON.stringify({ article, claims, mentions }, null, 2)}\n`]);
    return 0;
  }
  // Claims come newest-article-first from the store; within one article that is text order already.
  const lines = [
    ...describeArticle(article, output.color),
    '',
    renderMarkedText(article.text, collectMarks(claims), output.color),
    '',
    paint(output.color, [STYLES.bold], claims.length === 1 ? '1 claim' : `${claims.length} claims`),
    ...claims.flatMap((claim) => ['', ...describeClaim(claim, output.color)]),
  ];
  await writeChunks(output.stream, lines.map((line) => `${line}\n`));
  return 0;
}

/** Adds `claims show`. `output` replaces stdout (for tests). */
export function registerShow(program: Command, output?: Output): void {
  const command = program
    .command('show')
    .description('show one article with its speakers, cues and quotes marked, then its claims')
    .argument('<article>', 'article id');
  addDbOptions(command)
    .option('--json', 'print {article, claims, mentions} as JSON')
    .addHelpText('after', MARKERS_HELP)
    .action(async (articleId: string, options: ShowOptions) => {
      const code = await showCommand(articleId, options, output ?? stdoutOutput());
      if (code !== 0) process.exitCode = code;
    });
}
