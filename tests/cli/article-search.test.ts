/** `claims list --article-search`: claims of the articles whose title or text match, via articles_fts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerList } from '../../src/cli/list.js';
import type { ClaimExportRecord } from '../../src/model/records.js';
import { fixtureDatabase, runCommand } from './helpers.js';

let db: ReturnType<typeof fixtureDatabase>;
beforeAll(() => {
  db = fixtureDatabase();
});
afterAll(() => db.cleanup());

const ids = async (...args: string[]) =>
  (JSON.parse((await runCommand(registerList, ['list', '--db', db.dbPath, '--json', ...args])).stdout) as ClaimExportRecord[]).map((c) => c.claim_id);

describe('claims list --article-search', () => {
  it('matches words anywhere in the article (title or text), stemmed, combined with the other filters', async () => {
    // "Monday" is in a1's text but in no claim's content; "resumes" stems to the title's "Resume".
    expect(await ids('--article-search', 'monday')).toEqual(['a1:0', 'a1:1', 'a1:2']);
    expect(await ids('--search', 'monday')).toEqual([]);
    expect(await ids('--article-search', 'resumes', '--kind', 'direct')).toEqual(['a1:1']);
    expect(await ids('--article-search', 'militia')).toEqual(['b1:0']);
    expect(await ids('--article-search', '" OR 1=1 --')).toEqual([]);
  });

  it('refuses an empty value', async () => {
    const result = await runCommand(registerList, ['list', '--db', db.dbPath, '--article-search', ' ']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--article-search must not be empty/);
  });
});
