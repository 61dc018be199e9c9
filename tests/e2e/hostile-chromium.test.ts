/**
 * The hostile corpus (issue 6) in Chromium: each page of published XSS
 * vectors is read through the real toolbar click and shown in the popup, in
 * reader mode on the page, saved, and shown again from the reading list and
 * as an offline copy. No payload may run in any of Folio's views: the
 * callback server must see nothing, no payload may flag itself, and the
 * rendered DOM must hold no script, handler, frame or dangerous URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { callbackHits, HOSTILE_PAGES, inspectView, startHostileServer } from './support/hostile';
import { closeQuietly, openReaderPopup, readerFrame } from './support/reader-page';
import { bg, until } from './support/reading-list';
import type { FixtureServer } from './support/server';

let session: ChromiumSession;
let server: FixtureServer;
const saved: Array<{ slug: string; id: string }> = [];

beforeAll(async () => {
  server = await startHostileServer();
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const extensionPage = async (path: string) => {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`, { waitUntil: 'load' });
  return page;
};

describe(`Chromium: ${HOSTILE_PAGES.length} hostile article pages`, () => {
  it('the page itself, under its own CSP, reaches no callback (so any hit is Folio’s)', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/hostile/all.html'), { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(callbackHits(server)).toEqual([]);
    // The inspector sees the vectors in the raw page: a clean view below means something.
    expect((await inspectView(page, 'article')).danger.length).toBeGreaterThan(40);
    await page.close();
  });

  for (const hostile of HOSTILE_PAGES) {
    it(`${hostile.slug} (${hostile.vectors.length} vectors): popup and reader mode stay inert; saved`, async () => {
      const page = await session.browser.newPage();
      await page.goto(server.url(`/hostile/${hostile.slug}.html`), { waitUntil: 'load' });
      const popup = await openReaderPopup(session, page);
      expect(await popup.$eval('article', (el) => el.textContent ?? '')).toContain('water treatment plant');
      expect(await inspectView(popup, null)).toEqual({ danger: [], pwned: [] });

      await popup.click('.reader-toggle');
      const frame = await readerFrame(page);
      expect(await inspectView(frame, null)).toEqual({ danger: [], pwned: [] });

      await popup.click('.save-button');
      await until(() => popup.$eval('.save-button', (el) => /Saved/.test(el.textContent ?? '')), 'saved');
      const entry = await bg<{ id: string } | null>(popup, 'bg/saved-entry', { url: page.url() });
      saved.push({ slug: hostile.slug, id: entry!.id });
      await closeQuietly(popup);
      await page.close();
    });
  }

  it('the reading list and every offline copy stay inert', async () => {
    expect(saved).toHaveLength(HOSTILE_PAGES.length);
    const list = await extensionPage('src/list/index.html');
    await until(() => list.$$eval('.entry', (rows) => rows.length >= 1), 'list rows');
    expect(await inspectView(list, null)).toEqual({ danger: [], pwned: [] });
    await list.close();
    for (const { id } of saved) {
      const reader = await extensionPage(`src/reader/index.html?saved=${id}`);
      await until(
        () => reader.$eval('article', (el) => (el.textContent ?? '').includes('water treatment')),
        'copy',
      );
      expect(await inspectView(reader, null)).toEqual({ danger: [], pwned: [] });
      await reader.close();
    }
  });

  it('no payload reached the callback server from any view', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(callbackHits(server)).toEqual([]);
  });
});
