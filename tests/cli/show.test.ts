import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectMarks, registerShow, renderMarkedText } from '../../src/cli/show.js';
import type { ClaimExportRecord, MentionExportRecord } from '../../src/model/records.js';
import type { StoredArticle } from '../../src/store/index.js';
import { ministerArticle } from '../store/fixtures.js';
import { fixtureDatabase, runCommand } from './helpers.js';

let db: ReturnType<typeof fixtureDatabase>;
beforeAll(() => {
  db = fixtureDatabase();
});
afterAll(() => db.cleanup());

const show = (...args: string[]) => runCommand(registerShow, ['show', '--db', db.dbPath, ...args]);

describe('claims show', () => {
  it('marks speakers, cues and quotes in plain text, then lists the claims', async () => {
    const { stdout, exitCode } = await show('a1');
    expect(exitCode).toBe(0);
    expect(stdout).not.toContain('\u001b[');
    expect(stdout).toContain(
      '🎉 Foreign Minister [S0:Jane Doe] [C0:said] on Monday that talks with Acme Corp would resume. ' +
        '“[Q1:We are ready to talk,]” [S1:she] [C1:told] reporters. [S2:Acme Corp] [C2:denied] the report',
    );
    expect(stdout).toMatch(/^Minister Says Talks Will Resume\nid +a1\npublished +2024-03-15T09:30:00Z\n/);
    expect(stdout).toContain('3 claims');
    expect(stdout).toContain('a1:1  assertion · direct · confidence 0.80 · sentence 1');
    expect(stdout).toContain('  speaker  she → Jane Doe (PERSON)');
    expect(stdout).toContain('  quote    We are ready to talk,');
    expect(stdout).toContain('  channel  reporters');
  });

  it('colours the marks on a terminal', async () => {
    const { stdout } = await runCommand(registerShow, ['show', '--db', db.dbPath, 'b1'], { isTTY: true, color: true });
    expect(stdout).toContain('\u001b[1;36mKataeb Hezbollah\u001b[0m');
    expect(stdout).toContain('\u001b[32mbetrayal, plain and simple\u001b[0m');
  });

  it('prints {article, claims, mentions} with --json', async () => {
    const { stdout } = await show('b1', '--json');
    const data = JSON.parse(stdout) as { article: StoredArticle; claims: ClaimExportRecord[]; mentions: MentionExportRecord[] };
    expect(Object.keys(data)).toEqual(['article', 'claims', 'mentions']);
    expect(data.article.id).toBe('b1');
    expect(data.claims.map((c) => c.claim_id)).toEqual(['b1:0']);
    expect(data.mentions.map((m) => m.text)).toEqual(['Kataeb Hezbollah', 'Baghdad']);
  });

  it('exits 1 with a message on stderr for an unknown article', async () => {
    const { stdout, stderr, exitCode } = await show('zzz');
    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no article "zzz"/);
  });
});

describe('renderMarkedText', () => {
  it('merges shared spans and nests overlapping ones', () => {
    const text = 'He said: "go now".';
    const claim = (index: number): ClaimExportRecord => ({
      article_id: 'x', claim_id: `x:${index}`,
      speaker: { text: 'He', start: 0, end: 2, entity: null, entity_type: null, role: null },
      cue: { text: 'said', start: 3, end: 7, lemma: 'say' },
      content: { text: '"go now"', start: 9, end: 17 },
      quotes: [{ text: 'go now', start: 10, end: 16 }],
      kind: 'direct', act: 'demand', target: null, channel: null, sentence_index: 0, confidence: 1,
    });
    expect(renderMarkedText(text, collectMarks([claim(0), claim(1)]), false)).toBe('[S0,1:He] [C0,1:said]: "[Q0,1:go now]".');
    const nested = collectMarks([{ ...claim(0), quotes: [{ text: 'He said', start: 0, end: 7 }] }]);
    expect(renderMarkedText(text, nested, false)).toBe('[Q0:[S0:He] [C0:said]]: "go now".');
  });

  it('keeps the fixture text intact once the markers are removed', () => {
    const { article } = ministerArticle();
    const marked = renderMarkedText(article.text, [{ kind: 'S', start: 5, end: 5, claims: [0] }, { kind: 'Q', start: 0, end: article.text.length, claims: [0] }], false);
    expect(marked.replace(/\[S0:\]|\[Q0:|\]$/gu, '')).toBe(article.text);
  });
});
