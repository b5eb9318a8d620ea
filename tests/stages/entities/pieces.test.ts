import { describe, expect, it } from 'vitest';
import { modifierCut, prefixOf, splitParts } from '../../../src/stages/entities/hyphens.js';
import { caseAgrees, lookupName } from '../../../src/stages/entities/gazetteer.js';
import { analyse, listMentions as list } from './helpers.js';

describe('hyphenated words', () => {
  it('splits a word into parts with document offsets', () => {
    expect(splitParts('al-Kaabi', 10)).toEqual([
      { text: 'al', start: 10, end: 12 },
      { text: 'Kaabi', start: 13, end: 18 },
    ]);
  });

  it('finds where modifiers begin and what prefix a word carries', () => {
    expect(modifierCut('Tehran-aligned', 0)).toBe(6);
    expect(modifierCut('al-Kaabi', 0)).toBeNull();
    expect(prefixOf('pro-Iranian', 5)).toEqual({ prefix: 'pro', restStart: 9 });
    expect(prefixOf('Al-Nujaba', 0)).toBeNull();
  });

  it('turns stances, modifiers and pairs into sensible mentions', () => {
    const doc = analyse('Pro-Iranian groups and anti-ISIS forces met Iran-linked militias before the Israel-Hamas war.');
    expect(list(doc.mentions)).toEqual([
      'Pro-Iranian|NORP|pro-Iranian',
      'ISIS|ORG|Islamic State',
      'Iran|GPE|Iran',
      'Israel|GPE|Israel',
      'Hamas|ORG|Hamas',
    ]);
  });
});

describe('gazetteer lookups', () => {
  it('resolves aliases to one canonical name', () => {
    for (const alias of ['US', 'U.S.', 'USA', 'America', 'United States']) expect(lookupName(alias, 'normal')?.entry.canonical).toBe('United States');
    for (const alias of ['ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State']) expect(lookupName(alias, 'normal')?.entry.canonical).toBe('Islamic State');
    expect(lookupName("Kata'ib Hezbollah", 'normal')?.entry.canonical).toBe('Kataeb Hezbollah');
    expect(lookupName('al Qaeda', 'normal')?.entry.canonical).toBe(lookupName('al-Qaeda', 'normal')?.entry.canonical);
  });

  it('respects capitals', () => {
    expect(lookupName('us', 'normal')).toBeNull();
    expect(lookupName('turkey', 'normal')).toBeNull();
    expect(caseAgrees('US', 'US', 'upper')).toBe(false);
    expect(caseAgrees('NATO', 'NATO', 'upper')).toBe(true);
    expect(caseAgrees('Iraq', 'IRAQ', 'upper')).toBe(true);
  });
});

describe('dates and numbers', () => {
  it('keeps wink-nlp dates and cardinals without leading prepositions or hedges', () => {
    const doc = analyse('About 2,500 troops will leave by September 2026, officials said on Friday.');
    expect(list(doc.mentions.filter((mention) => mention.source === 'wink'))).toEqual([
      '2,500|CARDINAL|2,500',
      'September 2026|DATE|September 2026',
      'Friday|DATE|Friday',
    ]);
  });
});

describe('span corrections', () => {
  const names = (text: string) => list(analyse(text).mentions.filter((mention) => mention.source !== 'wink'));

  it('takes a sentence-opening verb off a name and splits two listed names joined by "and"', () => {
    expect(names('Addressing New York State Republican Party officials, Trump said the party was his.')).toEqual([
      'New York State Republican Party|ORG|New York State Republican Party',
      'Trump|PERSON|Trump',
    ]);
    expect(names('A poll by NBC News and The Wall Street Journal found it.')).toEqual([
      'NBC News|ORG|NBC',
      'Wall Street Journal|ORG|Wall Street Journal',
    ]);
  });

  it('reads a dateline as a place and an institution by its head word', () => {
    expect(names('CLEVELAND – She spoke at the Council of Foreign Relations on Thursday.')).toEqual([
      'CLEVELAND|GPE|Cleveland',
      'Council of Foreign Relations|ORG|Council of Foreign Relations',
    ]);
  });

  it('keeps possessives inside organisation names', () => {
    expect(names('The party is becoming the White People’s Party, said Tom Hadley of the Wexley Traders’ Association.')).toEqual([
      'White People’s Party|ORG|White People’s Party',
      'Tom Hadley|PERSON|Tom Hadley',
      'Wexley Traders’ Association|ORG|Wexley Traders’ Association',
    ]);
  });
});
