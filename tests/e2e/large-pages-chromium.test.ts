/**
 * Large pages in Chromium. Pages saved whole, their pictures inline at 2 MB
 * each: the popup shows the article with every picture whole (also a short
 * note shown anyway, which Readability searches again from a copy of the
 * page), Save for later keeps it, and reader mode shows it. A page of more
 * elements than Folio reads unasked: the popup says so, and shows it anyway
 * when asked.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launchChromium, type ChromiumSession } from './support/chromium';
import {
  FULL_PATH,
  SHORT_PATH,
  VERY_LARGE_PATH,
  HEAVY_PATH,
  articlePictures,
  largePageRoutes,
  picture,
} from './support/large-pages';
import { closeQuietly, readerFrame } from './support/reader-page';
import { until } from './support/reading-list';
import { startFixtureServer, type FixtureServer } from './support/server';

let session: ChromiumSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(largePageRoutes);
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The page at `path` in a new tab, and the popup its toolbar button opens. */
async function popupFor(path: string): Promise<{ page: Page; popup: Page }> {
  const page = await session.browser.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  return { page, popup: await clickToolbarButton(session, page) };
}

/** Clicks "Show anyway" once the popup offers it. */
async function clickShowAnyway(popup: Page): Promise<void> {
  const button = await until(
    () => popup.$('xpath/.//button[normalize-space()="Show anyway"]'),
    'the "Show anyway" button',
  );
  await button!.click();
}

describe('Chromium: large pages', () => {
  it('the popup shows the article with every picture whole, and saves it', async () => {
    const { page, popup } = await popupFor(FULL_PATH);
    const pictures = await until(() => popup.evaluate(articlePictures), 'the article');
    expect(pictures).toEqual([0, 1, 2].map(picture));
    await popup.click('.save-button');
    await until(() => popup.$eval('.save-button', (el) => /Saved/.test(el.textContent ?? '')), 'saved');
    await closeQuietly(popup);
    await page.close();
  });

  it('a short note, shown anyway: its pictures whole', async () => {
    const { page, popup } = await popupFor(SHORT_PATH);
    await clickShowAnyway(popup);
    const pictures = await until(() => popup.evaluate(articlePictures), 'the article shown anyway');
    expect(pictures).toEqual([0, 1, 2].map(picture));
    await closeQuietly(popup);
    await page.close();
  });

  it('a very large page: the popup says it may take time, and shows it anyway', async () => {
    const { page, popup } = await popupFor(VERY_LARGE_PATH);
    const sentence = await until(
      () => popup.$eval('[role=alert]', (el) => el.textContent).catch(() => null),
      'the sentence',
    );
    expect(sentence).toBe('This page is very large: Folio may take several seconds to read it.');
    await clickShowAnyway(popup);
    const text = await until(
      () => popup.$eval('article', (el) => el.textContent).catch(() => null),
      'the article shown anyway',
    );
    expect(text).toContain('Paragraph 1999 of a very long report');
    await closeQuietly(popup);
    await page.close();
  });

  it('reader mode on a page saved whole of 12 MB, more than storage.session holds: every picture shown', async () => {
    const { page, popup } = await popupFor(HEAVY_PATH);
    await until(() => popup.evaluate(articlePictures), 'the article', 30_000);
    await popup.click('.reader-toggle');
    const frame = await readerFrame(page, 30_000);
    const pictures = await frame.evaluate(() =>
      Array.from(document.querySelectorAll('article img'), (img) => img.getAttribute('src') ?? ''),
    );
    expect(pictures).toEqual(Array.from({ length: 6 }, (_, k) => picture(k)));
    await closeQuietly(popup);
    await page.close();
  });
});
