/** `claims eval` end to end on a small hand-made gold file, through the built binary. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'claims-eval-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = '“We will rebuild the bridge,” Mayor Ana Silva said on Monday.\nThe council said the budget was balanced.';
/** The span of `part`, searched from `from` (so the second "said" can be named). */
function span(part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length };
}
const quote = (id: string, content: string, speaker: string, cue: string, type: string, from: number) => ({
  ...span(content, from), text: content,
  speaker, speaker_start: span(speaker, from).start, speaker_end: span(speaker, from).end,
  cue, cue_start: span(cue, from).start, cue_end: span(cue, from).end,
  type, attribution_id: id, fragment_index: 0, fragment_count: 1,
});
const secondLine = text.indexOf('\n');
const gold = {
  id: 'doc-1', source: 'test', text, meta: {},
  quotes: [
    quote('E1', '“We will rebuild the bridge,”', 'Mayor Ana Silva', 'said', 'direct', 0),
    quote('E2', 'the budget was balanced', 'The council', 'said', 'indirect', secondLine),
  ],
  entities: [{ ...span('Ana Silva'), text: 'Ana Silva', label: 'PERSON', orig_label: 'PER' }],
};

describe('claims eval', () => {
  it('scores a gold file and prints one JSON object', () => {
    const file = join(dir, 'gold.jsonl');
    writeFileSync(file, `${JSON.stringify(gold)}\n`);
    const result = spawnSync(process.execPath, [resolve('dist/cli/index.js'), 'eval', file, '--json', '--workers', '0'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {
      documents: number;
      attribution: { linked: { all: { tp: number; gold: number; f1: number } }; source: { lenient: { f1: number } } };
      ner: { overall: { gold: number } };
    };
    expect(report.documents).toBe(1);
    expect(report.attribution.linked.all.gold).toBe(2);
    expect(report.attribution.linked.all.tp).toBe(2);
    expect(report.attribution.linked.all.f1).toBe(1);
    expect(report.attribution.source.lenient.f1).toBe(1);
    expect(report.ner.overall.gold).toBe(1);
  });

  it('names the file and line of a bad gold record and exits 2', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify(gold)}\n{"id": 3}\n`);
    const result = spawnSync(process.execPath, [resolve('dist/cli/index.js'), 'eval', file], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/bad\.jsonl:2/u);
  });
});
