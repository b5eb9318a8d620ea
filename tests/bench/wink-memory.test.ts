/**
 * The memory bound the benchmark led to: wink-nlp learns every new word it reads, so the segment
 * stage replaces its instance between documents once it has learned too many.
 */
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { forgetLearnedWords, getWink, learnedWords, MAX_LEARNED_WORDS, recycleWinkWhenFull } from '../../src/stages/segment/wink.js';

/** Tokens, tags, sentences and entities of `text` as an instance reads them. */
function reading(wink: ReturnType<typeof winkNLP>, text: string): unknown {
  const doc = wink.readDoc(text);
  const { its } = wink;
  return {
    tokens: doc.tokens().out(its.value),
    pos: doc.tokens().out(its.pos),
    lemmas: doc.tokens().out(its.lemma as unknown as typeof its.value),
    shapes: doc.tokens().out(its.shape),
    sentences: doc.sentences().out(),
    entities: doc.entities().out(its.detail),
  };
}

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

  it('reads after a replacement exactly as an instance over a new copy of the model does', () => {
    // Words, suffixes, prefixes and shapes wink has not seen: every growing feature of the model grows.
    const novel = 'Zyxwvorth’s Qqplimbing-Glorfs, XxQ-77b and über-Snarfwockish Blivetry’s claims, said Mrs. Throckwhistle.';
    getWink().readDoc(novel);
    forgetLearnedWords();
    recycleWinkWhenFull(0);
    const text = `${novel} Blivetry’s Zyxwvorth said the plan failed. “Why?” she asked. The U.N. met in Glarbington on 3 May.`;
    const fresh = winkNLP(model, ['sbd', 'pos', 'ner']);
    expect(reading(getWink(), text)).toEqual(reading(fresh, text));
    forgetLearnedWords();
  });
});
