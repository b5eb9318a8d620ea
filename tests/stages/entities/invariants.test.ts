import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/model/types.js';
import { analyse } from './helpers.js';

/** The stage's contract: text at the offsets, sorted, no overlaps, sentence indices right, canonical set. */
function expectWellFormed(doc: Doc): void {
  const text = doc.article.text;
  let end = 0;
  for (const mention of doc.mentions) {
    expect(mention.text).toBe(text.slice(mention.start, mention.end));
    expect(mention.end).toBeGreaterThan(mention.start);
    expect(mention.start).toBeGreaterThanOrEqual(end);
    expect(mention.canonical.trim()).not.toBe('');
    const sentence = doc.sentences[mention.sentence]!;
    expect(sentence.start <= mention.start && mention.end <= sentence.end).toBe(true);
    end = mention.end;
  }
}

const corpus = (name: string) => readFileSync(new URL(`../../../corpus/${name}`, import.meta.url), 'utf8');

describe('mentions are well formed', () => {
  it('on every article the project ships', () => {
    expectWellFormed(analyse(corpus('us-troops-withdrawal-iraq.txt'), { start: 0, end: 59 }));
    expectWellFormed(analyse(corpus('wexley-flood-barrier-vote.md')));
    for (const line of corpus('example-news-wire.jsonl').split('\n').filter((entry) => entry.trim() !== '')) {
      const doc = analyse((JSON.parse(line) as { text: string }).text);
      expect(doc.mentions.length).toBeGreaterThan(5);
      expectWellFormed(doc);
    }
  });

  it('on empty text, punctuation and lone hyphens', () => {
    for (const text of ['', ' ', '-', '--- - ---', '"', 'al-', '-Kaabi', 'A-B-C-D', 'pro-', 'US-', '’s', 'Mr.', 'de van al bin']) {
      expectWellFormed(analyse(text));
    }
  });

  it('on random mixtures of names, particles, hyphens, capitals and line breaks', () => {
    const pieces = [
      'Donald', 'Trump', 'al', '-', 'Kaabi', 'Al-Nujaba', 'the', 'United', 'States', 'US', 'us', 'IS', 'ISIS', 'Iraq',
      'pro-Iranian', 'Tehran-aligned', 'Israel-Hamas', 'de', 'van', 'Mr.', 'said', 'on', 'Friday', '2,500', ',', '.',
      '’', "'s", '"', '\n', 'LONDON', 'CRICKET', 'Kataeb', 'Hezbollah', 'Bank', 'of', 'England', 'É', 'İstanbul', '—',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.array(fc.constantFrom(' ', '', '  ', '\n'), { maxLength: 40 }), (words, gaps) => {
        const text = words.map((word, i) => word + (gaps[i] ?? ' ')).join('');
        expectWellFormed(analyse(text));
      }),
      { numRuns: 300 },
    );
  });
});
