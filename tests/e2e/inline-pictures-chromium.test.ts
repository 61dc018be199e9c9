/**
 * Pages saved whole, their pictures inline at 2 MB each, in Chromium: the
 * popup shows the article with every picture whole (also a short note shown
 * anyway, which Readability searches again from a copy of the page), and
 * Save for later keeps it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launchChromium, type ChromiumSession } from './support/chromium';
import {
  FULL_PATH,
  SHORT_PATH,
  articlePictures,
  inlinePictureRoutes,
  picture,
} from './support/inline-pictures';
import { closeQuietly } from './support/reader-page';
import { until } from './support/reading-list';
import { startFixtureServer, type FixtureServer } from './support/server';

let session: ChromiumSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(inlinePictureRoutes);
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium: pages with megabytes of inline pictures', () => {
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
});
