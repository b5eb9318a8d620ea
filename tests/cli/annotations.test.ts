/**
 * `claims export --format displacy` and `--format brat`: offsets in code points that line up with
 * the text even after an emoji, every claim part and entity as an annotation, the speaker → cue →
 * content chain as relations, and files an annotation tool can open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bratFileName, codePointOffsets, toBrat, toDisplacy, type AnnotatedArticle } from '../../src/cli/annotations.js';
import { registerExport } from '../../src/cli/export.js';
import type { ClaimExportRecord } from '../../src/model/records.js';
import { openReader } from '../../src/store/index.js';
import { fixtureDatabase, runCommand } from './helpers.js';

let dbPath: string;
let dir: string;
let cleanup: () => void;
let minister: AnnotatedArticle;

beforeAll(() => {
  ({ dbPath, dir, cleanup } = fixtureDatabase());
  const reader = openReader(dbPath);
  minister = { article: reader.getArticle('a1')!, claims: reader.listClaims({ article: 'a1' }), mentions: [...reader.iterateMentions({ article: 'a1' })] };
  reader.close();
});
afterAll(() => cleanup());

/** Python's text[start:end]: code points. */
const pySlice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

describe('codePointOffsets', () => {
  it('counts a surrogate pair once', () => {
    const point = codePointOffsets('a🎉b');
    expect([0, 1, 3, 4].map(point)).toEqual([0, 1, 2, 3]);
    expect(point(99)).toBe(3);
  });
});

describe('brat', () => {
  it('writes T lines whose code-point offsets cover exactly their text, after an emoji', () => {
    const { ann, txt } = toBrat(minister);
    expect(txt).toBe(minister.article.text);
    const tLines = ann.split('\n').filter((line) => line.startsWith('T'));
    for (const line of tLines) {
      const [, typeAndOffsets, covered] = line.split('\t');
      const [, ...fragments] = typeAndOffsets!.split(' ');
      const pieces = fragments.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      expect(pieces.map(([s, e]) => pySlice(txt, s, e)).join(' '), line).toBe(covered);
    }
    expect(tLines).toContain('T1\tSpeaker 51 59\tJane Doe');
    expect(tLines.map((l) => l.split('\t')[1]!.split(' ')[0]).sort()).toEqual(
      ['Content', 'Content', 'Content', 'Cue', 'Cue', 'Cue', 'DATE', 'ORG', 'ORG', 'PERSON', 'Quote', 'Speaker', 'Speaker', 'Speaker', 'Target'].sort(),
    );
  });

  it('relates speaker → cue → content, quotes and targets, and attributes kind and act to the content', () => {
    const { ann } = toBrat(minister);
    const id = (type: string, text: string) => ann.split('\n').find((l) => l.startsWith('T') && l.includes(`\t${type} `) && l.endsWith(`\t${text}`))!.split('\t')[0];
    const [speaker, cue, content] = [id('Speaker', 'Jane Doe'), id('Cue', 'said'), id('Content', 'talks with Acme Corp would resume')];
    expect(ann).toContain(`\tSays Arg1:${speaker} Arg2:${cue}\n`);
    expect(ann).toContain(`\tReports Arg1:${cue} Arg2:${content}\n`);
    expect(ann).toContain(`\tAbout Arg1:${content} Arg2:${id('Target', 'Acme Corp')}\n`);
    const quoted = id('Content', '“We are ready to talk,”');
    expect(ann).toContain(`\tQuotes Arg1:${quoted} Arg2:${id('Quote', 'We are ready to talk,')}\n`);
    expect(ann).toContain(`\tKind ${content} indirect\n`);
    expect(ann).toContain(`\tAct ${content} announcement\n`);
    expect(ann).toContain(`\tAnnotatorNotes ${content}\tclaim a1:0, confidence 0.9\n`);
    expect(ann.split('\n').filter((l) => /^R\d+\t/.test(l))).toHaveLength(3 * 2 + 1 + 1);
  });

  it('splits a span across a line break into fragments, and shares one T between claims', () => {
    const text = 'Title\nShe said the plan\nis final. She said the plan\nis final.';
    const content = { text: 'the plan\nis final', start: 15, end: 32 };
    const claim = (n: number): ClaimExportRecord => ({
      article_id: 'x', claim_id: `x:${n}`, speaker: { text: 'She', start: 6, end: 9, entity: null, entity_type: null, role: null },
      cue: { text: 'said', start: 10, end: 14, lemma: 'say' }, content, quotes: [], kind: 'indirect', act: 'assertion',
      target: null, channel: null, sentence_index: 1, confidence: 0.5,
    });
    const article = { ...minister.article, id: 'x', text };
    const { ann } = toBrat({ article, claims: [claim(0), claim(1)], mentions: [] });
    expect(ann).toContain('T3\tContent 15 23;24 32\tthe plan is final\n');
    expect(ann.match(/\tContent /g)).toHaveLength(1);
    expect(ann.match(/\tKind /g)).toHaveLength(1);
  });

  it('names files safely and uniquely', () => {
    const taken = new Set<string>();
    expect(bratFileName('corpus/us-troops#2', taken)).toBe('corpus_us-troops_2');
    expect(bratFileName('corpus/us troops#2', taken)).toBe('corpus_us_troops_2');
    expect(bratFileName('corpus:us-troops#2', taken)).toBe('corpus_us-troops_2-2');
    expect(bratFileName('../../etc/passwd', taken)).toBe('etc_passwd');
    expect(bratFileName('...', taken)).toBe('article');
  });

  it('`claims export --format brat --out DIR` writes a collection; without --out it is a usage error', async () => {
    const out = join(dir, 'brat');
    const result = await runCommand(registerExport, ['export', '--db', dbPath, '--format', 'brat', '--out', out]);
    expect(result.exitCode).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a1.ann', 'a1.txt', 'annotation.conf', 'articles.tsv', 'b1.ann', 'b1.txt', 'visual.conf']);
    expect(readFileSync(join(out, 'annotation.conf'), 'utf8')).toContain('Act\tArg:Content, Value:accusation|announcement|assertion|denial\n');
    expect(readFileSync(join(out, 'articles.tsv'), 'utf8')).toBe('file\tarticle_id\na1\ta1\nb1\tb1\n');

    const filtered = join(dir, 'brat-denials');
    await runCommand(registerExport, ['export', '--db', dbPath, '--format', 'brat', '--out', filtered, '--act', 'denial']);
    expect(readdirSync(filtered).filter((f) => f.endsWith('.ann'))).toEqual(['a1.ann']);
    expect(readFileSync(join(filtered, 'a1.ann'), 'utf8').match(/\tContent /g)).toHaveLength(1);

    const missing = await runCommand(registerExport, ['export', '--db', dbPath, '--format', 'brat']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/--format brat writes one \.txt and one \.ann per article: give the folder with --out DIR/);
    const entities = await runCommand(registerExport, ['export', '--db', dbPath, '--format', 'displacy', '--entities']);
    expect(entities.exitCode).toBe(2);
    expect(existsSync(join(dir, 'nothing'))).toBe(false);
  });
});

