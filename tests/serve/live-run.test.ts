/**
 * `claims serve` keeps answering while `claims run --force` rewrites every article in the same
 * database (WAL: the reader sees the last committed state, never a half-written article).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli/index.js');
const dir = mkdtempSync(join(tmpdir(), 'claims-live-'));
let serve: ChildProcess | undefined;

afterAll(() => {
  serve?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

function startServe(db: string): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    serve = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    serve.stderr!.setEncoding('utf8');
    serve.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
      const match = /serving .* at (http:\/\/\S+)/u.exec(stderr);
      if (match) resolveUrl(match[1]!.replace(/\/$/u, ''));
    });
    serve.on('exit', (code) => reject(new Error(`claims serve exited ${code}: ${stderr}`)));
  });
}

describe('claims serve during claims run', () => {
  it('answers every request while a run rewrites the database, and shows the new run after it', async () => {
    const db = join(dir, 'claims.sqlite');
    const first = spawnSync(process.execPath, [CLI, 'run', 'corpus', '--db', db, '--quiet'], { encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    const base = await startServe(db);
    const before = (await (await fetch(`${base}/overview.json`)).json()) as { claims: number; lastRun: { id: number } };

    const run = spawn(process.execPath, [CLI, 'run', 'corpus', '--db', db, '--quiet', '--force'], { stdio: 'ignore' });
    const finished = new Promise<number | null>((resolveExit) => run.on('exit', resolveExit));
    let done = false;
    void finished.then(() => (done = true));
    const statuses = new Set<number>();
    const counts = new Set<number>();
    let requests = 0;
    while (!done || requests < 5) {
      for (const path of ['/claims.json?limit=500', '/articles/corpus%2Fus-troops-withdrawal-iraq', '/overview.json']) {
        const response = await fetch(base + path);
        statuses.add(response.status);
        if (path.startsWith('/claims')) counts.add(((await response.json()) as { items: unknown[] }).items.length);
        else await response.text();
        requests++;
      }
    }
    expect(await finished).toBe(0);
    expect([...statuses]).toEqual([200]);
    // Each article is replaced whole in one savepoint, so a reader sees the old or the new article.
    expect([...counts]).toEqual([before.claims]);
    const after = (await (await fetch(`${base}/overview.json`)).json()) as { claims: number; lastRun: { id: number; status: string } };
    expect(after.lastRun).toMatchObject({ id: before.lastRun.id + 1, status: 'ok' });
    expect(after.claims).toBe(before.claims);
  });
});
