/**
 * End to end, as a person uses it: build a fresh database from corpus/ (and the XSS fixture) with
 * the built binary, start `claims serve` on a free port, and drive Debian's headless Chromium with
 * playwright-core. Screenshots go to output/e2e/ to be looked at. Without Chromium (CHROMIUM_PATH,
 * default /usr/bin/chromium) the tests skip with a message saying how to install it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync) ?? '/usr/bin/chromium';
const CLI = resolve('dist/cli/index.js');
const SCREENSHOTS = resolve('output/e2e');
const XSS_FIXTURE = resolve('tests/fixtures/serve/xss.jsonl');
const available = existsSync(CHROMIUM);
if (!available) {
  process.stderr.write(
    `browser tests skipped: no Chromium at ${CHROMIUM} (install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH)\n`,
  );
}

let dir: string;
let serve: ChildProcess | undefined;
let base: string;
let context: BrowserContext;

/** Runs the built CLI and fails with its stderr when it does not exit 0. */
function claims(args: string[]): void {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`claims ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
}

/** Starts `claims serve --port 0` and resolves with the URL it prints. */
function startServe(db: string): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    serve = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`claims serve did not start: ${stderr}`)), 15_000);
    serve.stderr!.setEncoding('utf8');
    serve.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
      const match = /serving .* at (http:\/\/\S+)/u.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!.replace(/\/$/u, ''));
      }
    });
    serve.on('exit', (code) => reject(new Error(`claims serve exited ${code}: ${stderr}`)));
  });
}

/** A page that fails the test on script errors and records CSP violations and dialogs. */
async function openPage(): Promise<{ page: Page; problems: string[]; dialogs: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, problems, dialogs };
}

describe.skipIf(!available)('claims serve in Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'claims-e2e-'));
    const db = join(dir, 'claims.sqlite');
    claims(['run', 'corpus', '--db', db, '--quiet']);
    claims(['run', XSS_FIXTURE, '--db', db, '--quiet']);
    base = await startServe(db);
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    serve?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists claims, filters by a speaker, opens an article with highlighted spans and selects claims', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${base}/claims`);
    expect(await page.locator('table.claims tbody tr').count()).toBeGreaterThan(10);

    // A speaker that resolves to an entity, taken from the data so the test follows the extractor.
    const listed = (await (await fetch(`${base}/claims.json?limit=500`)).json()) as {
      items: { claim_id: string; article_id: string; speaker: { text: string; entity: string | null } | null }[];
    };
    const speaker = listed.items.find((c) => c.speaker?.entity && c.speaker.entity.split(' ').length > 1)!.speaker!.entity!;
    const surname = speaker.split(' ').pop()!;
    await page.fill('input[name="speaker"]', surname);
    await Promise.all([page.waitForURL(/\/claims\?/u), page.click('form.filters button[type="submit"]')]);
    expect(new URL(page.url()).searchParams.get('speaker')).toBe(surname);
    const rows = page.locator('table.claims tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      expect((await rows.nth(i).locator('td').nth(1).innerText()).toLowerCase()).toContain(surname.toLowerCase());
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'claims-filtered.png'), fullPage: true });

    // Open the first claim in its article.
    const claimId = (await rows.first().getAttribute('data-claim-id'))!;
    const index = Number(claimId.slice(claimId.lastIndexOf(':') + 1));
    await Promise.all([page.waitForURL(/\/articles\//u), rows.first().locator('a.claim-link').click()]);
    expect(new URL(page.url()).hash).toBe(`#claim-${index}`);
    const articleId = decodeURIComponent(new URL(page.url()).pathname.slice('/articles/'.length));
    const data = (await (await fetch(`${base}/articles/${encodeURIComponent(articleId)}/data.json`)).json()) as {
      article: { text: string };
      claims: { claim_id: string; speaker: { text: string } | null; cue: { text: string } | null; content: { text: string }; quotes: { text: string }[] }[];
      mentions: { text: string }[];
    };

    // The claim panel lists every claim; the selected one is the one clicked.
    expect(await page.locator('.claim-card').count()).toBe(data.claims.length);
    await expect.poll(() => page.locator('.claim-card.selected').getAttribute('id')).toBe(`claim-${index}`);

    // The text is the article's, exactly, and each claim's parts are highlighted over exactly their text.
    expect(await page.locator('.article-text').evaluate((node) => node.textContent)).toBe(data.article.text);
    const partText = (claim: number, part: string) =>
      page.locator(`.article-text [data-claims~="${claim}"].hl-${part}`).evaluateAll((nodes) => nodes.map((n) => n.textContent).join(''));
    for (const claim of data.claims) {
      const n = Number(claim.claim_id.slice(claim.claim_id.lastIndexOf(':') + 1));
      if (claim.speaker) expect(await partText(n, 'speaker')).toBe(claim.speaker.text);
      if (claim.cue) expect(await partText(n, 'cue')).toBe(claim.cue.text);
      expect(await partText(n, 'content')).toBe(claim.content.text);
      if (claim.quotes.length === 1) expect(await partText(n, 'quote')).toBe(claim.quotes[0]!.text);
    }
    expect(await page.locator('.article-text .ent').count()).toBeGreaterThanOrEqual(Math.min(1, data.mentions.length));

    // The selected claim's spans are marked; clicking another claim moves the mark and scrolls to it.
    const marked = () => page.locator('.article-text .marked').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-claims')));
    expect((await marked()).length).toBeGreaterThan(0);
    expect((await marked()).every((claims) => claims!.split(' ').includes(String(index)))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'article-selected.png') });

    const other = data.claims.length > 1 ? (index + 1) % data.claims.length : index;
    await page.locator(`#claim-${other}`).click();
    await expect.poll(() => page.locator('.claim-card.selected').getAttribute('id')).toBe(`claim-${other}`);
    expect((await marked()).every((claims) => claims!.split(' ').includes(String(other)))).toBe(true);
    await expect.poll(() => page.locator('.article-text .marked').first().isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('.article-text .marked').first().evaluate((node) => {
        const box = node.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }))
      .toBe(true);
    expect(new URL(page.url()).hash).toBe(`#claim-${other}`);

    // Clicking a highlighted span selects its claim in the panel.
    await page.locator(`.article-text [data-claims~="${index}"].hl-content`).first().click();
    await expect.poll(() => page.locator('.claim-card.selected').getAttribute('id')).toBe(`claim-${index}`);

    // The entity page behind the speaker shows the chart and the claims.
    await page.goto(`${base}/entities/${encodeURIComponent(speaker)}`);
    expect(await page.locator('h1').innerText()).toContain(speaker);
    expect(await page.locator('table.claims tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'entity.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows an article full of HTML payloads as text, and no script runs', async () => {
    const { page, problems, dialogs } = await openPage();
    for (const path of ['/articles/xss-comment-box', '/claims', '/articles', '/articles?search=script', '/claims?search=comments', '/']) {
      await page.goto(`${base}${path}`);
      // Only the app's own script; no element came from the article's text.
      expect(await page.locator('script').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('src')))).toEqual(['/assets/app.js']);
      expect(await page.locator('img, svg[onload], iframe, object, embed').count()).toBe(0);
      expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
    }
    await page.goto(`${base}/articles/xss-comment-box`);
    const text = await page.locator('.article-text').innerText();
    expect(text).toContain('typed <script>alert(1)</script> into the comment box');
    expect(text).toContain('We found "><img src=x onerror=alert(1)> in three comments');
    expect(await page.locator('h1').innerText()).toBe('Comment box <script>alert(1)</script> "><img src=x onerror=alert(1)>');
    expect(await page.title()).toContain('<script>alert(1)</script>');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // Clicking through the claims works on this page too.
    await page.locator('.claim-card').first().click();
    expect(await page.locator('.article-text .marked').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'xss-article.png') });
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
