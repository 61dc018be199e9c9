import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefox,
  openExtensionPage,
  poll,
  tabIdOf as tabIdIn,
  type FirefoxSession,
} from './support/firefox';
import { closedPortUrl, startFixtureServer, type FixtureServer } from './support/server';

let session: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Id of the tab showing `url`. */
const tabIdOf = (url: string): Promise<number> => tabIdIn(session, url);

describe('Firefox: the popup page', () => {
  it('shows the article of the local news page inside <article>', async () => {
    const url = server.url('/seed-news/source.html');
    const page = await session.browser.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(url);
    const popup = await openExtensionPage(session, `src/popup/index.html?tab=${tabId}`);
    const text = await poll(popup, () => document.querySelector('article')?.textContent ?? '', 15_000);
    expect(text).toContain('Marines Deployed to Southern Border');
    expect(text).toContain('the United States Marine Corps has deployed forces');
    expect(
      await popup.evaluate(() => document.querySelectorAll('article script, article iframe').length),
    ).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says so when a page is not an article', async () => {
    const url = server.url('/pages/not-article.html');
    const page = await session.browser.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(url);
    const popup = await openExtensionPage(session, `src/popup/index.html?tab=${tabId}`);
    const message = await poll(
      popup,
      () => document.querySelector('[role=alert]')?.textContent ?? '',
      15_000,
    );
    expect(message).toMatch(/does not look like an article/i);
    // Reading it again forced could help here, so it is offered.
    expect(await popup.$$eval('button', (buttons) => buttons.map((b) => b.textContent))).toContain(
      'Show anyway',
    );
    await popup.close();
    await page.close();
  });

  it('on a page that did not load, says so and what to do', async () => {
    const url = await closedPortUrl('/story.html');
    const page = await session.browser.newPage();
    await page.goto(url).catch(() => undefined); // the connection is refused: Firefox's error page
    const tabId = await tabIdOf(url);
    const popup = await openExtensionPage(session, `src/popup/index.html?tab=${tabId}`);
    const message = await poll(
      popup,
      () => document.querySelector('[role=alert]')?.textContent ?? '',
      15_000,
    );
    expect(message).toMatch(
      /^Folio cannot read this page: .*If the page did not load, reload it and try again/,
    );
    expect(await popup.$('article')).toBeNull();
    await popup.close();
    await page.close();
  });
});
