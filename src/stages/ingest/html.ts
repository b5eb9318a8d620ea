/**
 * Articles from HTML pages: the main text as @mozilla/readability finds it on a linkedom DOM. linkedom
 * only builds a tree; it has no script engine, so nothing on the page ever runs.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../../model/types.js';
import { describeError } from '../../errors.js';
import type { DomDocument, DomNode } from './dom.js';
import { MAX_HTML_DEPTH, UNNESTED_ELEMENTS } from './html.data.js';
import { blockLines } from './html-text.js';
import { readPageMeta } from './html-meta.js';

/**
 * A line of prose: long enough and ending a sentence. A page whose extracted content has none (a login
 * form, a list of links) is not an article, whatever readability returned for it.
 */
const MIN_PROSE_LINE_CHARS = 80;
const SENTENCE_END = /[.!?…]["'”’»)]*(?:\s|$)/u;

/** An article, or why the page did not yield one. */
export type HtmlResult = { ok: true; article: Article } | { ok: false; message: string };

/**
 * Builds the article for a decoded HTML page. The text is the content's block lines joined with "\n";
 * the title is kept out of the text (readability's title, else og:title or <title>), so `titleSpan` is null.
 */
export function htmlArticle(html: string, file: string, id: string): HtmlResult {
  let meta: ReturnType<typeof readPageMeta>;
  let parsed: { title?: string | null; content?: DomNode | null; siteName?: string | null; lang?: string | null } | null;
  const tooDeep = { ok: false, message: `HTML elements are nested more than ${MAX_HTML_DEPTH} deep; no article page needs that, so the page was skipped` } as const;
  // Parsing itself slows down past some thousands of levels, so a rough count of the tags comes first.
  if (estimateDepth(html) > 4 * MAX_HTML_DEPTH) return tooDeep;
  try {
    const { document } = parseHTML(html) as unknown as { document: DomDocument };
    if (document.documentElement && exceedsDepth(document.documentElement, MAX_HTML_DEPTH)) return tooDeep;
    meta = readPageMeta(document);
    parsed = new Readability<DomNode>(document, { serializer: (node: DomNode) => node }).parse();
  } catch (error) {
    // The parsers are lenient; if one still gives up, that is this page's problem, not the run's.
    return { ok: false, message: `HTML could not be parsed: ${describeError(error)}` };
  }
  const title = parsed?.title?.trim() || meta.title;
  const lines = parsed?.content ? blockLines(parsed.content) : [];
  if (title !== null && lines[0] === title) lines.shift(); // readability usually drops the heading; make sure
  if (!lines.some((line) => line.length >= MIN_PROSE_LINE_CHARS && SENTENCE_END.test(line))) {
    return { ok: false, message: 'no article content found' };
  }
  return {
    ok: true,
    article: {
      id,
      title,
      text: lines.join('\n'),
      url: meta.url,
      source: meta.source ?? (parsed?.siteName?.trim() || null),
      publishedAt: meta.publishedAt,
      language: meta.language ?? (parsed?.lang?.trim() || null),
      origin: { file, format: 'html' },
      titleSpan: null,
    },
  };
}

/** Whether any node lies more than `limit` levels below `root`; a loop, not recursion, so any depth is safe. */
function exceedsDepth(root: DomNode, limit: number): boolean {
  const stack: Array<[DomNode, number]> = [[root, 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > limit) return true;
    // firstChild / nextSibling: linkedom's childNodes walks the whole subtree, which is quadratic here.
    for (let child = node.firstChild; child !== null; child = child.nextSibling) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The deepest nesting the tags describe, counting start tags up and end tags down; elements the
 * parser closes by itself are left out, so it errs low. It only guards the parser against absurd pages.
 */
function estimateDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/gu)) {
    const name = match[2]!.toLowerCase();
    if (UNNESTED_ELEMENTS.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}
