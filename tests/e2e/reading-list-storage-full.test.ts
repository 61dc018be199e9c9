/**
 * Storage full, for real: Chromium's profile lives on a small tmpfs, the
 * disk is then filled up, and saving an article must fail with a clear
 * sentence while the list keeps what it had. Mounting needs root (as on CI
 * and the developers' machines); without it the test says it was skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/types';
import type { ListEntry, SavedArticle } from '../../src/storage/types';
import { clickToolbarButton, launchChromium, type ChromiumSession } from './support/chromium';
import { bg, listTitles } from './support/reading-list';
import { startFixtureServer, type FixtureServer } from './support/server';

let mountDir = '';
let mounted = false;
let session: ChromiumSession | undefined;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  mountDir = mkdtempSync(join(tmpdir(), 'folio-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', mountDir], { stdio: 'ignore' });
    mounted = true;
  } catch {
    return;
  }
  // launchChromium makes its profile under os.tmpdir(): point that at the small disk.
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = mountDir;
  try {
    session = await launchChromium();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  if (mounted) execFileSync('umount', ['-l', mountDir], { stdio: 'ignore' });
  rmSync(mountDir, { recursive: true, force: true });
});

const filler = () => join(mountDir, 'filler.bin');

/** Fills the disk, leaving `leave` bytes free. */
function fillDisk(leave: number): void {
  const { bavail, bsize } = statfsSync(mountDir);
  writeFileSync(filler(), Buffer.alloc(Math.max(0, bavail * bsize - leave), 1));
}

async function saveNewsPage(): Promise<Article> {
  const tab = await session!.browser.newPage();
  await tab.goto(server.url('/seed-news/source.html'), { waitUntil: 'load' });
  const popup = await clickToolbarButton(session!, tab);
  const button = await popup.waitForSelector('.save-button:not([disabled])', { timeout: 10_000 });
  await button!.click();
  await popup.waitForSelector('.save-button[data-status=saved]', { timeout: 10_000 });
  const entry = (await bg<ListEntry>(popup, 'bg/saved-entry', { url: tab.url() }))!;
  const saved = await bg<SavedArticle>(popup, 'bg/saved-article', { id: entry.id });
  await popup.close();
  await tab.close();
  return saved.article!;
}

describe('Chromium: storage full', () => {
  it('says clearly that storage is full, and the list keeps what it had', async (ctx) => {
    if (!mounted) ctx.skip();
    const article = await saveNewsPage();
    const list: Page = await session!.browser.newPage();
    await list.goto(`chrome-extension://${session!.extensionId}/src/list/index.html`, { waitUntil: 'load' });
    await list.waitForSelector('main[data-complete] .entry');
    const before = await listTitles(list);
    expect(before).toEqual([article.title]);

    // A long article (about 3 MB of text) onto a disk with 256 KB left.
    fillDisk(256 * 1024);
    const paragraph = `<p>${article.text.slice(0, 2000)}</p>`;
    const big = {
      ...article,
      url: `${article.url}?edition=long`,
      contentHtml: paragraph.repeat(1500),
      text: article.text.repeat(200),
    };
    const failure = await bg(list, 'bg/save-article', { article: big }).then(
      () => 'saved',
      (error: Error) => error.message,
    );
    expect(failure).toMatch(
      /^Folio’s storage is full, so this article was not saved\. Your reading list is unchanged/,
    );

    await list.reload({ waitUntil: 'load' });
    await list.waitForSelector('main[data-complete] .entry');
    expect(await listTitles(list)).toEqual(before);
    expect(await bg(list, 'bg/saved-entry', { url: big.url })).toBeNull();
    const kept = await bg<SavedArticle>(list, 'bg/saved-entry', { url: article.url });
    expect(kept).not.toBeNull();

    // Space again: the same save now works.
    rmSync(filler());
    const entry = await bg<ListEntry>(list, 'bg/save-article', { article: big });
    expect(entry.url).toBe(big.url);
    await list.close();
  });
});
