import { describe, expect, it } from 'vitest';
import { analyse, listMentions as list } from './helpers.js';

const people = (text: string) => list(analyse(text).mentions.filter((mention) => mention.label === 'PERSON'));

describe('within-document coreference of names', () => {
  it('gives a later surname the full name', () => {
    expect(people('Donald Trump arrived on Monday. Trump said little, and Mr. Trump left.')).toEqual([
      'Donald Trump|PERSON|Donald Trump',
      'Trump|PERSON|Donald Trump',
      'Trump|PERSON|Donald Trump',
    ]);
  });

  it('links a surname with or without its particle', () => {
    expect(people('Akram al-Kaabi, leader of the group, spoke. Kaabi warned that al-Kaabi would not back down.')).toEqual([
      'Akram al-Kaabi|PERSON|Akram al-Kaabi',
      'Kaabi|PERSON|Akram al-Kaabi',
      'al-Kaabi|PERSON|Akram al-Kaabi',
    ]);
  });

  it('links a shorter form of a three-part name', () => {
    expect(people('Hillary Rodham Clinton spoke first. Clinton said the plan would work.')).toEqual([
      'Hillary Rodham Clinton|PERSON|Hillary Rodham Clinton',
      'Clinton|PERSON|Hillary Rodham Clinton',
    ]);
  });

  it('prefers the nearest earlier full name when two people share a surname', () => {
    const text = 'Bill Clinton spoke. Clinton smiled. Later Hillary Clinton arrived, and Clinton spoke again.';
    expect(people(text).map((entry) => entry.split('|')[2])).toEqual(['Bill Clinton', 'Bill Clinton', 'Hillary Clinton', 'Hillary Clinton']);
  });

  it('keeps names with particles whole', () => {
    expect(people('Charles de Gaulle met Ludwig van Beethoven and Osama bin Laden. De Gaulle left.')).toEqual([
      'Charles de Gaulle|PERSON|Charles de Gaulle',
      'Ludwig van Beethoven|PERSON|Ludwig van Beethoven',
      'Osama bin Laden|PERSON|Osama bin Laden',
      'De Gaulle|PERSON|Charles de Gaulle',
    ]);
  });
});
