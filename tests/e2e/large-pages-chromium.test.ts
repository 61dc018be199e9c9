/**
 * Large pages in Chromium. Pages saved whole, their pictures inline at 2 MB
 * each: the popup shows the article with every picture whole (also a short
 * note shown anyway, which Readability searches again from a copy of the
 * page), and Save for later keeps it. A page of more elements than Folio
 * reads unasked: the popup says so, and shows it anyway when asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launchChromium, type ChromiumSession } from './support/chromium';
import {
  FULL_PATH,
  SHORT_PATH,
  VERY_LARGE_PATH,
  articlePictures,
  largePageRoutes,
  picture,
} from './support/large-pages';
import { closeQuietly } from './support/reader-page';
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

describe('Chromium: large pages', () => {
  it('the popup shows the article with every picture whole, and saves it', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url(FULL_PATH), { waitUntil: 'load' });
    const popup = await clickToolbarButton(session, page);
    const pictures = await until(() => popup.evaluate(articlePictures), 'the article');
    expect(pictures).toEqual([0, 1, 2].map(picture));
    await popup.click('.save-button');
    await until(() => popup.$eval('.save-button', (el) => /Saved/.test(el.textContent ?? '')), 'saved');
    await closeQuietly(popup);
    await page.close();
  });

  it('a short note, shown anyway: its pictures whole', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url(SHORT_PATH), { waitUntil: 'load' });
    const popup = await clickToolbarButton(session, page);
    const showAnyway = await until(
      () => popup.$('xpath/.//button[normalize-space()="Show anyway"]'),
      'the "Show anyway" button',
    );
    await showAnyway!.click();
    const pictures = await until(() => popup.evaluate(articlePictures), 'the article shown anyway');
    expect(pictures).toEqual([0, 1, 2].map(picture));
    await closeQuietly(popup);
    await page.close();
  });

  it('a very large page: the popup says it may take time, and shows it anyway', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url(VERY_LARGE_PATH), { waitUntil: 'load' });
    const popup = await clickToolbarButton(session, page);
    const sentence = await until(
      () => popup.$eval('[role=alert]', (el) => el.textContent).catch(() => null),
      'the sentence',
    );
    expect(sentence).toBe('This page is very large: Folio may take several seconds to read it.');
    const showAnyway = await until(
      () => popup.$('xpath/.//button[normalize-space()="Show anyway"]'),
      'the "Show anyway" button',
    );
    await showAnyway!.click();
    const text = await until(
      () => popup.$eval('article', (el) => el.textContent).catch(() => null),
      'the article shown anyway',
    );
    expect(text).toContain('Paragraph 1999 of a very long report');
    await closeQuietly(popup);
    await page.close();
  });
});
