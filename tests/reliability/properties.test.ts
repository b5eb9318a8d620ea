/**
 * Property tests over the CPU stages (segment -> entities -> claims) with arbitrary Unicode text:
 * quotation marks of every style, line breaks of every kind, astral characters, zero-width and bidi
 * controls, mixed with words that make sentences, names and attributions. For every input the stages
 * must not throw, every span must slice the text it claims to cover, the structure must be ordered,
 * and a second run must give the same records. Runs are bounded so the suite stays fast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { ArticleRecords } from '../../src/model/records.js';
import type { Article } from '../../src/model/types.js';
import { processArticle } from '../../src/pipeline/process.js';
import { buildStages } from '../../src/pipeline/registry.js';
import { decodeInput } from '../../src/stages/ingest/decode.js';
import { htmlArticle } from '../../src/stages/ingest/html.js';
import { recordToArticle } from '../../src/stages/ingest/json-record.js';
import { findTitle } from '../../src/stages/ingest/plain-text.js';
import { checkRecords } from '../../src/store/check-records.js';

const config = parseConfig({});
const stages = buildStages(config.stages);
/** A second, independent set of stages: state kept between articles would show as a difference. */
const freshStages = buildStages(config.stages);
const RUNS = 200;

/** Pieces of news text: words, names, cue verbs, every quotation mark, line breaks, awkward characters. */
const PIECES = [
  'The', 'the', 'mayor', 'minister', 'Jane Porter', 'Omar Khan', 'Acme Corp', 'the council', 'United States', 'Paris',
  'said', 'says', 'told reporters', 'claimed', 'denied', 'urged', 'accused', 'according to', 'added', 'warned that',
  'he', 'she', 'they', 'it', 'that', 'on Monday', 'in 2024', '42', 'Mr.', 'Dr.', 'U.S.', 'e.g.', '—', '-', '…',
  '"', '"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」', '(', ')', '[', ']', ',', '.', '?', '!', ':', ';',
  ' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\u2028', '\u00a0',
  '😀', '🇺🇸', '👩‍👩‍👧', '𝒜𝓁𝒾𝒸𝑒', '𝕋𝕙𝕖', '\u200b', '\u200d', '\u200e', '\u202e', '\u202c', '\u2066', '\u2069', '\ufeff', '\u00ad',
  'é', 'e\u0301', 'ß', 'İ', 'ﬁ', 'Ω', 'Министр', 'وزير', '部長', '#', '# ', '* ', '> ',
] as const;

