import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimKind } from '../../src/model/types.js';
import {
  evaluateAttributions,
  type AttributionResult,
  type PredictedAttribution,
} from '../../src/eval/attribution.js';
import { readGoldFile, type GoldDoc } from '../../src/eval/gold.js';
import { trimLenient } from '../../src/eval/lenient.js';
import type { Score } from '../../src/eval/score.js';
import { goldRecord, spanOf, writeGoldFile, type Needle } from './fixtures.js';

const TEXT =
  'Senator Jane Smith said that taxes will rise. "We have no choice," he told reporters. ' +
  'According to the mayor, the bridge is safe.';
const QUOTES =
  '"The economy," she said, "is very strong." Mr. Brown disagreed.';

let docs: GoldDoc[];

beforeAll(async () => {
  docs = await readGoldFile(
    writeGoldFile([
      goldRecord('news', TEXT, [
        { id: 'E1', source: 'Senator Jane Smith', cue: 'said', content: ['taxes will rise'], type: 'indirect' },
        { id: 'E2', source: 'he', cue: 'told reporters', content: ['"We have no choice,"'], type: 'direct' },
        { id: 'E3', source: 'the mayor', cue: null, content: ['the bridge is safe'], type: 'indirect' },
      ]),
      goldRecord('quotes', QUOTES, [
        { id: 'E1', source: 'she', cue: 'said', content: ['"The economy,"', '"is very strong."'], type: 'direct' },
      ]),
      goldRecord('entities-only', 'Paris.', null, [{ needle: 'Paris', label: 'LOC' }]),
    ]),
  );
});

/** A prediction on `text`, its spans given by the text they cover. */
function predict(
  text: string,
  speaker: Needle | null,
  cue: Needle | null,
  content: Needle,
  kind: ClaimKind = 'indirect',
): PredictedAttribution {
  return {
    speaker: speaker === null ? null : spanOf(text, speaker),
    cue: cue === null ? null : spanOf(text, cue),
    content: spanOf(text, content),
    kind,
  };
}

/** The three gold attributions of TEXT, predicted exactly. */
function perfectNews(): PredictedAttribution[] {
  return [
    predict(TEXT, 'Senator Jane Smith', 'said', 'taxes will rise'),
    predict(TEXT, 'he', 'told reporters', '"We have no choice,"', 'direct'),
    predict(TEXT, 'the mayor', null, 'the bridge is safe'),
  ];
}

/** Scores only the news document. */
function scoreNews(predictions: PredictedAttribution[]): AttributionResult {
  return evaluateAttributions(
    docs.filter((doc) => doc.id === 'news'),
    new Map([['news', predictions]]),
  );
}

