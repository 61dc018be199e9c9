/**
 * Helpers for the reader tests: the expected paragraphs of the demo article,
 * and the reader frame inside a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { clickToolbarButton, type ChromiumSession } from './chromium';
import { ROOT } from './paths';
import type { FixtureServer } from './server';

/** The 8 paragraphs Folio must show for tests/fixtures/seed-news. */
export const SEED_PARAGRAPHS: string[] = readFileSync(
  join(ROOT, 'tests', 'fixtures', 'seed-news', 'expected-paragraphs.txt'),
  'utf8',
)
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

export const READER_PATH = '/src/reader/index.html?tab=';

/**
 * Waits until the reader frame in `page` is shown (not merely prepared hidden
 * while the popup is open) with an article (`readySelector`: a paragraph of it), and returns it.
 */
export async function readerFrame(
  page: Page,
  timeoutMs = 10_000,
  readySelector = 'article .article-body p',
): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes(READER_PATH));
    const shown = await page
      .evaluate(
        () => (document.querySelector('folio-reader') as HTMLElement | null)?.style.display === 'block',
      )
      .catch(() => false);
    if (frame && shown) {
      const ready = await frame
        .evaluate((selector) => Boolean(document.querySelector(selector)), readySelector)
        .catch(() => false);
      if (ready) return frame;
    }
    if (Date.now() > deadline) throw new Error('the reader frame did not show an article');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What the page itself sees of Folio's elements (a page script could see this much, no more). */
export function pageView(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('folio-reader');
    return {
      host: Boolean(host),
      // A closed shadow root: page scripts cannot reach the frame or its address.
      shadowReachable: Boolean(host?.shadowRoot),
      scrollY: Math.round(window.scrollY),
    };
  });
}

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Opens the demo article (tests/fixtures/seed-news) in a new tab. */
export async function openNewsPage(session: ChromiumSession, server: FixtureServer): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(server.url('/seed-news/source.html'), { waitUntil: 'load' });
  return page;
}

/** Clicks the toolbar button on `page` and waits for the popup to show the article. */
export async function openReaderPopup(session: ChromiumSession, page: Page): Promise<Page> {
  const popup = await clickToolbarButton(session, page);
  await popup.waitForSelector('article .article-body p', { timeout: 10_000 });
  return popup;
}

/** A popup closes by itself when the page takes the focus (as when a test clicks into the reader). */
export const closeQuietly = (popup: Page): Promise<void> => popup.close().catch(() => undefined);

/**
 * Presses Escape in the reader framed in `page` and waits until reader mode is off.
 *
 * Right after a popup closes, Chromium now and then drops a synthetic key
 * before it has handed the focus back to the page (twice in clean-clone CI
 * runs, once with the frame reporting `document.hasFocus()`). A listener put
 * in the reader frame records the keys it receives: if Escape reached the
 * reader and reader mode stayed on, that is Folio's bug and the test fails;
 * if the key never arrived, it is pressed once more.
 */
export async function leaveReaderWithEscape(page: Page, frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __folioKeys: string[] }).__folioKeys = seen;
    addEventListener('keydown', (event) => seen.push(event.key), { capture: true });
  });
  const closed = (timeout: number) =>
    page
      .waitForFunction(() => !document.querySelector('folio-reader'), { timeout })
      .then(
        () => true,
        () => false,
      );
  await page.keyboard.press('Escape');
  if (await closed(5_000)) return;
  const keys = await frame
    .evaluate(() => (window as unknown as { __folioKeys: string[] }).__folioKeys)
    .catch(() => null);
  if (keys?.includes('Escape')) throw new Error('the reader received Escape and stayed open');
  await page.keyboard.press('Escape');
  if (!(await closed(10_000)))
    throw new Error(`Escape did not leave the reader (keys seen: ${String(keys)})`);
}
