/** Hand-built ArticleRecords for store and CLI tests: small texts whose spans are found, not typed. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleRecords } from '../../src/model/records.js';
import type { Claim, Mention, TextSpan } from '../../src/model/types.js';

/** The span of the `nth` occurrence of `needle` in `text` (throws if absent, so fixtures cannot drift). */
export function find(text: string, needle: string, nth = 0): TextSpan {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: ${JSON.stringify(needle)} #${nth} not in text`);
  }
  return { start, end: start + needle.length, text: needle };
}

function records(id: string, text: string, publishedAt: string | null, mentions: Mention[], claims: Claim[]): ArticleRecords {
  const lines = text.split('\n');
  let offset = 0;
  const paragraphs = lines.map((line, index) => {
    const paragraph = { index, start: offset, end: offset + line.length, kind: index === 0 ? ('title' as const) : ('body' as const) };
    offset += line.length + 1;
    return paragraph;
  });
  return {
    article: {
      id,
      title: lines[0] ?? null,
      text,
      url: `https://example.com/${id}`,
      source: 'Example News',
      publishedAt,
      language: 'en',
      origin: { file: `corpus/${id}.txt`, format: 'txt' },
      titleSpan: { start: 0, end: lines[0]!.length },
    },
    contentHash: `hash-${id}`,
    extractorVersion: 'test-1',
    paragraphs,
    sentences: paragraphs.map((p) => ({ ...p, paragraph: p.index, tokenStart: 0, tokenEnd: 0 })),
    mentions,
    claims,
    messages: [{ stage: 'claims', rule: 'test-rule', severity: 'info', text: 'a note', span: { start: 0, end: 4 } }],
    timings: { segment: 1.5 },
    tokenCount: text.split(/\s+/).length,
  };
}

/**
 * Article "a1": a minister (with an emoji before her, so UTF-16 offsets differ from code points),
 * three claims: indirect with a target, direct with a quote, and a denial by an organisation.
 */
export function ministerArticle(id = 'a1', publishedAt: string | null = '2024-03-15T09:30:00Z'): ArticleRecords {
  const text =
    'Minister Says Talks Will Resume\n' +
    '🎉 Foreign Minister Jane Doe said on Monday that talks with Acme Corp would resume. ' +
    '“We are ready to talk,” she told reporters. Acme Corp denied the report in a statement; it was "false", 50% said.';
  const mention = (needle: string, nth: number, label: Mention['label'], canonical: string, sentence = 1): Mention => ({
    ...find(text, needle, nth), label, canonical, sentence, source: 'gazetteer',
  });
  const mentions = [
    mention('Jane Doe', 0, 'PERSON', 'Jane Doe'),
    mention('Monday', 0, 'DATE', 'Monday'),
    mention('Acme Corp', 0, 'ORG', 'Acme Corporation'),
    mention('Acme Corp', 1, 'ORG', 'Acme Corporation'),
  ];
  const claims: Claim[] = [
    {
      speaker: { ...find(text, 'Jane Doe'), entity: 'Jane Doe', entityType: 'PERSON', role: 'Foreign Minister' },
      cue: { ...find(text, 'said'), lemma: 'say' },
      content: find(text, 'talks with Acme Corp would resume'),
      quotes: [],
      kind: 'indirect',
      act: 'announcement',
      target: { ...find(text, 'Acme Corp'), entity: 'Acme Corporation', role: null },
      channel: null,
      sentence: 1,
      confidence: 0.9,
      rule: 'say-that',
    },
    {
      speaker: { ...find(text, 'she'), entity: 'Jane Doe', entityType: 'PERSON', role: null },
      cue: { ...find(text, 'told'), lemma: 'tell' },
      content: find(text, '“We are ready to talk,”'),
      quotes: [find(text, 'We are ready to talk,')],
      kind: 'direct',
      act: 'assertion',
      target: null,
      channel: find(text, 'reporters'),
      sentence: 1,
      confidence: 0.8,
      rule: 'quote-told',
    },
    {
      speaker: { ...find(text, 'Acme Corp', 1), entity: 'Acme Corporation', entityType: null, role: null },
      cue: { ...find(text, 'denied'), lemma: 'deny' },
      content: find(text, 'the report'),
      quotes: [],
      kind: 'indirect',
      act: 'denial',
      target: null,
      channel: find(text, 'in a statement'),
      sentence: 1,
      confidence: 0.7,
      rule: 'deny-object',
    },
  ];
  return records(id, text, publishedAt, mentions, claims);
}

/** Article "b1": one militia accusation, published earlier, with an apostrophe and a comma in it. */
export function militiaArticle(id = 'b1', publishedAt: string | null = '2023-11-02'): ArticleRecords {
  const text = 'Militia Accuses Government\nKataeb Hezbollah accused the government of "betrayal, plain and simple" in Baghdad.';
  const mentions: Mention[] = [
    { ...find(text, 'Kataeb Hezbollah'), label: 'ORG', canonical: 'Kataeb Hezbollah', sentence: 1, source: 'gazetteer' },
    { ...find(text, 'Baghdad'), label: 'GPE', canonical: 'Baghdad', sentence: 1, source: 'gazetteer' },
  ];
  const claims: Claim[] = [
    {
      speaker: { ...find(text, 'Kataeb Hezbollah'), entity: 'Kataeb Hezbollah', entityType: 'ORG', role: null },
      cue: { ...find(text, 'accused'), lemma: 'accuse' },
      content: find(text, 'the government of "betrayal, plain and simple" in Baghdad'),
      quotes: [find(text, 'betrayal, plain and simple')],
      kind: 'mixed',
      act: 'accusation',
      target: { ...find(text, 'the government'), entity: null, role: 'the Baghdad government' },
      channel: null,
      sentence: 1,
      confidence: 0.95,
      rule: 'accuse-of',
    },
  ];
  return records(id, text, publishedAt, mentions, claims);
}

/** A fresh temporary folder and a function that removes it. */
export function tempDir(prefix = 'store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Minimal RunCounts for finishRun. */
export const ZERO_COUNTS = { read: 0, unchanged: 0, processed: 0, failed: 0, sentences: 0, entities: 0, claims: 0 };
