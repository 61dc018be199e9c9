/**
 * Large pages in Firefox. Pages saved whole, their pictures inline at 2 MB
 * each (Readability's repeated search of a short page took seconds with them
 * in it): the popup shows the article with every picture whole, also a short
 * note shown anyway, and Save for later keeps it. A page of more elements
 * than Folio reads unasked: the popup says so, and shows it anyway when asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openExtensionPage, poll, tabIdOf, type FirefoxSession } from './support/firefox';
import {
  FULL_PATH,
  SHORT_PATH,
  VERY_LARGE_PATH,
  articlePictures,
  largePageRoutes,
  picture,
} from './support/large-pages';
import { startFixtureServer, type FixtureServer } from './support/server';

let session: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(largePageRoutes);
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Clicks "Show anyway" in the popup once it is there (in the popup; true once clicked). */
function clickShowAnyway(): boolean {
  const button = Array.from(document.querySelectorAll('button')).find(
    (b) => b.textContent?.trim() === 'Show anyway',
  );
  button?.click();
  return Boolean(button);
}

/** The popup page for the tab showing `path`. */
async function popupFor(path: string) {
  const url = server.url(path);
  const page = await session.browser.newPage();
  await page.goto(url);
  const popup = await openExtensionPage(session, `src/popup/index.html?tab=${await tabIdOf(session, url)}`);
  return { page, popup };
}

describe('Firefox: large pages', () => {
  it('the popup shows the article with every picture whole, and saves it', async () => {
    const { page, popup } = await popupFor(FULL_PATH);
    const pictures = await poll(popup, articlePictures, 15_000);
    expect(pictures).toEqual([0, 1, 2].map(picture));
    await popup.evaluate(() => (document.querySelector('.save-button') as HTMLElement).click());
    await poll(popup, () => /Saved/.test(document.querySelector('.save-button')?.textContent ?? ''), 15_000);
    await popup.close();
    await page.close();
  });

  it('a short note, shown anyway: its pictures whole', async () => {
    const { page, popup } = await popupFor(SHORT_PATH);
    await poll(popup, clickShowAnyway, 15_000);
    const pictures = await poll(popup, articlePictures, 15_000);
    expect(pictures).toEqual([0, 1, 2].map(picture));
    await popup.close();
    await page.close();
  });

  it('a very large page: the popup says it may take time, and shows it anyway', async () => {
    const { page, popup } = await popupFor(VERY_LARGE_PATH);
    const sentence = await poll(popup, () => document.querySelector('[role=alert]')?.textContent, 15_000);
    expect(sentence).toBe('This page is very large: Folio may take several seconds to read it.');
    await poll(popup, clickShowAnyway, 15_000);
    const text = await poll(popup, () => document.querySelector('article')?.textContent, 15_000);
    expect(text).toContain('Paragraph 1999 of a very long report');
    await popup.close();
    await page.close();
  });
});
