/**
 * Acceptance on the seed article (issue: end-to-end pipeline): the nine claims with their speaker
 * entity, cue, act, kind and quote fragments, and no claim from a heading line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecords } from '../../src/model/records.js';
import type { Claim } from '../../src/model/types.js';
import { processForTest, readCorpusFile } from '../helpers/pipeline.js';

let records: ArticleRecords;
beforeAll(async () => {
  const [article] = await readCorpusFile('corpus/us-troops-withdrawal-iraq.txt');
  records = processForTest(article!);
});

function claimWithCue(cue: string): Claim {
  const found = records.claims.filter((claim) => claim.cue?.text === cue);
  expect(found, `one claim with cue "${cue}"`).toHaveLength(1);
  return found[0]!;
}

describe('seed article: us-troops-withdrawal-iraq', () => {
  it('every span slices the stored text', () => {
    const text = records.article.text;
    for (const claim of records.claims) {
      for (const span of [claim.speaker, claim.cue, claim.content, claim.target, claim.channel, ...claim.quotes]) {
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('1. pro-Iranian factions issued a call for the withdrawal', () => {
    const claim = claimWithCue('issued a call on Friday for');
    expect(claim.speaker?.text).toBe('Pro-Iranian factions in Iraq');
    expect(claim.cue?.lemma).toBe('call');
    expect(claim.act).toBe('demand');
    expect(claim.kind).toBe('indirect');
    expect(claim.content.text).toBe('the withdrawal of US troop forces from the country');
  });

  it('2. Kataeb Hezbollah accused Donald Trump (US President)', () => {
    const claim = claimWithCue('accused');
    expect(claim.speaker?.text).toBe('The powerful militia group, Kataeb Hezbollah');
    expect(claim.speaker?.entity).toBe('Kataeb Hezbollah');
    expect(claim.speaker?.entityType).toBe('ORG');
    expect(claim.act).toBe('accusation');
    expect(claim.kind).toBe('indirect');
    expect(claim.target?.entity).toBe('Donald Trump');
    expect(claim.target?.role).toBe('US President');
  });

  it('3. they (= Kataeb Hezbollah) claimed, in a press release, "enabled this aggression"', () => {
    const claim = claimWithCue('claimed');
    expect(claim.speaker?.text).toBe('they');
    expect(claim.speaker?.entity).toBe('Kataeb Hezbollah');
    expect(claim.speaker?.entityType).toBe('ORG');
    expect(claim.channel?.text).toBe('a press release');
    expect(claim.kind).toBe('mixed');
    expect(claim.quotes.map((quote) => quote.text)).toEqual(['enabled this aggression']);
    expect(claim.content.text).toMatch(/^American troops in Iraq had “enabled this aggression” by allowing .* airspace$/u);
  });

  it('4. Kataeb Hezbollah urged the Baghdad government', () => {
    const claim = claimWithCue('urged');
    expect(claim.speaker?.entity).toBe('Kataeb Hezbollah');
    expect(claim.act).toBe('demand');
    expect(claim.kind).toBe('indirect');
    expect(claim.target?.text).toBe('the Baghdad government');
  });

  it('5. Kataeb Hezbollah, stating that doing so would be essential', () => {
    const claim = claimWithCue('stating');
    expect(claim.speaker?.entity).toBe('Kataeb Hezbollah');
    expect(claim.act).toBe('assertion');
    expect(claim.content.text).toBe('doing so would be essential to prevent further conflicts in the region');
  });

  it('6. Akram al-Kaabi (leader of the Al-Nujaba faction) expressed strong condemnation', () => {
    const claim = claimWithCue('also expressed strong condemnation of');
    expect(claim.speaker?.entity).toBe('Akram al-Kaabi');
    expect(claim.speaker?.entityType).toBe('PERSON');
    expect(claim.speaker?.role).toBe('leader of the Al-Nujaba faction');
    expect(claim.act).toBe('condemnation');
  });

  it('7. He (= Akram al-Kaabi) echoed calls for the "complete withdrawal"', () => {
    const claim = claimWithCue('echoed calls for');
    expect(claim.speaker?.text).toBe('He');
    expect(claim.speaker?.entity).toBe('Akram al-Kaabi');
    expect(claim.act).toBe('demand');
    expect(claim.kind).toBe('mixed');
    expect(claim.quotes.map((quote) => quote.text)).toEqual(['complete withdrawal']);
  });

  it('8. The US military and Iraqi officials underscored', () => {
    const claim = claimWithCue('have underscored');
    expect(claim.speaker?.text).toBe('The US military and Iraqi officials');
    expect(claim.act).toBe('assertion');
    expect(claim.content.text).toBe('collaboration remains focused on combating ISIS');
  });

  it('9. the United States and Iraq announced plans', () => {
    const claim = claimWithCue('announced');
    expect(claim.speaker?.text).toBe('the United States and Iraq');
    expect(claim.speaker?.entity).toBe('United States');
    expect(claim.act).toBe('announcement');
    expect(claim.content.text).toMatch(/^plans to conclude their anti-ISIS military mission .* by the end of 2025$/u);
  });

  it('no claim comes from a heading or the title', () => {
    const headings = records.sentences.filter((sentence) => sentence.kind !== 'body').map((sentence) => sentence.index);
    expect(headings.length).toBe(3);
    for (const claim of records.claims) expect(headings).not.toContain(claim.sentence);
  });
});
