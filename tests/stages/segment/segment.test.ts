/** Segmentation: paragraphs at line breaks, headings apart, sentences re-joined where wink splits too early. */
import model from 'wink-eng-lite-web-model';
import { describe, expect, it, vi } from 'vitest';
import { createDoc } from '../../../src/model/types.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { getWink, recycleWinkWhenFull } from '../../../src/stages/segment/wink.js';

function segment(text: string, titleSpan: { start: number; end: number } | null = null) {
  const doc = createDoc({ id: 'x', title: null, text, url: null, source: null, publishedAt: null, language: null, origin: { file: 'x', format: 'txt' }, titleSpan });
  segmentStage.create({} as never).run(doc);
  return doc;
}

describe('segment stage', () => {
  it('keeps a heading line out of the next sentence', () => {
    const doc = segment('Intro sentence here.\nCall for Complete Withdrawal\nHe echoed calls for calm.');
    expect(doc.sentences.map((s) => [s.kind, doc.article.text.slice(s.start, s.end)])).toEqual([
      ['body', 'Intro sentence here.'],
      ['heading', 'Call for Complete Withdrawal'],
      ['body', 'He echoed calls for calm.'],
    ]);
  });

  it('rejoins sentences split after a quoted question, a title or a parenthesis', () => {
    const texts = ['“Why now?” she asked.', 'Rep. Hank Johnson (D-Ga.) said it.', 'He thanked the Rev. Peter Wherry for it.'];
    for (const text of texts) expect(segment(text).sentences).toHaveLength(1);
  });

  it('ends a sentence after a lower-case "no." before a capitalised word, not after "No. 5"', () => {
    const doc = segment('He said he would vote no. Putin told Reuters it had failed. Patent No. 5 was issued.');
    expect(doc.sentences.map((s) => doc.article.text.slice(s.start, s.end))).toEqual([
      'He said he would vote no.', 'Putin told Reuters it had failed.', 'Patent No. 5 was issued.',
    ]);
  });

  it('gives every token offsets that slice its text, with CRLF, emoji and astral characters', () => {
    const text = 'Title Line\r\n😀 The 𝒳 group said “yes”.\r\nNext paragraph, with café.';
    const doc = segment(text);
    expect(doc.tokens.length).toBeGreaterThan(10);
    for (const token of doc.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    for (const sentence of doc.sentences) expect(text.slice(sentence.start, sentence.end).trim()).toBe(text.slice(sentence.start, sentence.end));
  });

  it('joins hard-wrapped lines that continue a sentence', () => {
    const doc = segment('The council said the plan\nwas approved on Monday.');
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.sentences).toHaveLength(1);
  });

  it('tokenises a document the same whatever the thread read before (wink forgets learned words)', () => {
    // wink learns "Zorblax’s" whole from "... Zorblax’s." and would then stop splitting it elsewhere.
    const text = 'The Zorblax’s War on Women and Zorblax’s stance.';
    const tokens = (): string[] => segment(text).tokens.map((token) => token.text);
    const first = tokens();
    expect(first).toContain('’s');
    segment('It was all Zorblax’s.');
    expect(tokens()).toEqual(first);
  });

  it('loads the model\'s custom-entity meta model once per thread, however often wink is replaced', () => {
    // Its loader returns the last result stringified again on every call: a string that doubles its
    // backslashes each time, which once ran a worker out of heap after ~15 replacements.
    const loads = vi.spyOn(model as unknown as { metaCER: () => unknown }, 'metaCER');
    const text = 'The Zorblax’s War on Women and Zorblax’s stance.';
    const before = segment(text).tokens.map((token) => token.text);
    for (let i = 0; i < 4; i++) {
      recycleWinkWhenFull(-1);
      getWink();
    }
    expect(loads.mock.calls.length).toBeLessThanOrEqual(1);
    expect(segment(text).tokens.map((token) => token.text)).toEqual(before);
    loads.mockRestore();
  });

  it('keeps a run without spaces out of the tokenizer: one token, its own sentence, offsets intact', () => {
    const text = `He said it. ${'a.'.repeat(40_000)} She said no.`;
    const doc = segment(text);
    const run = doc.tokens.find((token) => token.text.length > 1000)!;
    expect(run.text).toBe('a.'.repeat(40_000));
    expect(doc.sentences.map((s) => text.slice(s.start, s.end).slice(0, 12))).toEqual(['He said it.', 'a.a.a.a.a.a.', 'She said no.']);
    for (const token of doc.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});

