import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

const text = readFileSync(new URL('../../../corpus/us-troops-withdrawal-iraq.txt', import.meta.url), 'utf8');
const doc = analyse(text, { start: 0, end: 59 });
const found = (surface: string, label: string, canonical: string) =>
  doc.mentions.some((mention) => mention.text === surface && mention.label === label && mention.canonical === canonical);

describe('entities on the seed article (us-troops-withdrawal-iraq)', () => {
  it.each([
    ['Kataeb Hezbollah', 'ORG', 'Kataeb Hezbollah'],
    ['Donald Trump', 'PERSON', 'Donald Trump'],
    ['Akram al-Kaabi', 'PERSON', 'Akram al-Kaabi'],
    ['Al-Nujaba', 'ORG', 'Al-Nujaba'],
    ['Israel', 'GPE', 'Israel'],
    ['Iran', 'GPE', 'Iran'],
    ['Iraq', 'GPE', 'Iraq'],
    ['US', 'GPE', 'United States'],
    ['United States', 'GPE', 'United States'],
    ['ISIS', 'ORG', 'Islamic State'],
    ['Islamic State', 'ORG', 'Islamic State'],
    ['Pro-Iranian', 'NORP', 'pro-Iranian'],
    ['pro-Iran', 'NORP', 'pro-Iran'],
    ['Israeli', 'NORP', 'Israeli'],
    ['Iraqi', 'NORP', 'Iraqi'],
    ['American', 'NORP', 'American'],
    ['Friday', 'DATE', 'Friday'],
    ['2,500', 'CARDINAL', '2,500'],
    ['Baghdad', 'GPE', 'Baghdad'],
    ['Tehran', 'GPE', 'Tehran'],
    ['Gaza', 'GPE', 'Gaza'],
    ['Kurdistan', 'GPE', 'Kurdistan'],
    ['Syria', 'GPE', 'Syria'],
  ])('finds %s as %s (canonical %s)', (surface, label, canonical) => {
    expect(found(surface, label, canonical)).toBe(true);
  });

  it('finds the US in the title and "the United States" without its article', () => {
    const title = doc.mentions.filter((mention) => mention.end <= 59).map((mention) => mention.text);
    expect(title).toEqual(['US', 'Iraq']);
    const united = doc.mentions.find((mention) => mention.text === 'United States');
    expect(text.slice(united!.start - 4, united!.start)).toBe('the ');
  });

  it('splits "Israel-Hamas" into its two names and keeps only the place of "Tehran-aligned"', () => {
    const at = text.indexOf('Israel-Hamas');
    const inside = doc.mentions.filter((mention) => mention.start >= at && mention.end <= at + 'Israel-Hamas'.length);
    expect(inside.map((mention) => `${mention.text}|${mention.label}`)).toEqual(['Israel|GPE', 'Hamas|ORG']);
    expect(doc.mentions.some((mention) => mention.text.includes('aligned') || mention.text.includes('linked'))).toBe(false);
  });

  it('finds no mention for capitalised words that open sentences or headings', () => {
    for (const word of ['Despite', 'Currently', 'However', 'This', 'The', 'In', 'With', 'Timeline', 'Call', 'Withdrawal']) {
      expect(doc.mentions.filter((mention) => mention.text.split(/\s+/u).includes(word))).toEqual([]);
    }
  });

  it('gives every mention the text at its offsets, sorted and without overlaps', () => {
    let end = 0;
    for (const mention of doc.mentions) {
      expect(mention.text).toBe(text.slice(mention.start, mention.end));
      expect(mention.start).toBeGreaterThanOrEqual(end);
      end = mention.end;
      expect(doc.sentences[mention.sentence]!.start).toBeLessThanOrEqual(mention.start);
      expect(doc.sentences[mention.sentence]!.end).toBeGreaterThanOrEqual(mention.end);
    }
  });
});
