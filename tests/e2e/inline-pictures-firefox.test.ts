/**
 * Pages saved whole, their pictures inline at 2 MB each, in Firefox (where
 * Readability's repeated search of a short page took seconds with them in
 * it): the popup shows the article with every picture whole, also a short
 * note shown anyway, and Save for later keeps it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openExtensionPage, poll, tabIdOf, type FirefoxSession } from './support/firefox';
import {
  FULL_PATH,
  SHORT_PATH,
  articlePictures,
  inlinePictureRoutes,
  picture,
} from './support/inline-pictures';
import { startFixtureServer, type FixtureServer } from './support/server';

let session: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(inlinePictureRoutes);
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The popup page for the tab showing `path`. */
async function popupFor(path: string) {
  const url = server.url(path);
  const page = await session.browser.newPage();
  await page.goto(url);
  const popup = await openExtensionPage(session, `src/popup/index.html?tab=${await tabIdOf(session, url)}`);
  return { page, popup };
}

describe('Firefox: pages with megabytes of inline pictures', () => {
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
    await poll(
      popup,
      () => {
        const button = Array.from(document.querySelectorAll('button')).find(
          (b) => b.textContent?.trim() === 'Show anyway',
        );
        button?.click();
        return Boolean(button);
      },
      15_000,
    );
    const pictures = await poll(popup, articlePictures, 15_000);
    expect(pictures).toEqual([0, 1, 2].map(picture));
    await popup.close();
    await page.close();
  });
});
