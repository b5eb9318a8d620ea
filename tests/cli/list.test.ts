import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { registerList } from '../../src/cli/list.js';
import type { ClaimExportRecord } from '../../src/model/records.js';
import { fixtureDatabase, runCommand } from './helpers.js';

let db: ReturnType<typeof fixtureDatabase>;
beforeAll(() => {
  db = fixtureDatabase();
});
afterAll(() => db.cleanup());

const list = (...args: string[]) => runCommand(registerList, ['list', '--db', db.dbPath, ...args]);

describe('claims list', () => {
  it('prints a table with full content when not on a terminal', async () => {
    const { stdout, stderr, exitCode } = await list();
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CLAIM\s+SPEAKER\s+ACT\s+KIND\s+CONTENT$/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^a1:1\s+she \(Jane Doe\)\s+assertion\s+direct\s+“We are ready to talk,”$/);
    expect(lines[4]).toContain('the government of "betrayal, plain and simple" in Baghdad');
  });

  it('truncates long content to the terminal width', async () => {
    const { stdout } = await runCommand(registerList, ['list', '--db', db.dbPath], { isTTY: true, columns: 60 });
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(lines[4]).toMatch(/…$/);
  });

  it('prints JSON and NDJSON records', async () => {
    const json = JSON.parse((await list('--json', '--kind', 'direct')).stdout) as ClaimExportRecord[];
    expect(json.map((c) => c.claim_id)).toEqual(['a1:1']);
    const ndjson = (await list('--ndjson', '--limit', '2')).stdout.trimEnd().split('\n');
    expect(ndjson.map((line) => (JSON.parse(line) as ClaimExportRecord).claim_id)).toEqual(['a1:0', 'a1:1']);
  });

  it('applies every filter', async () => {
    const ids = async (...args: string[]) =>
      (JSON.parse((await list('--json', ...args)).stdout) as ClaimExportRecord[]).map((c) => c.claim_id);
    expect(await ids('--speaker', 'jane')).toEqual(['a1:0', 'a1:1']);
    expect(await ids('--entity', 'Baghdad')).toEqual(['b1:0']);
    expect(await ids('--act', 'Denial')).toEqual(['a1:2']);
    expect(await ids('--article', 'b1')).toEqual(['b1:0']);
    expect(await ids('--since', '2024-01-01')).toEqual(['a1:0', 'a1:1', 'a1:2']);
    expect(await ids('--until', '2023-12')).toEqual(['b1:0']);
    expect(await ids('--search', 'ready')).toEqual(['a1:1']);
    expect(await ids('--search', "'; DROP TABLE claims; --")).toEqual([]);
    expect(await ids('--search', '"')).toEqual([]);
    expect(await ids()).toHaveLength(4);
  });

  it('says on stderr when nothing matches or the list is cut', async () => {
    expect(await list('--article', 'none')).toMatchObject({ stdout: '', stderr: 'no claims match\n', exitCode: 0 });
    expect((await list('--limit', '1')).stderr).toMatch(/showing the first 1; use --limit/);
  });

  it.each([
    [['--kind', 'foo'], /--kind expects one of direct, indirect, mixed \(got "foo"\)/],
    [['--since', 'notadate'], /--since expects an ISO-8601 date/],
    [['--until', '2024-02-30'], /--until expects an ISO-8601 date/],
    [['--limit', '0'], /--limit expects a positive whole number/],
    [['--limit', 'ten'], /--limit expects a positive whole number/],
    [['--speaker', ''], /--speaker must not be empty/],
    [['--json', '--ndjson'], /--json and --ndjson cannot be used together/],
  ])('rejects %j with exit 2', async (args, message) => {
    const { stderr, exitCode, stdout } = await list(...args);
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('fails with exit 2 naming a missing database', async () => {
    const missing = join(db.dir, 'nope.sqlite');
    const { stderr, exitCode } = await runCommand(registerList, ['list', '--db', missing]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(missing);
  });
});
