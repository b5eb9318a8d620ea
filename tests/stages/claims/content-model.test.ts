/** Where content ends when no hard rule stops it: the learned content-end model, through the real stages. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { endFeatures, endProbability, endProbabilityAt, isEndCandidate } from '../../../src/stages/claims/content-model.js';
import { analyse, triples } from './helpers.js';

const contentOf = (text: string, cue: string): string | undefined => analyse(text).claims.find((claim) => claim.cue?.text === cue)?.content.text;

describe('claims: content-end model', () => {
  it('ends a noun-phrase object before where and when it was said', () => {
    expect(contentOf('Trump criticized the deal in a speech on Tuesday.', 'criticized')).toBe('the deal');
  });

  it('ends a noun-phrase object before a channel phrase', () => {
    expect(contentOf('The senator endorsed the plan in a tweet.', 'endorsed')).toBe('the plan');
  });

  it('offers a bare time phrase as a candidate end, but not a modal "may"', () => {
    const doc = analyse('She backed the plan Saturday and said she may run.');
    const k = (text: string): number => doc.tokens.findIndex((token) => token.text === text);
    expect(isEndCandidate(doc.tokens, k('Saturday'))).toBe(true);
    expect(isEndCandidate(doc.tokens, k('may'))).toBe(false);
  });

  it('keeps a prepositional phrase that belongs to a reported clause', () => {
    expect(contentOf('He said he would vote for the bill in the Senate next week.', 'said')).toBe('he would vote for the bill in the Senate next week');
  });

  it('leaves out a clause about the telling after a comma', () => {
    expect(triples('Officials said the attack killed 12 people, declining to give details.')[0]).toEqual(['Officials', 'said', 'the attack killed 12 people']);
  });

  it('does not end a "that" clause before its verb', () => {
    expect(contentOf('Devine acknowledged that Sanders, who did win Rhode Island, would focus on policy.', 'acknowledged')).toBe('Sanders, who did win Rhode Island, would focus on policy');
  });

  it('weighs ", but" by the cue (PolNeAR keeps it after "said" more often than not) and never ends inside a quotation', () => {
    expect(contentOf('Aides insisted the trip was over, but the senator stayed.', 'insisted')).toBe('the trip was over');
    expect(contentOf('The union endorsed the plan, but the senator opposed it.', 'endorsed')).toBe('the plan');
    expect(contentOf('He said the plan “would, in the end, fail the people who need it most” and left.', 'said')).toContain('most”');
  });

  it('scores every candidate of the seed article the same through the weight tree as through feature names', () => {
    const doc = analyse(readFileSync(new URL('../../../corpus/us-troops-withdrawal-iraq.txt', import.meta.url), 'utf8'));
    let checked = 0;
    for (const sentence of doc.sentences) {
      for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd; k++) {
        if (!isEndCandidate(doc.tokens, k)) continue;
        for (const sign of [null, 'verb']) {
          const state = { first: sentence.tokenStart, end: sentence.tokenEnd, sawVerb: k % 2 === 0, objectFrame: k % 3 === 0, sign };
          expect(endProbabilityAt(doc.tokens, k, state)).toBe(endProbability(endFeatures(doc.tokens, k, state)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('scores candidates as probabilities: high at the sentence end, low inside a clause', () => {
    const doc = analyse('She said the plan would cut taxes in every state.');
    const state = { first: 2, end: doc.tokens.length, sawVerb: true, objectFrame: false, sign: null };
    const at = (text: string): number => {
      const k = doc.tokens.findIndex((token) => token.text === text);
      expect(isEndCandidate(doc.tokens, k)).toBe(true);
      return endProbability(endFeatures(doc.tokens, k, state));
    };
    expect(at('.')).toBeGreaterThan(0.9);
    expect(at('in')).toBeLessThan(0.2);
  });
});