describe('displacy', () => {
  it('gives entities in code points and claim parts as token spans', () => {
    const doc = toDisplacy(minister);
    const { text } = minister.article;
    expect(doc.ents.map((e) => [pySlice(text, e.start, e.end), e.label])).toEqual([
      ['Jane Doe', 'PERSON'], ['Monday', 'DATE'], ['Acme Corp', 'ORG'], ['Acme Corp', 'ORG'],
    ]);
    // Tokens are the text's non-space characters, in order.
    expect(doc.tokens.join('')).toBe(text.replace(/\s+/g, ''));
    const spanText = (s: { start_token: number; end_token: number }) => doc.tokens.slice(s.start_token, s.end_token).join(' ');
    expect(doc.spans.map((s) => [s.label, s.kb_id, spanText(s)])).toEqual([
      ['SPEAKER', 'a1:0', 'Jane Doe'],
      ['CUE', 'a1:0', 'said'],
      ['CONTENT', 'a1:0', 'talks with Acme Corp would resume'],
      ['TARGET', 'a1:0', 'Acme Corp'],
      ['SPEAKER', 'a1:1', 'she'],
      ['CUE', 'a1:1', 'told'],
      ['CONTENT', 'a1:1', '“ We are ready to talk, ”'],
      ['QUOTE', 'a1:1', 'We are ready to talk,'],
      ['SPEAKER', 'a1:2', 'Acme Corp'],
      ['CUE', 'a1:2', 'denied'],
      ['CONTENT', 'a1:2', 'the report'],
    ]);
    expect(doc.meta).toEqual({ article_id: 'a1', published_at: '2024-03-15T09:30:00Z', claims: 3 });
  });

  it('`claims export --format displacy` prints a JSON array, one document per article', async () => {
    const result = await runCommand(registerExport, ['export', '--db', dbPath, '--format', 'displacy']);
    expect(result.exitCode).toBe(0);
    const docs = JSON.parse(result.stdout) as { meta: { article_id: string }; ents: unknown[] }[];
    expect(docs.map((d) => d.meta.article_id)).toEqual(['a1', 'b1']);
    const one = await runCommand(registerExport, ['export', '--db', dbPath, '--format', 'displacy', '--speaker', 'kataeb']);
    expect((JSON.parse(one.stdout) as { meta: { article_id: string } }[]).map((d) => d.meta.article_id)).toEqual(['b1']);
  });
});
