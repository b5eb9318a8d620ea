/** Quotation pairing: curly, straight, «», '', across paragraphs, and unbalanced marks. */
import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/stages/claims/quotes.js';
import { splitParagraphs } from '../../../src/stages/segment/blocks.js';
import { analyse } from './helpers.js';

function quotes(text: string): string[] {
  return findQuotations(text, splitParagraphs(text, null)).map((quote) => text.slice(quote.start, quote.end));
}

describe('findQuotations', () => {
  it('pairs curly, straight, guillemet and double-apostrophe marks', () => {
    expect(quotes('He said “yes” and "no" and «oui» and \'\'si\'\'.')).toEqual(['“yes”', '"no"', '«oui»', "''si''"]);
  });

  it('continues a quote into a paragraph that reopens with the same mark', () => {
    const text = 'She said: “The first part.\n“The second part.”';
    const [quote] = findQuotations(text, splitParagraphs(text, null));
    expect(text.slice(quote!.start, quote!.end)).toBe('“The first part.\n“The second part.”');
    expect(quote!.fragments.map((f) => text.slice(f.start, f.end))).toEqual(['“The first part.', '“The second part.”']);
  });

  it('never lets an unbalanced mark run past its paragraph', () => {
    const text = 'He said “this never closes.\nThe next paragraph is plain.\nAnd “this one closes”.';
    expect(quotes(text)).toEqual(['“this one closes”']);
  });

  it('stays linear and bounded on thousands of unbalanced marks', () => {
    const text = `${'“'.repeat(10_000)} end`;
    expect(quotes(text)).toEqual([]);
  });
});

describe('claims: quotations continued in the next sentence', () => {
  it('continue after an opening "But" and take the rest of a sentence with no cue of its own', () => {
    const but = analyse('“I don’t think it’s do or die,” he said. But “his candidacy is strengthened. It helps.”');
    expect(but.claims[0]?.content.text).toBe('“I don’t think it’s do or die,” he said. But “his candidacy is strengthened. It helps.”');
    expect(but.claims[0]?.kind).toBe('direct');
    const rest = analyse('"Voters do not care," Palmieri told reporters. "They care that she is focused on incomes" and other pocketbook issues.');
    expect(rest.claims[0]?.content.text).toBe('"Voters do not care," Palmieri told reporters. "They care that she is focused on incomes" and other pocketbook issues');
  });
});

describe('claims: an attribution inside a mixed clause', () => {
  it('takes both sides when the words before it end in a quotation but are not all quotation', () => {
    const doc = analyse('Nancy\'s "single most defining role was helping my husband," Anthony says, a job important for a president who hated conflict.');
    expect(doc.claims[0]?.content.text).toBe('Nancy\'s "single most defining role was helping my husband," Anthony says, a job important for a president who hated conflict');
  });
});
