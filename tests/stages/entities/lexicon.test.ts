import { describe, expect, it } from 'vitest';
import { getNameLexicon, readCompromiseLexicon, unpackCompromiseLexicon } from '../../../src/stages/entities/lexicon.js';

describe('compromise-lexicon.data.ts', () => {
  it('holds exactly what the installed compromise lists (else: node scripts/build-compromise-lexicon.mjs)', () => {
    const fromCompromise = readCompromiseLexicon();
    const stored = unpackCompromiseLexicon();
    expect(stored.classes.size).toBe(fromCompromise.classes.size);
    expect(new Map([...stored.classes].sort())).toEqual(new Map([...fromCompromise.classes].sort()));
    expect(stored.orgWords).toEqual(fromCompromise.orgWords);
    expect(stored.placeWords).toEqual(fromCompromise.placeWords);
  });

  it('gives the tagger compromise\u2019s classes, and its own given names where compromise has none', () => {
    const lexicon = getNameLexicon(true);
    expect(lexicon.classOf('chad')).toBe('first');
    expect(lexicon.classOf('akram')).toBe('first');
    expect(lexicon.classOf('qwxzv')).toBeNull();
    expect(getNameLexicon(false).classOf('chad')).toBeNull();
    expect(getNameLexicon(false).classOf('akram')).toBe('first');
  });
});
