/**
 * Privacy (issue 6), in Chromium: every request that is not to 127.0.0.1
 * goes through a recording proxy. While a person uses Folio on the demo
 * article — toolbar click, reader mode, save, the reading list, the offline
 * copy, a stopped worker and the popup again — the only network requests
 * allowed are the article's own images, which the reader shows as the page
 * does. Folio itself fetches nothing: no fonts, no icons, no telemetry.
 */
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedArticle } from '../../src/storage/types';
import { launchChromium, stopServiceWorkers, type ChromiumSession } from './support/chromium';
import {
  BROWSER_INFRASTRUCTURE,
  hostOf,
  QUIET_CHROMIUM,
  startRecordingProxy,
  type RecordingProxy,
} from './support/proxy';
import { closeQuietly, openNewsPage, openReaderPopup, readerFrame } from './support/reader-page';
import { bg, until } from './support/reading-list';
import { startFixtureServer, type FixtureServer } from './support/server';

let session: ChromiumSession;
let server: FixtureServer;
let proxy: RecordingProxy;
/** Hosts the page itself contacted before Folio was used (its images, its video embed). */
const pageHosts = new Set<string>();

beforeAll(async () => {
  server = await startFixtureServer();
  proxy = await startRecordingProxy();
  session = await launchChromium(undefined, {
    // Loopback stays direct (Chromium's default bypass): the fixture server is the page itself.
    args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, ...QUIET_CHROMIUM],
  });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  await proxy?.close();
});

describe('Chromium: Folio makes no network request of its own', () => {
  it('the proxy sees the page’s own remote requests (so silence below means something)', async () => {
    const page = await openNewsPage(session, server);
    await until(async () => proxy.seen.length > 0, 'the page to request its remote images', 5_000);
    expect(proxy.seen.map(hostOf)).toContain('img.southernledger.example');
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const host of proxy.seen.map(hostOf)) pageHosts.add(host);
    await page.close();
  });

  it('a whole session with Folio requests nothing but the article’s own images', async () => {
    const page = await openNewsPage(session, server);
    await new Promise((resolve) => setTimeout(resolve, 500));
    proxy.seen.length = 0;

    const popup = await openReaderPopup(session, page);
    await popup.click('.reader-toggle');
    await readerFrame(page);
    await popup.click('.save-button');
    await until(() => popup.$eval('.save-button', (el) => /Saved/.test(el.textContent ?? '')), 'saved');
    const entry = await bg<{ id: string }>(popup, 'bg/saved-entry', { url: page.url() });
    const saved = await bg<SavedArticle>(popup, 'bg/saved-article', { id: entry.id });
    await closeQuietly(popup);

    const list = await session.browser.newPage();
    await list.goto(`chrome-extension://${session.extensionId}/src/list/index.html`, { waitUntil: 'load' });
    await until(() => list.$$eval('.entry', (rows) => rows.length > 0), 'list rows');
    await list.goto(`chrome-extension://${session.extensionId}/src/reader/index.html?saved=${entry.id}`, {
      waitUntil: 'load',
    });
    await until(() => list.$eval('article', (el) => (el.textContent ?? '').length > 1000), 'offline copy');
    await stopServiceWorkers(session);
    const again = await openReaderPopup(session, page);
    await closeQuietly(again);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await list.close();
    await page.close();

    // Allowed: the hosts of images inside the article Folio shows, what the
    // page itself contacts, and the browser's own infrastructure.
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
