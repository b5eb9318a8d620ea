import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerEntities } from '../../src/cli/entities.js';
import { registerStats } from '../../src/cli/stats.js';
import type { EntitySummary, StoreStats } from '../../src/store/index.js';
import { fixtureDatabase, runCommand } from './helpers.js';

let db: ReturnType<typeof fixtureDatabase>;
beforeAll(() => {
  db = fixtureDatabase();
});
afterAll(() => db.cleanup());

describe('claims entities', () => {
  const entities = (...args: string[]) => runCommand(registerEntities, ['entities', '--db', db.dbPath, ...args]);

  it('prints a table of entities with counts', async () => {
    const { stdout, exitCode } = await entities();
    expect(exitCode).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^LABEL\s+MENTIONS\s+ARTICLES\s+SPEAKER\s+ABOUT\s+ENTITY$/);
    expect(lines[1]).toMatch(/^ORG +2 +1 +1 +1  Acme Corporation$/);
    expect(lines).toHaveLength(6);
  });

  it('filters by label, name and limit, and prints JSON', async () => {
    const json = async (...args: string[]) => JSON.parse((await entities('--json', ...args)).stdout) as EntitySummary[];
    expect((await json('--label', 'org')).map((e) => e.entity)).toEqual(['Acme Corporation', 'Kataeb Hezbollah']);
    expect((await json('--search', 'doe'))).toEqual([
      { entity: 'Jane Doe', label: 'PERSON', mentions: 1, articles: 1, claimsAsSpeaker: 2, claimsAbout: 0 },
    ]);
    expect(await json('--limit', '1')).toHaveLength(1);
  });

  it('rejects an unknown label with exit 2', async () => {
    const { stderr, exitCode } = await entities('--label', 'PLANET');
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/--label expects one of PERSON, ORG/);
  });
});

describe('claims stats', () => {
  it('prints counts and the last run', async () => {
    const { stdout, exitCode } = await runCommand(registerStats, ['stats', '--db', db.dbPath]);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^articles +2$/m);
    expect(stdout).toMatch(/^claims +4$/m);
    expect(stdout).toMatch(/^claims by kind +indirect 2, direct 1, mixed 1$/m);
    expect(stdout).toMatch(/^last run +#1 ok, started \d{4}-/m);
  });

  it('prints JSON with --json', async () => {
    const stats = JSON.parse((await runCommand(registerStats, ['stats', '--db', db.dbPath, '--json'])).stdout) as StoreStats;
    expect(stats).toMatchObject({ articles: 2, claims: 4, entities: 5, claimsByAct: { accusation: 1 } });
  });
});