/** Arbitrary text that looks a bit like news, so the claims rules get exercised, not just the tokenizer. */
const newsText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));
/** Any Unicode code points at all (astral ones included). */
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
/** Both mixed, so odd characters sit between words and quotes. */
const mixedText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((pieces) =>
  pieces.join(''),
);
/** Pieces in the shape of attributions (speaker, cue, quote or clause, tail), with noise between. */
const word = fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom('budget', 'bridge', 'talks', 'will', 'go', 'on', 'not', 'rise', 'a', 'deal'));
const quoteMarks = fc.constantFrom(['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ['"', ''], ['', '”'], ['“', '“']);
const attribution = fc
  .record({
    speaker: fc.constantFrom('Jane Porter', 'The mayor', 'Omar Khan, the minister,', 'A spokesman for Acme Corp', 'She', 'They', '𝒜𝓁𝒾𝒸𝑒 Smith', ''),
    cue: fc.constantFrom('said', 'told reporters', 'claimed', 'denied', 'urged', 'accused the council of', 'warned that', 'said in a statement that', ''),
    marks: quoteMarks,
    inner: fc.array(word, { minLength: 0, maxLength: 8 }),
    tail: fc.constantFrom('.', ' on Monday.', ', she said.', ' after the match.', '', '?', ' 😀.', '\u200b.'),
    trailing: fc.boolean(),
  })
  .map(({ speaker, cue, marks, inner, tail, trailing }) => {
    const quote = `${marks[0]}${inner.join(' ')}${marks[1]}`;
    return trailing ? `${quote}, ${cue} ${speaker}${tail}` : `${speaker} ${cue} ${quote}${tail}`;
  });
const storyText = fc
  .array(fc.tuple(attribution, fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\r\n\r\n', ' \u2028 ', '\n# ', ''), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 8 })
  .map((parts) => parts.map(([sentence, gap, noise]) => `${sentence}${gap}${noise}`).join(''));
const text = fc.oneof(storyText, newsText, anyText, mixedText);

function articleOf(body: string): Article {
  return {
    id: 'property',
    title: null,
    text: body,
    url: null,
    source: null,
    publishedAt: null,
    language: null,
    origin: { file: 'property.txt', format: 'txt' },
    titleSpan: null,
  };
}

function run(body: string, with_ = stages): ArticleRecords {
  return processArticle(with_, { article: articleOf(body), contentHash: 'hash', extractorVersion: 'version' });
}

/** The records without timings, which are the only part allowed to differ between runs. */
function comparable(records: ArticleRecords): unknown {
  const { timings: _timings, ...rest } = records;
  return JSON.parse(JSON.stringify(rest));
}

/** Everything structurally wrong with the records of `body`; [] when all holds. */
function structuralProblems(body: string, records: ArticleRecords): string[] {
  const problems: string[] = [];
  const { paragraphs, sentences, mentions, claims } = records;
  const inside = (outer: { start: number; end: number }, inner: { start: number; end: number }): boolean =>
    outer.start <= inner.start && inner.end <= outer.end;
  paragraphs.forEach((p, i) => {
    if (p.index !== i) problems.push(`paragraph ${i} has index ${p.index}`);
    if (i > 0 && p.start < paragraphs[i - 1]!.end) problems.push(`paragraph ${i} overlaps the one before`);
  });
  sentences.forEach((s, i) => {
    if (s.index !== i) problems.push(`sentence ${i} has index ${s.index}`);
    if (s.start >= s.end) problems.push(`sentence ${i} is empty [${s.start}, ${s.end})`);
    if (i > 0 && s.start < sentences[i - 1]!.end) problems.push(`sentence ${i} [${s.start}, ${s.end}) overlaps the one before [${sentences[i - 1]!.start}, ${sentences[i - 1]!.end})`);
    const paragraph = paragraphs[s.paragraph];
    if (!paragraph || !inside(paragraph, s)) problems.push(`sentence ${i} is not inside its paragraph ${s.paragraph}`);
  });
  mentions.forEach((m, i) => {
    const sentence = sentences[m.sentence];
    if (!sentence || !inside(sentence, m)) problems.push(`mention ${i} ${JSON.stringify(m.text)} is not inside its sentence ${m.sentence}`);
    if (i > 0 && m.start < mentions[i - 1]!.end) problems.push(`mention ${i} ${JSON.stringify(m.text)} overlaps or precedes the one before`);
    if (m.text.trim() !== m.text || m.text.length === 0) problems.push(`mention ${i} ${JSON.stringify(m.text)} is empty or has outer spaces`);
  });
  claims.forEach((c, i) => {
    if (!sentences[c.sentence]) problems.push(`claim ${i} refers to sentence ${c.sentence}, which does not exist`);
    if (i > 0 && c.sentence < claims[i - 1]!.sentence) problems.push(`claim ${i} (sentence ${c.sentence}) comes after a claim in a later sentence`);
    if (c.content.start >= c.content.end) problems.push(`claim ${i} has empty content`);
    c.quotes.forEach((q, k) => {
      if (!inside(c.content, q)) problems.push(`claim ${i} quote ${k} ${JSON.stringify(q.text)} lies outside its content`);
      if (k > 0 && q.start < c.quotes[k - 1]!.end) problems.push(`claim ${i} quote ${k} repeats or precedes the one before`);
    });
    if (!(c.confidence >= 0 && c.confidence <= 1)) problems.push(`claim ${i} confidence ${c.confidence} outside [0, 1]`);
  });
  if (body.length === 0 && (sentences.length > 0 || claims.length > 0)) problems.push('records for empty text');
  return problems;
}

describe('segment -> entities -> claims over arbitrary text', () => {
  it('never throws (no stage-threw message) and every span slices the text it names', () => {
    fc.assert(
      fc.property(text, (body) => {
        const records = run(body);
        expect(records.messages.filter((message) => message.severity === 'fatal')).toEqual([]);
        expect(() => checkRecords(records)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps paragraphs, sentences, mentions and claims ordered, non-overlapping and inside what contains them', () => {
    fc.assert(
      fc.property(text, (body) => {
        expect(structuralProblems(body, run(body))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives identical records on a second run, and with a second set of stages', () => {
    fc.assert(
      fc.property(text, (body) => {
        const first = comparable(run(body));
        expect(comparable(run(body))).toEqual(first);
        expect(comparable(run(body, freshStages))).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('ingest over arbitrary input', () => {
  const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

  it('decodes any UTF-8 text back to itself, less a leading byte-order mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (original) => {
        const decoded = decodeInput(Buffer.from(original, 'utf8'));
        expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', text: original.replace(/^\uFEFF/u, '') });
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary bytes, and refuses or decodes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeInput(bytes);
        if (decoded.ok) expect(typeof decoded.text).toBe('string');
        else expect(decoded.message).toMatch(/^invalid UTF-8 at line \d+, byte \d+ \(0x[0-9A-F]{2}\)/u);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the length of JSON text and leaves no lone surrogate in it', () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(codeUnit, fc.constantFrom('\ud83d', '\ude00', 'a', ' ')), minLength: 1, maxLength: 100 }), (raw) => {
        fc.pre(raw.trim().length > 0);
        const result = recordToArticle(JSON.parse(JSON.stringify({ text: raw, title: raw })), { file: 'f.jsonl', format: 'jsonl', record: 1, fallbackId: 'f#1' });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.article.text.length).toBe(raw.length);
        expect(LONE_SURROGATE.test(result.article.text)).toBe(false);
        expect(LONE_SURROGATE.test(result.article.title ?? '')).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds titles whose span slices the text', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, mixedText), (body) => {
        const found = findTitle(body);
        if (found) expect(body.slice(found.span.start, found.span.end)).toBe(found.title);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary HTML, and gives text without lone surrogates', () => {
    const tags = fc.constantFrom(
      '<div>', '</div>', '<p>', '</p>', '<article>', '</article>', '<h1>', '</h1>', '<br>', '<pre>', '</pre>', '<script>', '</script>',
      '<style>', '<!--', '-->', '<table><tr><td>', '</td></tr></table>', '<meta charset="utf-8">', '<title>', '</title>', '&amp;', '&#xD800;',
      '&#55357;', '&nbsp;', '&lt;script&gt;', '<a href="javascript:alert(1)">', '</a>', '<img src=x onerror=alert(1)>', '<',
      'The mayor said the bridge would reopen next week, according to a statement released on Monday by the city. ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(tags, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 60 }), (parts) => {
        const result = htmlArticle(parts.join(''), 'page.html', 'page');
        if (result.ok) expect(LONE_SURROGATE.test(result.article.text)).toBe(false);
        else expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});
