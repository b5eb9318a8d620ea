/**
 * Segment stage: paragraphs, sentences and tokens with character offsets, from wink-nlp run over
 * one paragraph at a time. Also keeps wink's own entities (DATE, CARDINAL, ...) so the entities
 * stage does not run the model a second time.
 */
import type { Stage, StageFactory } from '../../pipeline/stage.js';
import type { Doc, Paragraph, Sentence, Span, Token, TypedSpan } from '../../model/types.js';
import { splitParagraphs } from './blocks.js';
import { forgetLearnedWords, getWink, recycleWinkWhenFull } from './wink.js';
import { TITLE_ABBREVIATIONS } from './abbreviations.data.js';

/** Sentence and token spans of one stretch of a paragraph, appended to the document's arrays. */
function segmentParagraph(doc: Doc, paragraph: Paragraph, range: Span = paragraph): void {
  const text = doc.article.text;
  const body = text.slice(range.start, range.end);
  const wink = getWink();
  const its = wink.its;
  const winkDoc = wink.readDoc(body);
  const tokens = winkDoc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // wink's typings declare lemma with the model-addon signature; at run time it is a token its.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];

  // wink keeps the original characters of each token; walk the text to find each one's offset.
  // Line breaks and tabs (wink's type tabCRLF) are blank values, so the blank test skips them too.
  const tokenIndex: number[] = new Array<number>(values.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value.trim() === '') continue;
    const at = body.indexOf(value, cursor);
    if (at < 0 || at - cursor > 64) continue; // a normalised token: leave it out rather than misplace it
    tokenIndex[i] = doc.tokens.length;
    const start = range.start + at;
    const lower = value.toLowerCase();
    const lemma = lemmas[i] ?? lower;
    // The lemma is most often the lower-cased word: one string then serves both.
    doc.tokens.push({ start, end: start + value.length, text: value, lower, pos: pos[i] ?? 'X', lemma: lemma === lower ? lower : lemma, sentence: -1 });
    cursor = at + value.length;
  }

  const ranges =
    paragraph.kind === 'body'
      ? splitAfterNo(mergeQuoteSplits(winkDoc.sentences().out(its.span) as unknown as [number, number][], values), values)
      : [[0, values.length - 1] as [number, number]];
  for (const [first, last] of ranges) {
    let tokenStart = -1;
    let tokenEnd = -1;
    for (let i = first; i <= last; i++) {
      const index = tokenIndex[i] ?? -1;
      if (index < 0) continue;
      if (tokenStart < 0) tokenStart = index;
      tokenEnd = index + 1;
    }
    if (tokenStart < 0) continue;
    const sentence: Sentence = {
      index: doc.sentences.length,
      paragraph: paragraph.index,
      kind: paragraph.kind,
      start: doc.tokens[tokenStart]!.start,
      end: doc.tokens[tokenEnd - 1]!.end,
      tokenStart,
      tokenEnd,
    };
    for (let t = tokenStart; t < tokenEnd; t++) doc.tokens[t]!.sentence = sentence.index;
    doc.sentences.push(sentence);
  }

  const entities = winkDoc.entities();
  const entitySpans = entities.out(its.span) as unknown as [number, number][];
  const entityTypes = entities.out(its.type) as string[];
  entitySpans.forEach(([first, last], i) => {
    const a = tokenIndex[first] ?? -1;
    const b = tokenIndex[last] ?? -1;
    if (a < 0 || b < 0) return;
    const span: TypedSpan = { start: doc.tokens[a]!.start, end: doc.tokens[b]!.end, type: entityTypes[i] ?? 'UNKNOWN' };
    doc.winkEntities.push(span);
  });
}

/**
 * wink ends sentences too early after a quoted question (“Why?” she asked.), an abbreviation in
 * parentheses ("(D-Ga.) said") or a title ("the Rev. Peter"); such pieces are joined again.
 */
