/**
 * The memory bound the benchmark led to: wink-nlp learns every new word it reads, so the segment
 * stage replaces its instance between documents once it has learned too many.
 */
import { describe, expect, it } from 'vitest';
import { getWink, learnedWords, MAX_LEARNED_WORDS, recycleWinkWhenFull } from '../../src/stages/segment/wink.js';

describe('the shared wink-nlp instance', () => {
  it('counts the words it learns and is replaced once past the limit', () => {
    const first = getWink();
    const before = learnedWords();
    first.readDoc('Zorblat and Quuxifer met Xanthippe-Wobble in Glarbington.');
    expect(learnedWords()).toBeGreaterThan(before);

    recycleWinkWhenFull(MAX_LEARNED_WORDS);
    expect(getWink()).toBe(first); // far below the limit: kept

    recycleWinkWhenFull(0);
    const second = getWink();
    expect(second).not.toBe(first);
    expect(learnedWords()).toBe(0);
    expect(second.readDoc('Mr. Smith said the plan failed. She agreed.').sentences().out()).toEqual([
      'Mr. Smith said the plan failed.',
      'She agreed.',
    ]);
  });
});
