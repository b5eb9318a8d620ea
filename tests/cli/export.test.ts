import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { CLAIM_CSV_COLUMNS, exportCommand, registerExport } from '../../src/cli/export.js';
import type { ClaimExportRecord, MentionExportRecord } from '../../src/model/records.js';
import { openReader, openWriter } from '../../src/store/index.js';
import { ministerArticle, tempDir } from '../store/fixtures.js';
import { fixtureDatabase, runCommand } from './helpers.js';

let db: ReturnType<typeof fixtureDatabase>;
let texts: Map<string, string>;
beforeAll(() => {
  db = fixtureDatabase();
  const reader = openReader(db.dbPath);
  texts = new Map(['a1', 'b1'].map((id) => [id, reader.getArticle(id)!.text]));
  reader.close();
});
afterAll(() => db.cleanup());

const exportArgs = (...args: string[]) => runCommand(registerExport, ['export', '--db', db.dbPath, ...args]);

/** A small RFC 4180 parser, independent of the code under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

function expectSpansMatchText(claim: ClaimExportRecord): void {
  const text = texts.get(claim.article_id)!;
  for (const span of [claim.content, ...claim.quotes, claim.speaker, claim.cue, claim.target]) {
    if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
}

describe('claims export', () => {
  it('round-trips NDJSON: every span is the article text at its offsets', async () => {
    const { stdout, exitCode } = await exportArgs();
    expect(exitCode).toBe(0);
    const claims = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as ClaimExportRecord);
    expect(claims.map((c) => c.claim_id)).toEqual(['a1:0', 'a1:1', 'a1:2', 'b1:0']);
    claims.forEach(expectSpansMatchText);
  });

  it('writes a JSON array, empty or not', async () => {
    const claims = JSON.parse((await exportArgs('--format', 'json')).stdout) as ClaimExportRecord[];
    expect(claims).toHaveLength(4);
    claims.forEach(expectSpansMatchText);
    expect(JSON.parse((await exportArgs('--format', 'JSON', '--article', 'none')).stdout)).toEqual([]);
  });

  it('writes RFC 4180 CSV with flattened columns and quotes as JSON', async () => {
    const { stdout } = await exportArgs('--format', 'csv', '--kind', 'mixed');
    const [header, row, ...rest] = parseCsv(stdout);
    expect(rest).toEqual([]);
    expect(header).toEqual([...CLAIM_CSV_COLUMNS]);
    const record = Object.fromEntries(header!.map((name, i) => [name, row![i]]));
    const text = texts.get('b1')!;
    expect(record.content_text).toBe('the government of "betrayal, plain and simple" in Baghdad');
    expect(text.slice(Number(record.content_start), Number(record.content_end))).toBe(record.content_text);
    expect(text.slice(Number(record.speaker_start), Number(record.speaker_end))).toBe(record.speaker_text);
    const quotes = JSON.parse(record.quotes!) as { text: string; start: number; end: number }[];
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['betrayal, plain and simple']);
    expect(record).toMatchObject({ claim_id: 'b1:0', kind: 'mixed', act: 'accusation', channel: '', target_entity: '', speaker_entity_type: 'ORG' });
    expect(stdout).toContain('"the government of ""betrayal, plain and simple"" in Baghdad"');
  });

  it('exports mentions with --entities', async () => {
    const mentions = (await exportArgs('--entities', '--article', 'a1')).stdout
      .trimEnd().split('\n').map((line) => JSON.parse(line) as MentionExportRecord);
    expect(mentions.map((m) => m.entity)).toEqual(['Jane Doe', 'Monday', 'Acme Corporation', 'Acme Corporation']);
    for (const m of mentions) expect(texts.get('a1')!.slice(m.start, m.end)).toBe(m.text);
    const csv = parseCsv((await exportArgs('--entities', '--format', 'csv', '--entity', 'baghdad')).stdout);
    expect(csv).toEqual([['article_id', 'start', 'end', 'text', 'label', 'entity'], ['b1', '102', '109', 'Baghdad', 'GPE', 'Baghdad']]);
    expect((await exportArgs('--entities', '--limit', '2')).stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('writes --out atomically and leaves no partial file behind', async () => {
    const out = join(db.dir, 'claims.csv');
    const { stdout, exitCode } = await exportArgs('--format', 'csv', '--out', out);
    expect(exitCode).toBe(0);
    expect(stdout).toBe('');
    expect(parseCsv(readFileSync(out, 'utf8'))).toHaveLength(5);
    expect(readdirSync(db.dir).filter((name) => name.includes('.partial-'))).toEqual([]);
    const bad = await exportArgs('--out', join(db.dir, 'no', 'such', 'dir', 'x.ndjson'));
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/--out: cannot write/);
  });

  it.each([
    [['--format', 'xml'], /--format expects one of ndjson, csv, json, displacy, brat \(got "xml"\)/],
    [['--entities', '--speaker', 'x'], /--speaker filters claims; with --entities only --article and --entity apply/],
    [['--since', '2024-13'], /--since expects an ISO-8601 date/],
  ])('rejects %j with exit 2', async (args, message) => {
    const { stderr, exitCode } = await exportArgs(...args);
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('claims export streaming', () => {
  it('streams a larger database through a slow consumer, honouring backpressure', async () => {
    const { dir, cleanup } = tempDir('export-big-');
    try {
      const dbPath = join(dir, 'big.sqlite');
      const writer = openWriter(dbPath);
      const runId = writer.beginRun({ configHash: 'c', extractorVersion: 'v', inputs: [] });
      for (let batch = 0; batch < 10; batch++) {
        writer.writeBatch(runId, Array.from({ length: 50 }, (_, i) => ministerArticle(`art-${batch}-${i}`)));
      }
      writer.close();
      let received = '';
      let maxPending = 0;
      const slow = new Writable({
        highWaterMark: 1024,
        write(chunk: Buffer, _encoding, callback) {
          received += chunk.toString();
          maxPending = Math.max(maxPending, slow.writableLength);
          setImmediate(callback);
        },
      });
      await exportCommand({ db: dbPath }, { stream: slow, isTTY: false, columns: undefined, color: false });
      const lines = received.trimEnd().split('\n');
      expect(lines).toHaveLength(1500);
      expect(new Set(lines.map((line) => (JSON.parse(line) as ClaimExportRecord).claim_id)).size).toBe(1500);
      expect(maxPending).toBeLessThan(200 * 1024); // never queued the whole export
      expect(existsSync(dbPath)).toBe(true);
    } finally {
      cleanup();
    }
  });
});
