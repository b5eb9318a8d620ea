import { describe, expect, it } from 'vitest';
import { TokenTrie } from '../../../src/stages/entities/trie.js';

const keys = (text: string) => text.toLowerCase().split(' ');

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>();
  trie.add(keys('islamic state'), 'Islamic State');
  trie.add(keys('islamic state of iraq and the levant'), 'Islamic State');
  trie.add(keys('kataeb hezbollah'), 'Kataeb Hezbollah');
  trie.add(keys('hezbollah'), 'Hezbollah');
  trie.add(keys('us'), 'United States');
  trie.add(keys('us'), 'a second value for the same phrase');

  it('counts distinct phrases', () => {
    expect(trie.size).toBe(5);
  });

  it('finds the longest phrase at a position', () => {
    const text = keys('fighters of the islamic state of iraq and the levant attacked');
    expect(trie.longestAt(text, 3)).toEqual({ first: 3, last: 10, values: ['Islamic State'] });
    expect(trie.longestAt(text, 0)).toBeNull();
  });

  it('falls back to a shorter phrase when the longer one does not complete', () => {
    const text = keys('the islamic state of emergency');
    expect(trie.longestAt(text, 1)).toEqual({ first: 1, last: 3, values: ['Islamic State'] });
  });

  it('matches left to right without overlaps, preferring the longer phrase', () => {
    const text = keys('kataeb hezbollah and hezbollah met us');
    const matches = trie.matchAll(text).map((match) => [match.first, match.last, match.values[0]]);
    expect(matches).toEqual([
      [0, 2, 'Kataeb Hezbollah'],
      [3, 4, 'Hezbollah'],
      [5, 6, 'United States'],
    ]);
  });

  it('keeps every value stored under one phrase and lets the caller veto a match', () => {
    const text = keys('tell us');
    expect(trie.matchAll(text)[0]!.values).toEqual(['United States', 'a second value for the same phrase']);
    expect(trie.matchAll(text, () => [])).toEqual([]);
    expect(trie.matchAll(text, (values) => values.slice(1))[0]!.values).toEqual(['a second value for the same phrase']);
  });
});
