import { beforeAll, describe, expect, it } from 'vitest';
import type { PredictedAttribution } from '../../src/eval/attribution.js';
import { analyseErrors } from '../../src/eval/errors.js';
import { readGoldFile, type GoldDoc } from '../../src/eval/gold.js';
import { sentenceAround } from '../../src/eval/sentence.js';
import { goldRecord, spanOf, writeGoldFile, type Needle } from './fixtures.js';

const NEWS =
  'Senator Jane Smith said that taxes will rise. "We have no choice," he told reporters. ' +
  'According to the mayor, the bridge is safe.';
const STORM =
  'Police said the road was closed. The storm hit at noon.\n' +
  'Residents were told to stay home, officials announced. Later the mayor said he was pleased.';

let docs: GoldDoc[];

beforeAll(async () => {
  docs = await readGoldFile(
    writeGoldFile([
      goldRecord('news', NEWS, [
        { id: 'E1', source: 'Senator Jane Smith', cue: 'said', content: ['taxes will rise'], type: 'indirect' },
        { id: 'E2', source: 'he', cue: 'told reporters', content: ['"We have no choice,"'], type: 'direct' },
        { id: 'E3', source: 'the mayor', cue: null, content: ['the bridge is safe'], type: 'indirect' },
      ]),
      goldRecord('storm', STORM, [
        { id: 'G1', source: 'Police', cue: 'said', content: ['the road was closed'], type: 'indirect' },
        {
          id: 'G2',
          source: 'officials',
          cue: 'announced',
          content: ['Residents were told to stay home'],
          type: 'indirect',
        },
        { id: 'G3', source: 'the mayor', cue: ['said', 1], content: ['he was pleased'], type: 'indirect' },
      ]),
    ]),
  );
});

function predict(text: string, speaker: Needle | null, cue: Needle | null, content: Needle): PredictedAttribution {
  return {
    speaker: speaker === null ? null : spanOf(text, speaker),
    cue: cue === null ? null : spanOf(text, cue),
    content: spanOf(text, content),
    kind: 'indirect',
  };
}

const PREDICTIONS = new Map([
  [
    'news',
    [
      predict(NEWS, 'Senator Jane Smith', 'said', 'taxes will rise'),
      predict(NEWS, 'Senator Jane Smith', 'told reporters', '"We have no choice,"'),
      predict(NEWS, 'the mayor', null, 'bridge'),
      predict(NEWS, 'Senator Jane Smith', 'said', 'taxes will rise'),
    ],
  ],
  [
    'storm',
    [
      predict(STORM, 'Police', null, 'the road was closed'),
      predict(STORM, null, null, 'The storm hit at noon'),
      predict(STORM, 'officials', 'announced', 'officials announced'),
    ],
  ],
]);

