import { describe, expect, it } from 'vitest';
import { evaluateDocEntities, evaluateEntities, mapNerLabel, type PredictedEntity } from '../../src/eval/ner.js';
import type { GoldDoc } from '../../src/eval/gold.js';
import type { Score } from '../../src/eval/score.js';
import { spanOf } from './fixtures.js';

const TEXT = 'On Monday, Angela Merkel met Reuters editors in Berlin to discuss the Euro 2024 final.';

function entity(needle: string, label: string): PredictedEntity {
  return { ...spanOf(TEXT, needle), label };
}

const GOLD = [
  entity('Angela Merkel', 'PERSON'),
  entity('Reuters', 'ORG'),
  entity('Berlin', 'LOC'),
  entity('Euro 2024', 'MISC'),
  entity('Monday', 'DATE'),
];

function score(tp: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

describe('mapNerLabel', () => {
  it('maps onto the four CoNLL classes and drops the rest', () => {
    expect(['PERSON', 'PER', 'per'].map(mapNerLabel)).toEqual(['PERSON', 'PERSON', 'PERSON']);
    expect(['GPE', 'LOC', 'FAC'].map(mapNerLabel)).toEqual(['LOC', 'LOC', 'LOC']);
    expect(['NORP', 'EVENT', 'PRODUCT', 'WORK_OF_ART', 'LAW', 'LANGUAGE', 'MISC'].map(mapNerLabel)).toEqual(
      Array(7).fill('MISC'),
    );
    expect(mapNerLabel('ORG')).toBe('ORG');
    expect(['DATE', 'CARDINAL', 'MONEY', ''].map(mapNerLabel)).toEqual([null, null, null, null]);
  });
});

describe('evaluateDocEntities', () => {
  it('counts a GPE prediction against LOC gold and ignores DATE on both sides', () => {
    const result = evaluateDocEntities('doc', GOLD, [
      entity('Angela Merkel', 'PER'),
      entity('Reuters', 'ORG'),
      entity('Berlin', 'GPE'),
      entity('Euro 2024', 'EVENT'),
      entity('Monday', 'DATE'),
      entity('2024', 'CARDINAL'),
    ]);
    expect(result.overall).toEqual(score(4, 4, 4));
    expect(result.spanOnly).toEqual(score(4, 4, 4));
    expect(result.byLabel.LOC).toEqual(score(1, 1, 1));
  });

  it('needs the exact span and the label; span-only F1 forgives the label', () => {
    const result = evaluateDocEntities('doc', GOLD, [
      entity('Merkel', 'PERSON'),
      entity('Reuters', 'PERSON'),
      entity('Berlin', 'LOC'),
      entity('Berlin', 'LOC'),
    ]);
    expect(result.overall).toEqual(score(1, 4, 4));
    expect(result.spanOnly).toEqual(score(2, 4, 4));
    expect(result.byLabel).toEqual({
      PERSON: score(0, 2, 1),
      ORG: score(0, 0, 1),
      LOC: score(1, 2, 1),
      MISC: score(0, 0, 1),
    });
  });
});

describe('evaluateEntities', () => {
  it('micro-averages over documents with NER gold and lists ignored ids', () => {
    const doc = (id: string, entities: GoldDoc['entities']): GoldDoc => ({
      id,
      source: 'test',
      text: TEXT,
      attributions: null,
      entities,
      meta: {},
      origin: { file: 'gold.jsonl', line: 1 },
    });
    const gold = (spans: PredictedEntity[]): GoldDoc['entities'] =>
      spans.map((span) => ({ ...span, text: TEXT.slice(span.start, span.end), origLabel: span.label }));
    const result = evaluateEntities(
      [doc('a', gold(GOLD)), doc('b', gold([entity('Berlin', 'LOC')])), doc('quotes-only', null)],
      new Map([
        ['a', [entity('Berlin', 'GPE')]],
        ['b', [entity('Berlin', 'LOC'), entity('Reuters', 'ORG')]],
        ['quotes-only', [entity('Berlin', 'LOC')]],
      ]),
    );
    expect(result.docs).toBe(2);
    expect(result.overall).toEqual(score(2, 3, 5));
    expect(result.byLabel.LOC).toEqual(score(2, 2, 2));
    expect(result.byLabel.ORG).toEqual(score(0, 1, 1));
    expect(result.perDoc.map((entry) => [entry.docId, entry.overall.tp])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    expect(result.ignoredDocIds).toEqual(['quotes-only']);
  });
});
