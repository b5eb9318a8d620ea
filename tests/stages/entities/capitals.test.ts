import { describe, expect, it } from 'vitest';
import { analyse, listMentions as list } from './helpers.js';

describe('all-capital headlines and wire datelines', () => {
  it('finds known names in capitals and gives them their ordinary spelling', () => {
    expect(list(analyse('IRAN AND IRAQ SIGN BORDER DEAL IN BAGHDAD.\nThe deal was signed on Monday.').mentions).slice(0, 3)).toEqual([
      'IRAN|GPE|Iran',
      'IRAQ|GPE|Iraq',
      'BAGHDAD|GPE|Baghdad',
    ]);
  });

  it('does not read capitalised English words as acronyms ("US", "WHO", "IS")', () => {
    const doc = analyse('TELL US WHO IS TO BLAME FOR THE FLOODS.\nThe council met on Monday.');
    expect(doc.mentions.filter((mention) => ['US', 'WHO', 'IS'].includes(mention.text))).toEqual([]);
  });

  it('keeps "US" and "WHO" as names in ordinary text, where capitals mean something', () => {
    const doc = analyse('The WHO said US troops were tested, and they told us who was ill.');
    expect(list(doc.mentions)).toEqual(['WHO|ORG|World Health Organization', 'US|GPE|United States']);
  });

  it('tags a CoNLL-style sports headline, dateline and story', () => {
    const text =
      'CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY.\nLONDON 1996-08-30\n' +
      'West Indian all-rounder Phil Simmons took four for 38 on Friday as Leicestershire beat Somerset by an innings.';
    const names = list(analyse(text).mentions.filter((mention) => mention.label !== 'DATE' && mention.label !== 'CARDINAL'));
    expect(names).toEqual([
      'LEICESTERSHIRE|ORG|Leicestershire',
      'LONDON|GPE|London',
      'West Indian|NORP|West Indian',
      'Phil Simmons|PERSON|Phil Simmons',
      'Leicestershire|ORG|Leicestershire',
      'Somerset|ORG|Somerset',
    ]);
  });
});
