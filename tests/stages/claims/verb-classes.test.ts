/** WordNet verb classes as cue-model features: an unseen reporting verb is judged by its class. */
import { describe, expect, it } from 'vitest';
import { cueFeatures, cueProbability } from '../../../src/stages/claims/cue-model.js';
import { verbClasses } from '../../../src/stages/claims/verb-classes.js';
import { analyse } from './helpers.js';

/** The cue model's probability for the verb `word` in "Senator Mark Lopez WORD about the budget." */
function probabilityOf(word: string): number {
  const doc = analyse(`Senator Mark Lopez ${word} about the budget.`);
  const head = doc.tokens.findIndex((token) => token.text === word);
  expect(doc.tokens[head]!.pos).toBe('VERB');
  return cueProbability(cueFeatures(doc.tokens, head, head, 0, doc.tokens.length));
}

describe('claims: WordNet verb classes', () => {
  it('gives the usual sense first, then the other classes of the first senses', () => {
    expect(verbClasses('say')).toBe('m');
    expect(verbClasses('believe')).toBe('g');
    expect(verbClasses('opine')?.[0]).toBe('m');
    expect(verbClasses('run')).toBeUndefined();
  });

  it('are features of the cue model, with the word after the verb', () => {
    const doc = analyse('Senator Mark Lopez grumbled that the budget would fail.');
    const head = doc.tokens.findIndex((token) => token.text === 'grumbled');
    const features = cueFeatures(doc.tokens, head, head, 0, doc.tokens.length);
    expect(features).toContain('wc=m');
    expect(features).toContain('wn=m|that');
  });

  it('rate an unseen verb of speaking above an unseen verb of motion in the same place', () => {
    // Neither verb is in the cue tables or the lexicon learned from PolNeAR.
    expect(probabilityOf('squawked')).toBeGreaterThan(probabilityOf('wobbled') + 0.1);
  });
});
