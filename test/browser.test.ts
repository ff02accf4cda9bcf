// The HTML report in a real browser (Debian's Chromium, driven by playwright-core; skipped where
// /usr/bin/chromium is absent): one highlight per quote, no console error, no request leaves the
// page, no horizontal scroll at 1280 px (nor on a phone), the legend hides a speaker's marks,
// and a quote shows its speaker and rule on hover.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../src/types.js';
import { runCli } from './support/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const INPUTS = ['ministry-spokesperson.txt', 'call-readout.txt', 'unicode-community-notice.txt'].map((f) =>
  join(fixtures, f),
);

describe.skipIf(!existsSync(CHROMIUM))('the HTML report in Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  let analyses: Analysis[];
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'analyze-browser-'));
    const html = await runCli(['-f', 'html', ...INPUTS]);
    analyses = JSON.parse((await runCli(['--json', ...INPUTS])).stdout);
    const file = join(dir, 'report.html');
    writeFileSync(file, html.stdout);
    // A persistent context is how playwright takes a user data dir of our own: a fresh one.
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows one highlight per quote, each over its quote', async () => {
    const shown = await page.$$eval('article', (articles) =>
      articles.map((a) =>
        [...a.querySelectorAll('mark.quote')].map((m) => ({
          text: m.textContent,
          visible: m.getClientRects().length > 0,
        })),
      ),
    );
    expect(shown).toHaveLength(analyses.length);
    analyses.forEach((a, i) => {
      expect(shown[i]!.map((m) => m.text)).toEqual(a.quotes.map((q) => q.text));
      for (const m of shown[i]!) expect(m.visible).toBe(true);
    });
  });

  it('logs no error and asks nothing of the network', () => {
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
  });

  it('has no horizontal scroll at 1280 px, nor at 390 px', async () => {
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await overflow()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("the legend hides one speaker's highlights and keeps the others'", async () => {
    const first = analyses[0]!;
    const [hidden, kept] = first.speakers.filter((s) => first.quotes.some((q) => q.speakerId === s.id));
    expect(kept, 'the first fixture has quotes by two speakers').toBeDefined();
    const background = (id: string) =>
      page.$$eval(`#doc1 mark[data-speaker-id="${id}"]`, (marks) =>
        marks.map((m) => getComputedStyle(m).backgroundColor),
      );
    const none = 'rgba(0, 0, 0, 0)';
    expect(await background(hidden!.id)).not.toContain(none);
    await page.click(`#doc1 ul.legend input[value="${hidden!.id}"]`);
    expect(new Set(await background(hidden!.id))).toEqual(new Set([none]));
    expect(await background(kept!.id)).not.toContain(none);
    await page.click(`#doc1 ul.legend input[value="${hidden!.id}"]`);
    expect(await background(hidden!.id)).not.toContain(none);
  });

  it('a quote shows its speaker and rule on hover', async () => {
    const q = analyses[0]!.quotes.find((x) => x.speaker && x.rule)!;
    await page.hover(`#doc1-${q.id}`);
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.textContent();
    expect(text).toContain(q.speaker);
    expect(text).toContain(q.rule);
  });
});
