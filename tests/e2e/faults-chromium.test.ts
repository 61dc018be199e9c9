/**
 * Faults (issue 6) in Chromium: the page goes away while Folio reads it, and
 * Folio is updated while a page still holds its old content script and
 * reader. Each gives a clear sentence or a working Folio, and loses nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialog } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launchChromium, type ChromiumSession } from './support/chromium';
import { DIST_CHROME, ROOT } from './support/paths';
import { closeQuietly, openNewsPage, openReaderPopup, readerFrame } from './support/reader-page';
import { until } from './support/reading-list';
import { startFixtureServer, type FixtureServer } from './support/server';

let session: ChromiumSession;
let server: FixtureServer;

/** The long article, with a script that opens an alert once the page has loaded. */
const DIALOG_PAGE = '/dialog/long-article.html';

beforeAll(async () => {
  const article = readFileSync(join(ROOT, 'tests/fixtures/pages/long-article.html'), 'utf8');
  const withAlert = `${article}<script>addEventListener('load', () => setTimeout(() => alert('Subscribe!'), 0));</script>`;
  server = await startFixtureServer((path) => (path === DIALOG_PAGE ? { body: withAlert } : null));
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** storage.session keys, read from one of Folio's pages. */
async function sessionKeys(): Promise<string[]> {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/list/index.html`);
  const keys = await page.evaluate(async () =>
    Object.keys(
      await (
        globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }
      ).chrome.storage.session.get(null),
    ),
  );
  await page.close();
  return keys;
}

describe('Chromium: faults', () => {
  it('a page that navigates away while Folio reads it: a clear sentence or the new page, never a broken popup', async () => {
    const page = await session.browser.newPage();
    // A long page, so that the navigation usually lands while Folio reads it.
    await page.goto(server.url('/pages/long-article.html'), { waitUntil: 'load' });
    const popup = await clickToolbarButton(session, page);
    void page.goto(server.url('/pages/not-article.html')).catch(() => undefined);
    // Settled: an article or a sentence shown (a skeleton until then).
    const shown = await until(
      () =>
        popup.evaluate(() => {
          const alert = document.querySelector('[role=alert]')?.textContent ?? null;
          const title = document.querySelector('article h1')?.textContent ?? null;
          return alert === null && title === null ? null : { alert, title };
        }),
      'the popup to settle',
    );
    // Who wins the race decides which; all three are honest, none is a raw error or a blank popup.
    if (!shown) throw new Error('the popup never settled');
    if (shown.title !== null) expect(shown.title).toBe('A very long report');
    else
      expect([
        'The page changed while Folio was reading it. Open Folio again to read the new page.',
        'This page does not look like an article.',
      ]).toContain(shown.alert);
    await closeQuietly(popup);
    await page.close();
  });

  it('a page stopped by a dialog it opened: the popup says why, and reads the page once the dialog is closed', async () => {
    const page = await session.browser.newPage();
    const dialog = new Promise<Dialog>((resolve) => page.once('dialog', resolve));
    await page.goto(server.url(DIALOG_PAGE), { waitUntil: 'load' });
    const alert = await dialog; // open, and left open: the page's renderer waits for the person
    const popup = await clickToolbarButton(session, page);
    const status = () => popup.$eval('.skeleton [role=status]', (el) => el.textContent ?? '');
    await until(async () => /close a dialog it opened/.test(await status()), 'the popup to say why', 10_000);
    expect(await popup.$('article')).toBeNull();
    // Closing the dialog takes the focus from the popup, which closes; clicked again, Folio reads the page.
    await alert.dismiss();
    await closeQuietly(popup);
    const again = await clickToolbarButton(session, page);
    await again.waitForSelector('article h1', { timeout: 10_000 });
    expect(await again.$eval('article h1', (el) => el.textContent)).toBe('A very long report');
    await closeQuietly(again);
    await page.close();
  });

  it('a tab closed while Folio reads it leaves no state behind, and Folio goes on working', async () => {
    const kept = await sessionKeys();
    const page = await session.browser.newPage();
    await page.goto(server.url('/pages/long-article.html'), { waitUntil: 'load' });
    const popup = await clickToolbarButton(session, page);
    await page.close(); // the popup closes with its tab
    await closeQuietly(popup);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await sessionKeys()).filter((key) => !kept.includes(key))).toEqual([]);
    const next = await openNewsPage(session, server);
    const again = await openReaderPopup(session, next);
    expect(await again.$eval('article h1', (el) => el.textContent)).toContain('Marines Deployed');
    await closeQuietly(again);
    await next.close();
  });

  it('after an update, a page still showing the old reader gets a working Folio and one reader', async () => {
    const page = await openNewsPage(session, server);
    await page.evaluate(() => window.scrollTo(0, 500));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await openReaderPopup(session, page);
    await popup.click('.reader-toggle');
    await readerFrame(page);
    await closeQuietly(popup);

    // The update: Chromium loads the extension again from its folder (same id, new context).
    await session.browser.installExtension(DIST_CHROME);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const fresh = await openReaderPopup(session, page);
    expect(await fresh.$eval('article h1', (el) => el.textContent)).toContain('Marines Deployed');
    await fresh.click('.reader-toggle');
    await until(
      () => fresh.$eval('.reader-toggle', (el) => el.getAttribute('aria-pressed') === 'true'),
      'on',
    );
    expect(await page.evaluate(() => document.querySelectorAll('folio-reader').length)).toBe(1);
    await fresh.click('.reader-toggle');
    await until(
      () => page.evaluate(() => document.querySelectorAll('folio-reader').length === 0),
      'reader off',
    );
    // The page is as it was before the old reader covered it, scroll included.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(500);
    await closeQuietly(fresh);
    await page.close();
  });

  it('IndexedDB refused (as Firefox does when it never remembers history): a clear sentence, the list intact', async () => {
    const page = await openNewsPage(session, server);
    const popup = await openReaderPopup(session, page);
    await popup.click('.save-button');
    await until(() => popup.$eval('.save-button', (el) => /Saved/.test(el.textContent ?? '')), 'saved');
    await closeQuietly(popup);

    // From now on every IndexedDB open fails the way Firefox's does, in the worker and in the list page.
    // (Connections already open fail too: every transaction throws the same error.)
    const refuse = () => {
      const fail = () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      };
      IDBFactory.prototype.open = fail;
      IDBDatabase.prototype.transaction = fail;
    };
    const worker = await (await session.browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
    await worker!.evaluate(refuse);

    const other = await session.browser.newPage();
    await other.goto(server.url('/pages/long-article.html'), { waitUntil: 'load' });
    const second = await openReaderPopup(session, other);
    await second.click('.save-button');
    const notice = await until(
      () => second.$eval('.notice', (el) => el.textContent ?? '').catch(() => ''),
      'notice',
    );
    expect(notice).toMatch(
      /cannot keep offline copies here.*Never remember history.*Your reading list is unchanged/,
    );
    await closeQuietly(second);

    const list = await session.browser.newPage();
    await list.evaluateOnNewDocument(refuse);
    await list.goto(`chrome-extension://${session.extensionId}/src/list/index.html`, { waitUntil: 'load' });
    const titles = await until(
      () => list.$$eval('.entry .entry-title', (els) => els.map((el) => el.textContent ?? '')),
      'the list',
    );
    expect(titles.some((t) => t.includes('Marines Deployed'))).toBe(true);
    expect(titles.some((t) => t.includes('A very long report'))).toBe(false);
    await list.close();
    await other.close();
    await page.close();
  });
});