function mergeQuoteSplits(ranges: [number, number][], values: readonly string[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    let firstValue = values[range[0]] ?? '';
    for (let i = range[0]; i <= range[1] && firstValue.trim() === ''; i++) firstValue = values[i] ?? '';
    const afterTitle = previous && TITLE_ABBREVIATIONS.has(titleBefore(values, previous[1]));
    // A "sentence" of closing marks only (the second ' of '') belongs to the one before.
    let onlyMarks = true;
    for (let i = range[0]; i <= range[1] && onlyMarks; i++) onlyMarks = /^[\s'"”’»)\]]*$/u.test(values[i] ?? '');
    if (previous && onlyMarks) {
      previous[1] = range[1];
      continue;
    }
    // Edited news never starts a sentence in lower case: such a split is wink's (after "(D-Ga.)", "?”").
    // "R-N." then "Y., noted": an initialism's letters are one word.
    const initialism = previous !== undefined && values[previous[1]] === '.' && /^\p{Lu}$/u.test(values[previous[1] - 1] ?? '') && /^\p{Lu}\.$/u.test(firstValue);
    const continues = /^[\p{Ll},;:)\]]/u.test(firstValue) || (afterTitle && /^\p{Lu}/u.test(firstValue)) || initialism || (previous !== undefined && insideParentheses(values, previous));
    if (previous && continues) previous[1] = range[1];
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * wink reads a lower-case "no." as the abbreviation of "number" and runs on ("would vote no. Putin
 * told ..."); before a capitalised word that is not a number it ends the sentence.
 */
function splitAfterNo(ranges: [number, number][], values: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const range of ranges) {
    let first = range[0];
    for (let i = range[0]; i < range[1]; i++) {
      if (values[i] !== 'no.') continue;
      let next = i + 1;
      while (next <= range[1] && (values[next] ?? '').trim() === '') next++;
      if (next > range[1] || !/^\p{Lu}/u.test(values[next] ?? '')) continue;
      out.push([first, i]);
      first = next;
    }
    out.push([first, range[1]]);
  }
  return out;
}

/** Whether a sentence ends inside an open parenthesis ("Rep. Gregory Meeks (D-N." then "Y.) said"). */
function insideParentheses(values: readonly string[], range: [number, number]): boolean {
  let depth = 0;
  for (let i = range[0]; i <= range[1]; i++) {
    if (values[i] === '(') depth++;
    else if (values[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The word before a sentence-final "." ("Rev" in "Rev."), lower-cased, or "" if there is none. */
function titleBefore(values: readonly string[], last: number): string {
  const final = values[last] ?? '';
  if (final === '.') return (values[last - 1] ?? '').toLowerCase();
  return final.endsWith('.') ? final.slice(0, -1).toLowerCase() : '';
}

/** Runs of non-space characters longer than this are one opaque token (see segmentWithLongRuns). */
const MAX_WORD_CHARS = 200;
const LONG_RUN = new RegExp(`\\S{${MAX_WORD_CHARS},}`, 'gu');

/**
 * wink's tokenizer takes time quadratic in the length of a run without spaces ("a.a.a.…", a base64
 * blob, a 5 MB line of one word), so such runs never reach it: each becomes one token of its own
 * sentence, and wink reads the stretches between them.
 */
function segmentWithLongRuns(doc: Doc, paragraph: Paragraph): void {
  const body = doc.article.text.slice(paragraph.start, paragraph.end);
  if (!mayHoldLongRun(body)) {
    segmentParagraph(doc, paragraph);
    return;
  }
  let cursor = 0;
  for (const match of body.matchAll(LONG_RUN)) {
    if (/\S/u.test(body.slice(cursor, match.index))) segmentParagraph(doc, paragraph, { start: paragraph.start + cursor, end: paragraph.start + match.index });
    addOpaqueRun(doc, paragraph, { start: paragraph.start + match.index, end: paragraph.start + match.index + match[0].length });
    cursor = match.index + match[0].length;
  }
  if (cursor === 0) segmentParagraph(doc, paragraph);
  else if (/\S/u.test(body.slice(cursor))) segmentParagraph(doc, paragraph, { start: paragraph.start + cursor, end: paragraph.end });
}

/**
 * Whether `text` may hold a LONG_RUN match: a run of MAX_WORD_CHARS code units between ASCII spaces
 * and line breaks. Every such character is \s and a match has at least that many code units, so a
 * false answer is exact; LONG_RUN itself, which tries every position, then need not run (it was 4 %
 * of the stage's time on ordinary news).
 */
function mayHoldLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) run = 0;
    else if (++run >= MAX_WORD_CHARS) return true;
  }
  return false;
}

/** One token and one sentence for a run no tokenizer should split. */
function addOpaqueRun(doc: Doc, paragraph: Paragraph, span: Span): void {
  const text = doc.article.text.slice(span.start, span.end);
  const sentence: Sentence = {
    index: doc.sentences.length, paragraph: paragraph.index, kind: paragraph.kind,
    start: span.start, end: span.end, tokenStart: doc.tokens.length, tokenEnd: doc.tokens.length + 1,
  };
  doc.tokens.push({ start: span.start, end: span.end, text, lower: text.toLowerCase(), pos: 'X', lemma: text.toLowerCase(), sentence: sentence.index });
  doc.sentences.push(sentence);
}

/** Fills paragraphs, sentences, tokens and winkEntities. */
function segment(doc: Doc): void {
  recycleWinkWhenFull();
  doc.paragraphs = splitParagraphs(doc.article.text, doc.article.titleSpan);
  try {
    for (const paragraph of doc.paragraphs) segmentWithLongRuns(doc, paragraph);
  } finally {
    // Each document is read as by a fresh instance, whatever this thread read before (determinism).
    forgetLearnedWords();
  }
  // Tokens that fell outside every sentence (rare: wink dropped them) still need a sentence index.
  for (const token of doc.tokens as Token[]) if (token.sentence < 0) token.sentence = Math.max(0, doc.sentences.length - 1);
}

export const segmentStage: StageFactory = {
  name: 'segment',
  requires: ['article'],
  provides: ['paragraphs', 'sentences', 'tokens'],
  create(): Stage {
    return { name: 'segment', requires: this.requires, provides: this.provides, run: segment };
  },
};