function score(tp: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

describe('evaluateAttributions', () => {
  it('gives 1 everywhere for perfect predictions', () => {
    const result = scoreNews(perfectNews());
    for (const component of ['source', 'cue', 'content'] as const) {
      for (const mode of ['strict', 'lenient', 'tokens'] as const) {
        expect(result[component][mode].f1, `${component} ${mode}`).toBe(1);
      }
    }
    expect(result.cue.strict).toEqual(score(2, 2, 2));
    expect(result.source.tokens).toEqual(score(6, 6, 6));
    expect(result.linked.all).toEqual(score(3, 3, 3));
    expect(result.linked.recallByType).toEqual({
      direct: { tp: 1, gold: 1, recall: 1 },
      mixed: { tp: 0, gold: 0, recall: 0 },
      indirect: { tp: 2, gold: 2, recall: 1 },
    });
    expect(result.linked.byKind.direct).toEqual(score(1, 1, 1));
    expect(result.linked.byKind.indirect).toEqual(score(2, 2, 2));
    expect(result.perDoc[0]!.pairs).toEqual([
      { gold: 0, predicted: 0, jaccard: 1 },
      { gold: 1, predicted: 1, jaccard: 1 },
      { gold: 2, predicted: 2, jaccard: 1 },
    ]);
  });

  it('gives recall 0 and, by convention, precision 0 for no predictions', () => {
    const result = scoreNews([]);
    expect(result.source.strict).toEqual(score(0, 0, 3));
    expect(result.cue.lenient).toEqual(score(0, 0, 2));
    expect(result.source.tokens).toEqual(score(0, 0, 6));
    expect(result.cue.tokens).toEqual(score(0, 0, 3));
    expect(result.content.tokens).toEqual(score(0, 0, 11));
    expect(result.linked.all).toEqual(score(0, 0, 3));
    expect(result.linked.byKind.mixed).toEqual(score(0, 0, 0));
  });

  it('fails shifted spans strictly, passes them leniently when only punctuation, space or "that" differ', () => {
    const result = scoreNews([
      predict(TEXT, 'Senator Jane Smith ', 'said', 'that taxes will rise.'),
      predict(TEXT, 'he', 'told reporters.', 'We have no choice'),
      predict(TEXT, 'the mayor,', null, 'the bridge is safe.'),
    ]);
    expect(result.source.strict).toEqual(score(1, 3, 3));
    expect(result.source.lenient).toEqual(score(3, 3, 3));
    expect(result.cue.strict).toEqual(score(1, 2, 2));
    expect(result.cue.lenient).toEqual(score(2, 2, 2));
    expect(result.content.strict).toEqual(score(0, 3, 3));
    expect(result.content.lenient).toEqual(score(3, 3, 3));
    // "that" is a predicted content token outside every gold content: 11 of 12 tokens inside gold.
    expect(result.content.tokens).toEqual(score(11, 12, 11));
    expect(result.content.tokens.f1).toBeCloseTo(22 / 23, 12);
    expect(result.linked.all).toEqual(score(3, 3, 3));
  });

  it('gives partial token overlap with exact fractions when a boundary really differs', () => {
    const result = scoreNews([predict(TEXT, 'Jane Smith', 'said', 'that taxes will')]);
    expect(result.content.lenient).toEqual(score(0, 1, 3));
    // predicted {that, taxes, will}: 2 inside gold; gold content has 11 tokens, 2 covered.
    expect(result.content.tokens).toEqual(score(2, 3, 11));
    expect(result.content.tokens.precision).toBe(2 / 3);
    expect(result.content.tokens.recall).toBe(2 / 11);
    // {Jane, Smith} of the six gold source tokens.
    expect(result.source.tokens).toEqual(score(2, 2, 6));
    // Jaccard {taxes, will} / {that, taxes, will, rise} = 0.5: still linked.
    expect(result.linked.all).toEqual(score(1, 1, 3));
    expect(result.perDoc[0]!.pairs).toEqual([{ gold: 0, predicted: 0, jaccard: 0.5 }]);
  });

  it('links a pronoun source only to an overlapping predicted speaker', () => {
    const pronoun = scoreNews([predict(TEXT, 'he', 'told reporters', '"We have no choice,"', 'direct')]);
    expect(pronoun.linked.all).toEqual(score(1, 1, 3));
    expect(pronoun.source.strict).toEqual(score(1, 1, 3));

    const resolved = scoreNews([
      predict(TEXT, 'Senator Jane Smith', 'told reporters', '"We have no choice,"', 'direct'),
    ]);
    // The full name is a gold source (of E1), so the source span still scores; the link does not.
    expect(resolved.source.strict).toEqual(score(1, 1, 3));
    expect(resolved.linked.all).toEqual(score(0, 1, 3));

    const noSpeaker = scoreNews([predict(TEXT, null, 'told reporters', '"We have no choice,"', 'direct')]);
    expect(noSpeaker.linked.all).toEqual(score(0, 1, 3));

    // A span ending exactly where "he" starts touches it but shares no character.
    const touching = scoreNews([predict(TEXT, 'choice," ', 'told reporters', '"We have no choice,"', 'direct')]);
    expect(touching.linked.all).toEqual(score(0, 1, 3));
  });

  it('links whatever cue is predicted when the gold has none, and needs an overlapping cue otherwise', () => {
    const withCue = scoreNews([predict(TEXT, 'the mayor', 'According to', 'the bridge is safe')]);
    expect(withCue.linked.all).toEqual(score(1, 1, 3));
    expect(withCue.cue.strict).toEqual(score(0, 1, 2));
    const withoutCue = scoreNews([predict(TEXT, 'the mayor', null, 'the bridge is safe')]);
    expect(withoutCue.linked.all).toEqual(score(1, 1, 3));
    expect(withoutCue.cue.strict).toEqual(score(0, 0, 2));

    const wrongCue = scoreNews([predict(TEXT, 'he', 'reporters', '"We have no choice,"')]);
    expect(wrongCue.linked.all).toEqual(score(1, 1, 3));
    const missingCue = scoreNews([predict(TEXT, 'he', 'According to', '"We have no choice,"')]);
    expect(missingCue.linked.all).toEqual(score(0, 1, 3));
  });

  it('scores multi-fragment content tokens on the fragments, spans and links on first start to last end', () => {
    const scoreQuotes = (content: Needle): AttributionResult =>
      evaluateAttributions(
        docs.filter((doc) => doc.id === 'quotes'),
        new Map([['quotes', [predict(QUOTES, 'she', 'said', content, 'direct')]]]),
      );
    const whole = scoreQuotes('"The economy," she said, "is very strong."');
    expect(whole.content.strict).toEqual(score(1, 1, 1));
    // {she, said} lie between the fragments: 5 of 7 predicted tokens are content.
    expect(whole.content.tokens).toEqual(score(5, 7, 5));
    // Linking compares with the whole gold span, the interrupting {she, said} included.
    expect(whole.perDoc[0]!.pairs).toEqual([{ gold: 0, predicted: 0, jaccard: 1 }]);

    // {The, economy} / 7 span tokens: too little to link.
    const first = scoreQuotes('"The economy,"');
    expect(first.linked.all).toEqual(score(0, 1, 1));
    expect(first.content.tokens).toEqual(score(2, 2, 5));
    // {is, very, strong} / 7 < 0.5 as well.
    const last = scoreQuotes('"is very strong."');
    expect(last.linked.all).toEqual(score(0, 1, 1));
    expect(last.content.strict).toEqual(score(0, 1, 1));
    // The second fragment with its attribution: {she, said, is, very, strong} / 7.
    expect(scoreQuotes('she said, "is very strong."').linked.all).toEqual(score(1, 1, 1));
  });

  it('matches one to one: a second prediction of the same attribution is a false positive', () => {
    const exact = predict(TEXT, 'Senator Jane Smith', 'said', 'taxes will rise');
    const result = scoreNews([predict(TEXT, 'Jane Smith', 'said', 'that taxes will rise'), exact]);
    expect(result.linked.all).toEqual(score(1, 2, 3));
    // Greedy by Jaccard: the exact prediction (1) wins over the longer one (0.75).
    expect(result.perDoc[0]!.pairs).toEqual([{ gold: 0, predicted: 1, jaccard: 1 }]);
    expect(result.source.strict).toEqual(score(1, 2, 3));
    expect(result.cue.strict).toEqual(score(1, 2, 2));
    expect(result.content.lenient).toEqual(score(1, 2, 3));
  });

  it('breaks recall down by gold type and scores direct quotes only against direct predictions', () => {
    const predictions = perfectNews();
    predictions[1] = { ...predictions[1]!, kind: 'indirect' };
    const result = scoreNews(predictions);
    expect(result.linked.all).toEqual(score(3, 3, 3));
    expect(result.linked.recallByType.direct).toEqual({ tp: 1, gold: 1, recall: 1 });
    expect(result.linked.byKind.direct).toEqual(score(0, 0, 1));
    expect(result.linked.byKind.indirect).toEqual(score(2, 3, 2));
  });

  it('micro-averages over documents, skips documents without attribution gold, lists ignored ids', () => {
    const result = evaluateAttributions(
      docs,
      new Map([
        ['news', perfectNews()],
        ['entities-only', [predict('Paris.', null, null, 'Paris')]],
        ['unknown', []],
      ]),
    );
    expect(result.docs).toBe(2);
    expect(result.perDoc.map((doc) => doc.docId)).toEqual(['news', 'quotes']);
    expect(result.perDoc[1]!.linked.all).toEqual(score(0, 0, 1));
    expect(result.linked.all).toEqual(score(3, 3, 4));
    expect(result.linked.recallByType.direct).toEqual({ tp: 1, gold: 2, recall: 0.5 });
    expect(result.ignoredDocIds).toEqual(['entities-only', 'unknown']);
  });
});

describe('trimLenient', () => {
  const core = (text: string, isContent: boolean): string => {
    const span = trimLenient(text, { start: 0, end: text.length }, isContent);
    return text.slice(span.start, span.end);
  };

  it('trims whitespace and quotation punctuation from both ends, inner text untouched', () => {
    expect(core(' “We will win,” ', false)).toBe('We will win');
    expect(core('«Oui!»', false)).toBe('Oui');
    expect(core("‘it's fine’;", false)).toBe("it's fine");
    expect(core('O’Malley’s campaign:', false)).toBe('O’Malley’s campaign');
  });

  it('drops a leading "that" word from content only, repeatedly with the punctuation', () => {
    expect(core('that "We will win."', true)).toBe('We will win');
    expect(core('That\ttaxes rise', true)).toBe('taxes rise');
    expect(core('that "We will win."', false)).toBe('that "We will win');
    expect(core('thatcher rules', true)).toBe('thatcher rules');
    expect(core("that's all", true)).toBe("that's all");
    expect(core('that’s all', true)).toBe('that’s all');
    expect(core('that, according to the poll, taxes rise', true)).toBe('according to the poll, taxes rise');
    expect(core('that, “We will win.”', true)).toBe('We will win');
    expect(core('that', true)).toBe('that');
  });

  it('reduces a span of punctuation only to an empty span', () => {
    expect(trimLenient('a: b', { start: 1, end: 2 }, false)).toEqual({ start: 2, end: 2 });
  });
});
