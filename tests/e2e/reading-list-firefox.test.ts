/**
 * The reading list in Firefox ESR, end to end, with Folio's background left
 * to suspend (one second idle) between steps: save from the popup page,
 * reopen, find by a word of the body, resume offline at the saved paragraph,
 * export and re-import, saves from several tabs at once.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListEntry, SavedArticle } from '../../src/storage/types';
import { openExtensionPage, poll, type FirefoxSession } from './support/firefox';
import { launchFirefoxForList, letBackgroundSuspend } from './support/firefox-idle';
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
const BODY_WORD = 'interdiction';
const RESUME_AT = 'The Marine deployment has been characterized';

let session: FirefoxSession;
let server: FixtureServer;
let downloads: string;
let newsUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  downloads = mkdtempSync(join(tmpdir(), 'folio-ff-downloads-'));
  session = await launchFirefoxForList(downloads);
  newsUrl = server.url('/seed-news/source.html');
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

async function tabIdOf(url: string): Promise<number> {
  const probe = await openExtensionPage(session, 'src/list/index.html');
  const id = await probe.evaluate(async (wanted) => {
    type Tabs = { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } };
    const tabs = await (globalThis as unknown as { browser: Tabs }).browser.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? 0;
  }, url);
  await probe.close();
  return id;
}

async function openList(): Promise<Page> {
  const page = await openExtensionPage(session, 'src/list/index.html');
  await poll(page, () => document.querySelector('main[data-complete]') !== null, 15_000);
  return page;
}

describe('Firefox: the reading list across background suspensions', () => {
  let entry: ListEntry;

  it('saves the news page from the popup page, and shows it saved after the background suspended', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(newsUrl);
    const tabId = await tabIdOf(newsUrl);
    const popup = await openExtensionPage(session, `src/popup/index.html?tab=${tabId}`);
    await poll(popup, () => document.querySelector('.save-button:not([disabled])') !== null, 15_000);
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.save-button')!.click());
    await poll(popup, () => document.querySelector('.save-button[data-status=saved]') !== null, 15_000);
    await popup.close();
    await letBackgroundSuspend();

    const again = await openExtensionPage(session, `src/popup/index.html?tab=${tabId}`);
    await poll(again, () => document.querySelector('.save-button[data-status=saved]') !== null, 15_000);
    entry = (await bg<ListEntry | null>(again, 'bg/saved-entry', { url: newsUrl }))!;
    expect(entry).toMatchObject({ title: TITLE, pending: false });
    await again.close();
    await tab.close();
  });

  it('finds the article in the list by a word of its body', async () => {
    await letBackgroundSuspend();
    const list = await openList();
    expect(await listTitles(list)).toEqual([TITLE]);
    await search(list, BODY_WORD);
    await until(async () => (await listTitles(list)).join() === TITLE, 'the search result');
    await search(list, 'nosuchwordanywhere');
    await until(async () => (await listTitles(list)).length === 0, 'no result');
    await list.close();
  });

  it('opens the offline copy and resumes at the saved paragraph', async () => {
    await letBackgroundSuspend();
    const reader = await session.browser.newPage();
    await reader.setViewport({ width: 700, height: 450 });
    await openExtensionPage(session, `src/reader/index.html?saved=${entry.id}`, reader);
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
    await letBackgroundSuspend();

    const list = await openList();
    await list.setViewport({ width: 900, height: 500 });
    await list.evaluate(() => document.querySelector<HTMLAnchorElement>('.entry-title a')!.click());
    await poll(list, () => location.pathname.endsWith('/src/reader/index.html'), 15_000);
    const position = await until(async () => {
      const p = await blockPosition(list, RESUME_AT);
      return p && p.scrolled > 0 ? p : null;
    }, 'the resumed position');
    expect(Math.abs(position!.top)).toBeLessThan(8);
    await list.close();
  });

  it('exports JSON and re-imports it without duplicates', async () => {
    await letBackgroundSuspend();
    const list = await openList();
    await list.evaluate(() => document.querySelector<HTMLButtonElement>('button[data-format=json]')!.click());
    const file = await until(
      async () => readdirSync(downloads).find((f) => f.endsWith('.json') && !f.endsWith('.part')),
      'the export',
    );
    const exportPath = join(downloads, file!);
    const exported = await until(async () => {
      const text = readFileSync(exportPath, 'utf8');
      return text.endsWith('}') ? JSON.parse(text) : null;
    }, 'the complete export');
    expect(exported.articles).toHaveLength(1);
    await letBackgroundSuspend();
    await (await list.$('input[type=file]'))!.uploadFile(exportPath);
    const status = await until(
      () =>
        list
          .evaluate(() => document.querySelector('.notice-area')?.textContent ?? '')
          .then((t) => /Imported/.test(t) && t),
      'the import message',
    );
    expect(status).toMatch(/Imported 0 new articles from Folio \(JSON\); 1 were already in your list/);
    await chooseFilter(list, 'all');
    expect(await listTitles(list)).toEqual([TITLE]);
    await list.close();
  });

  it('saves from several tabs at once: nothing lost, nothing duplicated', async () => {
    await letBackgroundSuspend();
    const pages = [await openList(), await openList(), await openList()];
    const { article } = await bg<SavedArticle>(pages[0]!, 'bg/saved-article', { id: entry.id });
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
    expect(new Set(saved.map((e) => e.id)).size).toBe(10);
    await letBackgroundSuspend();
    const list = await openList();
    await chooseFilter(list, 'all');
    const titles = await until(async () => {
      const t = await listTitles(list);
      return t.length === 11 ? t : null;
    }, '11 entries');
    expect(new Set(titles).size).toBe(11);
    await Promise.all([...pages, list].map((p) => p.close()));
  });
});
