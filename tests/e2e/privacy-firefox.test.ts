/**
 * Privacy (issue 6), in Firefox ESR: as in Chromium, every request that is
 * not to 127.0.0.1 goes through a recording proxy while Folio is used on the
 * demo article; only the article's own images, what the page itself
 * contacts, and Firefox's own services may appear.
 */
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedArticle } from '../../src/storage/types';
import { DIST_FIREFOX_E2E } from './support/paths';
import { launchFirefox, openExtensionPage, poll, type FirefoxSession } from './support/firefox';
import {
  BROWSER_INFRASTRUCTURE,
  firefoxProxyPrefs,
  hostOf,
  startRecordingProxy,
  type RecordingProxy,
} from './support/proxy';
import { bg, until } from './support/reading-list';
import { startFixtureServer, type FixtureServer } from './support/server';

let session: FirefoxSession;
let server: FixtureServer;
let proxy: RecordingProxy;
const pageHosts = new Set<string>();

beforeAll(async () => {
  server = await startFixtureServer();
  proxy = await startRecordingProxy();
  session = await launchFirefox(DIST_FIREFOX_E2E, firefoxProxyPrefs(proxy.port));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  await proxy?.close();
});

describe('Firefox: Folio makes no network request of its own', () => {
  it('a whole session with Folio requests nothing but the article’s own images', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/seed-news/source.html'));
    await until(
      async () => proxy.seen.map(hostOf).includes('img.southernledger.example'),
      'page images',
      10_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const host of proxy.seen.map(hostOf)) pageHosts.add(host);
    proxy.seen.length = 0;

    const probe = await openExtensionPage(session, 'src/popup/index.html?tab=-1');
    const tabId = await probe.evaluate(async (wanted) => {
      type Tabs = { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } };
      const tabs = await (globalThis as unknown as { browser: Tabs }).browser.tabs.query({});
      return tabs.find((t) => t.url === wanted)?.id ?? 0;
    }, page.url());
    await probe.close();
    const popup = await openExtensionPage(session, `src/popup/index.html?tab=${tabId}`);
    await poll(popup, () => Boolean(document.querySelector('article .article-body p')), 15_000);
    await popup.evaluate(() => (document.querySelector('.reader-toggle') as HTMLElement).click());
    await poll(page, () => Boolean(document.querySelector('folio-reader')));
    await popup.evaluate(() => (document.querySelector('.save-button') as HTMLElement).click());
    await poll(popup, () => /Saved/.test(document.querySelector('.save-button')?.textContent ?? ''));
    const entry = await bg<{ id: string }>(popup, 'bg/saved-entry', { url: page.url() });
    const saved = await bg<SavedArticle>(popup, 'bg/saved-article', { id: entry.id });
    await popup.close();
    const list = await openExtensionPage(session, 'src/list/index.html');
    await poll(list, () => document.querySelectorAll('.entry').length > 0, 15_000);
    await openExtensionPage(session, `src/reader/index.html?saved=${entry.id}`, list);
    await poll(list, () => (document.querySelector('article')?.textContent ?? '').length > 1000, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await list.close();
    await page.close();

    const doc = new JSDOM(saved.article?.contentHtml ?? '').window.document;
    const imageHosts = new Set(
      Array.from(doc.querySelectorAll('img[src]')).map((img) => new URL(img.getAttribute('src')!).hostname),
    );
    const foreign = proxy.seen
      .map(hostOf)
      .filter((host) => !imageHosts.has(host) && !pageHosts.has(host) && !BROWSER_INFRASTRUCTURE.test(host));
    expect(foreign).toEqual([]);
  });
});
