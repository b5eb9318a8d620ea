import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ClaimsError } from '../../src/errors.js';
import { readGoldFile } from '../../src/eval/gold.js';
import { goldRecord, quoteRecords, writeGoldFile } from './fixtures.js';

const TEXT = '"The economy," she said, "is very strong." Officials believe the plan is sound.';

/** The error `run` rejects with, checked to be a ClaimsError. */
async function rejection(run: () => Promise<unknown>): Promise<ClaimsError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimsError);
    return error as ClaimsError;
  }
  throw new Error('expected a rejection');
}

describe('readGoldFile', () => {
  it('groups fragments into attributions: first start to last end, fragments kept, null cue', async () => {
    const file = writeGoldFile([
      goldRecord('doc-1', TEXT, [
        { id: 'E1', source: 'she', cue: 'said', content: ['"The economy,"', '"is very strong."'], type: 'direct' },
        { id: 'E2', source: 'Officials', cue: null, content: ['the plan is sound'], type: 'indirect' },
      ]),
    ]);
    const docs = await readGoldFile(file);
    expect(docs).toHaveLength(1);
    const doc = docs[0]!;
    expect(doc.origin).toEqual({ file, line: 1 });
    expect(doc.entities).toBeNull();
    expect(doc.attributions).toEqual([
      {
        id: 'E1',
        content: { start: 0, end: 42 },
        fragments: [
          { start: 0, end: 14, text: '"The economy,"' },
          { start: 25, end: 42, text: '"is very strong."' },
        ],
        source: { start: 15, end: 18, text: 'she' },
        cue: { start: 19, end: 23, text: 'said' },
        type: 'direct',
      },
      {
        id: 'E2',
        content: { start: 61, end: 78 },
        fragments: [{ start: 61, end: 78, text: 'the plan is sound' }],
        source: { start: 43, end: 52, text: 'Officials' },
        cue: null,
        type: 'indirect',
      },
    ]);
  });

  it('orders fragments by fragment_index and takes the first fragment type', async () => {
    const [first, second] = quoteRecords(TEXT, {
      id: 'E1',
      source: 'she',
      cue: 'said',
      content: ['"The economy,"', 'is very strong'],
      type: 'direct',
    });
    const record = goldRecord('doc-1', TEXT, []);
    record.quotes = [{ ...second, type: 'indirect' }, first];
    const [doc] = await readGoldFile(writeGoldFile([record]));
    const attribution = doc!.attributions![0]!;
    expect(attribution.type).toBe('direct');
    expect(attribution.fragments.map((fragment) => fragment.text)).toEqual(['"The economy,"', 'is very strong']);
    expect(attribution.content).toEqual({ start: 0, end: 40 });
  });

  it('skips blank lines and keeps null quotes as "no attribution gold"', async () => {
    const file = writeGoldFile(['', goldRecord('a', 'Paris.', null, [{ needle: 'Paris', label: 'LOC' }]), '   ']);
    const docs = await readGoldFile(file);
    expect(docs.map((doc) => [doc.id, doc.origin.line, doc.attributions])).toEqual([['a', 2, null]]);
    expect(docs[0]!.entities).toEqual([{ start: 0, end: 5, text: 'Paris', label: 'LOC', origLabel: 'LOC' }]);
  });

  it('names the file and line of a line that is not JSON', async () => {
    const file = writeGoldFile([goldRecord('a', 'x', []), '{"id": "b", "text": ']);
    const error = await rejection(() => readGoldFile(file));
    expect(error.code).toBe('GOLD_INVALID');
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(`${file}:2: invalid gold record: not valid JSON`);
  });

  it('names the field of a record that breaks the schema', async () => {
    const record = goldRecord('a', TEXT, [
      { id: 'E1', source: 'she', cue: 'said', content: ['"The economy,"'], type: 'direct' },
    ]);
    (record.quotes as Array<Record<string, unknown>>)[0]!.type = 'quoted';
    const error = await rejection(() => readGoldFile(writeGoldFile([goldRecord('ok', 'x', []), record])));
    expect(error.message).toMatch(/:2: invalid gold record: field "quotes\.0\.type"/);
  });

  it('rejects offsets that do not cover the stored text', async () => {
    const record = goldRecord('a', TEXT, [
      { id: 'E1', source: 'she', cue: 'said', content: ['"The economy,"'], type: 'direct' },
    ]);
    (record.quotes as Array<Record<string, unknown>>)[0]!.speaker_end = 17;
    const error = await rejection(() => readGoldFile(writeGoldFile([record])));
    expect(error.message).toContain(':1: invalid gold record: document "a": quotes.0.speaker: text "she" differs');
  });

  it('rejects fragments whose count disagrees, and a repeated document id', async () => {
    const record = goldRecord('a', TEXT, [
      { id: 'E1', source: 'she', cue: 'said', content: ['"The economy,"', '"is very strong."'], type: 'direct' },
    ]);
    (record.quotes as unknown[]).pop();
    const fragments = await rejection(() => readGoldFile(writeGoldFile([record])));
    expect(fragments.message).toContain('attribution "E1": expected fragment_index 0..0 and fragment_count 1');

    const repeated = await rejection(() =>
      readGoldFile(writeGoldFile([goldRecord('a', 'x', []), goldRecord('b', 'y', []), goldRecord('a', 'z', [])])),
    );
    expect(repeated.message).toMatch(/:3: invalid gold record: document id "a" already used on line 1/);
  });

  it('reports a missing file as INPUT_NOT_FOUND', async () => {
    const missing = join(tmpdir(), 'no-such-dir-claims', 'gold.jsonl');
    const error = await rejection(() => readGoldFile(missing));
    expect(error.code).toBe('INPUT_NOT_FOUND');
    expect(error.message).toContain(missing);
  });
});
