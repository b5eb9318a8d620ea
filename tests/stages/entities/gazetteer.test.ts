import { describe, expect, it } from 'vitest';
import { aliasRows, aliasTokens } from '../../../src/stages/entities/gazetteer.js';
import { forgetLearnedWords, getWink } from '../../../src/stages/segment/wink.js';

describe('gazetteer-tokens.data.ts', () => {
  it('gives every alias the tokens wink-nlp makes of it (else: node scripts/build-gazetteer-tokens.mjs)', () => {
    // Read as the gazetteer once read them: in build order, by one instance that learns as it goes.
    forgetLearnedWords();
    const wink = getWink();
    const wrong: string[] = [];
    let aliases = 0;
    for (const { spelling } of aliasRows()) {
      aliases++;
      const fromWink = (wink.readDoc(spelling).tokens().out() as string[]).filter((token) => token.trim() !== '');
      if (JSON.stringify(aliasTokens(spelling)) !== JSON.stringify(fromWink)) wrong.push(`${spelling}: ${JSON.stringify(fromWink)}`);
    }
    forgetLearnedWords();
    expect(aliases).toBeGreaterThan(2000);
    expect(wrong).toEqual([]);
  });

  it('splits hyphenated and dotted names as wink does, others at their spaces', () => {
    expect(aliasTokens('al-Qaeda')).toEqual(['al', '-', 'Qaeda']);
    expect(aliasTokens('Islamic Revolutionary Guard Corps')).toEqual(['Islamic', 'Revolutionary', 'Guard', 'Corps']);
  });
});
