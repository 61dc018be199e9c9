/**
 * The hostile corpus (issue 6) in Firefox ESR: each page of published XSS
 * vectors is shown in the popup page, in reader mode on the page, saved, and
 * shown again from the reading list and as an offline copy. As in Chromium:
 * no callback hit, no payload flag, no dangerous DOM in any Folio view.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxReaderFrame,
  launchFirefox,
  openExtensionPage,
  poll,
  type FirefoxSession,
} from './support/firefox';
import { callbackHits, HOSTILE_PAGES, inspectView, startHostileServer } from './support/hostile';
import { bg } from './support/reading-list';
import type { FixtureServer } from './support/server';

let session: FirefoxSession;
let server: FixtureServer;
const saved: string[] = [];

beforeAll(async () => {
  server = await startHostileServer();
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function tabIdOf(probe: Page, url: string): Promise<number> {
  return probe.evaluate(async (wanted) => {
    type Tabs = { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } };
    const tabs = await (globalThis as unknown as { browser: Tabs }).browser.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? 0;
  }, url);
}

describe(`Firefox: ${HOSTILE_PAGES.length} hostile article pages`, () => {
  for (const hostile of HOSTILE_PAGES) {
    it(`${hostile.slug} (${hostile.vectors.length} vectors): popup and reader mode stay inert; saved`, async () => {
      const page = await session.browser.newPage();
      await page.goto(server.url(`/hostile/${hostile.slug}.html`));
      const probe = await openExtensionPage(session, 'src/popup/index.html?tab=-1');
      const tabId = await tabIdOf(probe, page.url());
      await probe.close();
      const popup = await openExtensionPage(session, `src/popup/index.html?tab=${tabId}`);
      await poll(
        popup,
        () => document.querySelector('article')?.textContent?.includes('water treatment'),
        15_000,
      );
      expect(await inspectView(popup, null)).toEqual({ danger: [], pwned: [] });

      await popup.evaluate(() => (document.querySelector('.reader-toggle') as HTMLElement).click());
      const frame = await firefoxReaderFrame(page);
      expect(await inspectView(frame, null)).toEqual({ danger: [], pwned: [] });

      await popup.evaluate(() => (document.querySelector('.save-button') as HTMLElement).click());
      await poll(popup, () => /Saved/.test(document.querySelector('.save-button')?.textContent ?? ''));
      const entry = await bg<{ id: string } | null>(popup, 'bg/saved-entry', { url: page.url() });
      saved.push(entry!.id);
      await popup.close();
      await page.close();
    });
  }

  it('the reading list and every offline copy stay inert', async () => {
    expect(saved).toHaveLength(HOSTILE_PAGES.length);
    const list = await openExtensionPage(session, 'src/list/index.html');
    await poll(list, () => document.querySelectorAll('.entry').length >= 1, 15_000);
    expect(await inspectView(list, null)).toEqual({ danger: [], pwned: [] });
    await list.close();
    for (const id of saved) {
      const reader = await openExtensionPage(session, `src/reader/index.html?saved=${id}`);
      await poll(
        reader,
        () => document.querySelector('article')?.textContent?.includes('water treatment'),
        15_000,
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
