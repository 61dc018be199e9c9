/**
 * The reading list in Chromium, end to end, with the service worker stopped
 * (CDP ServiceWorker.stopAllWorkers, as the browser does when idle) between
 * every step: save from the popup, reopen, find by a word of the body, resume
 * offline at the saved paragraph, archive, export and re-import, delete and
 * undo; then saves from several tabs at once.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/extract/types';
import type { ListEntry, SavedArticle } from '../../src/storage/types';
import { seriousViolations } from './support/axe';
import {
  clickToolbarButton,
  launchChromium,
  stopServiceWorkers,
  type ChromiumSession,
} from './support/chromium';
import {
  bg,
  blockPosition,
  chooseFilter,
  listTitles,
  scrollBlockToTop,
  search,
  until,
} from './support/reading-list';
import { startFixtureServer, type FixtureServer } from './support/server';

const TITLE = 'Marines Deployed to Southern Border as Cartel Violence Surges';
const BODY_WORD = 'interdiction'; // in the body only, not in the title
const RESUME_AT = 'The Marine deployment has been characterized';

let session: ChromiumSession;
let server: FixtureServer;
let downloads: string;
let newsUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchChromium();
  downloads = mkdtempSync(join(tmpdir(), 'folio-downloads-'));
  newsUrl = server.url('/seed-news/source.html');
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const extensionPage = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

async function stopWorker(): Promise<void> {
  await stopServiceWorkers(session);
}

async function openPage(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await session.browser.newPage();
  if (viewport) await page.setViewport(viewport);
  await page.goto(extensionPage(path), { waitUntil: 'load' });
  return page;
}

async function openList(): Promise<Page> {
  const page = await openPage('src/list/index.html');
  await page.waitForSelector('main[data-complete]', { timeout: 15_000 });
  return page;
}

/** Saves the tab's article from the popup: its Save button, or its messages where the popup has none yet. */
async function saveFromPopup(tab: Page): Promise<void> {
  const popup = await clickToolbarButton(session, tab);
  // The popup has shown the article once the toolbar (or the old popup's <article>) is there.
  await popup.waitForSelector('.save-button, article', { timeout: 10_000 });
  const button = await popup.$('.save-button');
  if (button) {
    await popup.waitForSelector('.save-button:not([disabled])', { timeout: 10_000 });
    await button.click();
    await popup.waitForSelector('.save-button[data-status=saved]', { timeout: 10_000 });
  } else {
    // The popup's tab is the news page: it was brought to the front for the click.
    const tabId = await popup.evaluate(async () => {
      const api = (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }
      ).chrome;
      return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    const outcome = await bg<{ kind: string; article: Article }>(popup, 'bg/read-tab', { tabId });
    expect(outcome.kind).toBe('article');
    await bg(popup, 'bg/save-article', { article: outcome.article });
  }
  await popup.close();
}

describe('Chromium: the reading list across worker restarts', () => {
  let entry: ListEntry;

  it('saves the news page from the popup; after the worker stopped the popup shows it saved, and reader mode toggles', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(newsUrl, { waitUntil: 'load' });
    await saveFromPopup(tab);
    await stopWorker();

    const probe = await openPage('src/list/index.html');
    entry = (await bg<ListEntry | null>(probe, 'bg/saved-entry', { url: newsUrl }))!;
    expect(entry).toMatchObject({ title: TITLE, pending: false, archived: false });
    expect(entry.wordCount).toBeGreaterThan(400);
    await probe.close();
    await stopWorker();

    const popup = await clickToolbarButton(session, tab);
    await popup.waitForSelector('.save-button, article', { timeout: 10_000 });
    if (await popup.$('.save-button'))
      await popup.waitForSelector('.save-button[data-status=saved]', { timeout: 10_000 });

    // Toggle reader mode, stop the worker, and the popup still knows it is on.
    if (await popup.$('.reader-toggle')) {
      await popup.click('.reader-toggle');
      await tab.waitForFunction(() => document.querySelector('folio-reader'), { timeout: 10_000 });
      await popup.close().catch(() => undefined);
      await stopWorker();
      const again = await clickToolbarButton(session, tab);
      await again.waitForSelector('.reader-toggle[aria-pressed=true]', { timeout: 10_000 });
      await again.click('.reader-toggle');
      await tab.waitForFunction(() => !document.querySelector('folio-reader'), { timeout: 10_000 });
      await again.close().catch(() => undefined);
    } else await popup.close();
    await tab.close();
  });

  it('finds the article in the list by a word of its body', async () => {
    await stopWorker();
    const list = await openList();
    expect(await listTitles(list)).toEqual([TITLE]);
    expect(await seriousViolations(list)).toEqual([]);
    // Reachable from the keyboard: the first Tab lands in the search box.
    await list.keyboard.press('Tab');
    expect(await list.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await search(list, BODY_WORD);
    await until(async () => (await listTitles(list)).join() === TITLE, 'the search result');
    await search(list, 'nosuchwordanywhere');
    await until(async () => (await listTitles(list)).length === 0, 'no result');
    await list.close();
  });

  it('opens the offline copy, records where the reader stopped, and resumes there', async () => {
    await stopWorker();
    const small = { width: 700, height: 450 };
    const reader = await openPage(`src/reader/index.html?saved=${entry.id}`, small);
    await until(() => blockPosition(reader, RESUME_AT), 'the offline article');
    await scrollBlockToTop(reader, RESUME_AT);
    // The reader may still be settling (fonts, its own layout): keep the paragraph at the top
    // until the position it reports is that paragraph.
    const saved = await until(
      async () => {
        const e = await bg<ListEntry | null>(reader, 'bg/saved-entry', { url: newsUrl });
        if (e?.progress?.quote.startsWith('The Marine deployment')) return e;
        const p = await blockPosition(reader, RESUME_AT);
        if (!p || Math.abs(p.top) > 4) await scrollBlockToTop(reader, RESUME_AT);
        return null;
      },
      'the reading position',
      20_000,
    );
    expect(saved!.progress!.percent).toBeGreaterThan(0.2);
    await reader.close();
    await stopWorker();

    // Reopen from the list, in a window of another size: the same paragraph comes back to the top.
    const list = await openList();
    await list.setViewport({ width: 900, height: 500 });
    await Promise.all([list.waitForNavigation({ waitUntil: 'load' }), list.click('.entry-title a')]);
    expect(list.url()).toBe(extensionPage(`src/reader/index.html?saved=${entry.id}`));
    const position = await until(async () => {
      const p = await blockPosition(list, RESUME_AT);
      return p && p.scrolled > 0 ? p : null;
    }, 'the resumed position');
    expect(Math.abs(position!.top)).toBeLessThan(8);
    await list.close();
  });

  it('archives, then finds the article under Archived after the worker stopped', async () => {
    await stopWorker();
    const list = await openList();
    await list.click('.entry-actions button:not(.delete)');
    await until(async () => (await listTitles(list)).length === 0, 'the article to leave Unread');
    await stopWorker();
    await list.reload({ waitUntil: 'load' });
    await list.waitForSelector('main[data-complete]', { timeout: 15_000 });
    await chooseFilter(list, 'archived');
    await until(async () => (await listTitles(list)).join() === TITLE, 'the archived article');
    await stopWorker();
    expect(await bg<ListEntry>(list, 'bg/saved-entry', { url: newsUrl })).toMatchObject({ archived: true });
    await list.close();
  });

  it('exports JSON and re-imports it without duplicates; a deleted article comes back from the export', async () => {
    await stopWorker();
    const list = await openList();
    await chooseFilter(list, 'all');
    const cdp = await list.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await list.click('button[data-format=json]');
    const file = await until(
      async () => readdirSync(downloads).find((f) => f.endsWith('.json')),
      'the export',
    );
    const exportPath = join(downloads, file!);
    const exported = JSON.parse(readFileSync(exportPath, 'utf8'));
    expect(exported.articles).toHaveLength(1);
    expect(exported.articles[0].article.text).toContain(BODY_WORD);

    const importInput = async () => (await list.$('input[type=file]'))!.uploadFile(exportPath);
    await importInput();
    const status = await until(
      () => list.$eval('.notice-area', (el) => el.textContent ?? '').then((t) => /Imported/.test(t) && t),
      'the import message',
    );
    expect(status).toMatch(/Imported 0 new articles from Folio \(JSON\); 1 were already in your list/);
    expect(await listTitles(list)).toEqual([TITLE]);

    // Delete, undo, delete again, then import the export: the article returns with its position.
    await list.click('.entry-actions .delete');
    await until(async () => (await listTitles(list)).length === 0, 'the deletion');
    // The row leaves as soon as storage changes; the Undo notice follows when the delete returns.
    await (await list.waitForSelector('button.undo', { timeout: 10_000 }))!.click();
    await until(async () => (await listTitles(list)).join() === TITLE, 'the undo');
    await list.click('.entry-actions .delete');
    await until(async () => (await listTitles(list)).length === 0, 'the second deletion');
    await stopWorker();
    expect(await bg(list, 'bg/saved-entry', { url: newsUrl })).toBeNull();
    await importInput();
    await until(async () => (await listTitles(list)).join() === TITLE, 'the re-imported article');
    await stopWorker();
    const back = await bg<SavedArticle>(list, 'bg/saved-article', { id: entry.id });
    expect(back.entry.progress?.quote).toMatch(/^The Marine deployment/);
    expect(back.article?.text).toContain(BODY_WORD);
    await list.close();
  });

  it('saves from several tabs at once: nothing lost, nothing duplicated', async () => {
    await stopWorker();
    const pages = await Promise.all([1, 2, 3].map(() => openPage('src/list/index.html')));
    const { article } = await bg<SavedArticle>(pages[0]!, 'bg/saved-article', { id: entry.id });
    // Each tab saves six variants; tabs overlap, and some addresses differ only by tracking.
    const variants = (tab: number) =>
      [0, 1, 2, 3, 4, 5].map((i) => {
        const n = (tab * 3 + i) % 10;
        const tracking = i % 2 ? `&utm_source=tab${tab}` : '';
        return {
          ...article!,
          url: `${newsUrl}?story=${n}${tracking}`,
          canonicalUrl: null,
          title: `Story ${n}`,
        };
      });
    const saved = await Promise.all(
      pages.flatMap((page, tab) =>
        variants(tab).map((a) => bg<ListEntry>(page, 'bg/save-article', { article: a })),
      ),
    );
    expect(saved).toHaveLength(18);
    expect(new Set(saved.map((e) => e.id)).size).toBe(10);
    await stopWorker();
    const list = await openList();
    await chooseFilter(list, 'all');
    const titles = await until(async () => {
      const t = await listTitles(list);
      return t.length === 11 ? t : null;
    }, '11 entries');
    expect(new Set(titles).size).toBe(11);
    for (const e of saved.slice(0, 10)) {
      const copy = await bg<SavedArticle>(list, 'bg/saved-article', { id: e.id });
      expect(copy.article?.text).toContain(BODY_WORD);
    }
    await Promise.all([...pages, list].map((p) => p.close()));
  });
});
