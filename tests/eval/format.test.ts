import { describe, expect, it } from 'vitest';
import {
  analyseErrors,
  evaluateAttributions,
  evaluateDocEntities,
  formatAttributionResult,
  formatErrorReport,
  formatNerResult,
  formatPerDocAttributions,
  formatPercent,
  type GoldDoc,
  type NerResult,
} from '../../src/eval/index.js';

const TEXT = 'Jane Smith said taxes will rise. Bob agreed.';

const DOC: GoldDoc = {
  id: 'doc-1',
  source: 'test',
  text: TEXT,
  attributions: [
    {
      id: 'E1',
      content: { start: 16, end: 31 },
      fragments: [{ start: 16, end: 31, text: 'taxes will rise' }],
      source: { start: 0, end: 10, text: 'Jane Smith' },
      cue: { start: 11, end: 15, text: 'said' },
      type: 'indirect',
    },
    {
      id: 'E2',
      content: { start: 16, end: 31 },
      fragments: [{ start: 16, end: 31, text: 'taxes will rise' }],
      source: { start: 33, end: 36, text: 'Bob' },
      cue: { start: 37, end: 43, text: 'agreed' },
      type: 'indirect',
    },
  ],
  entities: null,
  meta: {},
  origin: { file: 'gold.jsonl', line: 1 },
};

describe('formatPercent', () => {
  it('shows one decimal', () => {
    expect([0, 1, 2 / 3, 0.8321, 0.00049].map(formatPercent)).toEqual(['0.0', '100.0', '66.7', '83.2', '0.0']);
  });
});

describe('formatAttributionResult', () => {
  it('prints every figure with its counts', () => {
    const result = evaluateAttributions(
      [DOC],
      new Map([
        ['doc-1', [{ speaker: { start: 0, end: 10 }, cue: { start: 11, end: 15 }, content: { start: 16, end: 31 }, kind: 'indirect' as const }]],
        ['other', []],
      ]),
    );
    const text = formatAttributionResult(result);
    expect(text.split('\n')[0]).toBe('Attribution: 1 documents, 2 gold attributions, 1 predicted');
    expect(text).toMatch(/^source\s+span, strict\s+100\.0\s+50\.0\s+66\.7\s+1\s+1\s+2$/m);
    expect(text).toMatch(/^content\s+span, strict\s+100\.0\s+50\.0\s+66\.7\s+1\s+1\s+2$/m);
    expect(text).toMatch(/^\s+token overlap\s+100\.0\s+100\.0\s+100\.0\s+3\s+3\s+3$/m);
    expect(text).toMatch(/^linked\s+all\s+100\.0\s+50\.0\s+66\.7\s+1\s+1\s+2$/m);
    expect(text).toMatch(/^\s+direct quotes\s+0\.0\s+0\.0\s+0\.0\s+0\s+0\s+0$/m);
    expect(text).toMatch(/^\s+recall, indirect gold\s+50\.0\s+1\s+2$/m);
    expect(text).toContain('Predictions for 1 document(s) without matching gold were not scored: other');

    expect(formatPerDocAttributions(result).split('\n')).toEqual([
      'document  gold  pred  linked     P%    R%   F1%  source F1%  cue F1%  content F1%',
      'doc-1        2     1       1  100.0  50.0  66.7        66.7     66.7         66.7',
    ]);
  });
});

describe('formatNerResult', () => {
  it('prints a row per label, overall and span only', () => {
    const doc = evaluateDocEntities(
      'a',
      [
        { start: 0, end: 4, label: 'PERSON' },
        { start: 5, end: 10, label: 'LOC' },
      ],
      [
        { start: 0, end: 4, label: 'PER' },
        { start: 5, end: 10, label: 'ORG' },
      ],
    );
    const result: NerResult = { ...doc, docs: 1, perDoc: [doc], ignoredDocIds: [] };
    expect(formatNerResult(result).split('\n')).toEqual([
      'NER: 1 documents, 2 gold entities, 2 predicted (labels mapped to PERSON / ORG / LOC / MISC; others not scored)',
      '',
      'label         P%     R%    F1%  tp  pred  gold',
      'PERSON     100.0  100.0  100.0   1     1     1',
      'ORG          0.0    0.0    0.0   0     1     0',
      'LOC          0.0    0.0    0.0   0     0     1',
      'MISC         0.0    0.0    0.0   0     0     0',
      'overall     50.0   50.0   50.0   1     2     2',
      'span only  100.0  100.0  100.0   2     2     2',
    ]);
  });
});

describe('formatErrorReport', () => {
  it('prints category counts and each error with its context', () => {
    const report = analyseErrors(
      [DOC],
      new Map([['doc-1', [{ speaker: null, cue: null, content: { start: 33, end: 43 }, kind: 'indirect' as const }]]]),
    );
    const text = formatErrorReport(report);
    expect(text).toContain(
      'Missed gold attributions: 2 (no prediction in sentence 2, other attribution in sentence 0, content boundary 0, ' +
        'speaker mismatch 0, cue mismatch 0, duplicate 0)',
    );
    expect(text).toContain('1. doc-1 E1 (indirect): no prediction in sentence');
    expect(text).toContain('   sentence:  Jane Smith said taxes will rise.');
    expect(text).toContain('   gold:      source "Jane Smith" | cue "said" | content "taxes will rise"');
    expect(text).toContain('1. doc-1 prediction 0 (indirect): spurious');
    expect(text).toContain('   predicted: source - | cue - | content "Bob agreed"');
  });
});