describe('analyseErrors', () => {
  it('categorises every miss and false claim', () => {
    const report = analyseErrors(docs, PREDICTIONS);
    expect(report.totalMisses).toBe(5);
    expect(report.missCounts).toEqual({
      'no prediction in sentence': 1,
      'other attribution in sentence': 1,
      'content boundary': 1,
      'speaker mismatch': 1,
      'cue mismatch': 1,
      duplicate: 0,
    });
    expect(report.totalFalseClaims).toBe(6);
    expect(report.falseClaimCounts).toEqual({
      spurious: 1,
      'other attribution in sentence': 1,
      'content boundary': 1,
      'speaker mismatch': 1,
      'cue mismatch': 1,
      duplicate: 1,
    });
  });

  it('lists misses longest first with their sentence, texts and nearest prediction', () => {
    const { misses } = analyseErrors(docs, PREDICTIONS);
    expect(misses.map((miss) => [miss.attributionId, miss.category])).toEqual([
      ['G2', 'other attribution in sentence'],
      ['E2', 'speaker mismatch'],
      ['G1', 'cue mismatch'],
      ['E3', 'content boundary'],
      ['G3', 'no prediction in sentence'],
    ]);
    const speaker = misses[1]!;
    expect(speaker.sentence.text).toBe('"We have no choice," he told reporters.');
    expect(speaker.gold).toEqual({ source: 'he', cue: 'told reporters', content: '"We have no choice,"' });
    expect(speaker.nearest).toEqual({
      source: 'Senator Jane Smith',
      cue: 'told reporters',
      content: '"We have no choice,"',
      index: 1,
      kind: 'indirect',
      jaccard: 1,
    });
    expect(misses[0]!.sentence.text).toBe('Residents were told to stay home, officials announced.');
    expect(misses[3]!.nearest?.jaccard).toBe(0.25);
    expect(misses[4]!.sentence.text).toBe('Later the mayor said he was pleased.');
    expect(misses[4]!.nearest).toBeNull();
  });

  it('lists false claims with the gold they came closest to', () => {
    const { falseClaims } = analyseErrors(docs, PREDICTIONS);
    expect(falseClaims.map((claim) => [claim.docId, claim.index, claim.category])).toEqual([
      ['storm', 1, 'spurious'],
      ['news', 1, 'speaker mismatch'],
      ['storm', 0, 'cue mismatch'],
      ['storm', 2, 'other attribution in sentence'],
      ['news', 3, 'duplicate'],
      ['news', 2, 'content boundary'],
    ]);
    expect(falseClaims[0]!.sentence.text).toBe('The storm hit at noon.');
    expect(falseClaims[0]!.nearest).toBeNull();
    expect(falseClaims[4]!.nearest).toMatchObject({ attributionId: 'E1', jaccard: 1, source: 'Senator Jane Smith' });
    expect(falseClaims[5]!.predicted).toEqual({ source: 'the mayor', cue: null, content: 'bridge' });
  });

  it('ranks by lowest Jaccard when asked, and lists at most `limit`', () => {
    const report = analyseErrors(docs, PREDICTIONS, { rankBy: 'jaccard', limit: 3 });
    expect(report.misses.map((miss) => miss.attributionId)).toEqual(['G2', 'G3', 'E3']);
    expect(report.falseClaims).toHaveLength(3);
    expect(report.totalMisses).toBe(5);
  });

  it('joins the fragments of multi-fragment gold content', async () => {
    const text = '"The economy," she said, "is very strong."';
    const [doc] = await readGoldFile(
      writeGoldFile([
        goldRecord('q', text, [
          { id: 'E1', source: 'she', cue: 'said', content: ['"The economy,"', '"is very strong."'], type: 'direct' },
        ]),
      ]),
    );
    const report = analyseErrors([doc!], new Map());
    expect(report.misses[0]!.gold.content).toBe('"The economy," … "is very strong."');
    expect(report.misses[0]!.sentence.text).toBe(text);
  });
});

describe('sentenceAround', () => {
  const around = (text: string, needle: string): string => sentenceAround(text, spanOf(text, needle)).text;

  it('stops at . ! ? followed by space, after closing quotes, and at newlines', () => {
    const text = 'He said "We are done." Then he left! Was it over?\nNo.';
    expect(around(text, '"We are done."')).toBe('He said "We are done."');
    expect(around(text, 'he left')).toBe('Then he left!');
    expect(around(text, 'over')).toBe('Was it over?');
    expect(around(text, 'No')).toBe('No.');
  });

  it('does not stop inside numbers or dotted words, but does after an abbreviation and a space', () => {
    expect(around('Growth was 3.5 percent, he said. Next.', 'percent')).toBe('Growth was 3.5 percent, he said.');
    expect(around('The U.S. officials said so. Next.', 'said')).toBe('officials said so.');
  });

  it('spans several sentences when the span does', () => {
    const text = 'Intro. She said: "One. Two." Outro.';
    expect(around(text, '"One. Two."')).toBe('She said: "One. Two."');
    expect(around('no boundary at all', 'boundary')).toBe('no boundary at all');
  });
});
