import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbarButton, launchChromium, type ChromiumSession } from './support/chromium';
import { closedPortUrl, startFixtureServer, type FixtureServer } from './support/server';

let session: ChromiumSession;
let server: FixtureServer;
let refusedUrl: string;

beforeAll(async () => {
  server = await startFixtureServer();
  refusedUrl = await closedPortUrl('/story.html');
  // The store's host name resolves to the fixture server: offline, its real address would end on
  // an error page whose address Chromium does not always report, and the test would depend on it.
  session = await launchChromium(undefined, {
    args: ['--host-resolver-rules=MAP chromewebstore.google.com 127.0.0.1'],
  });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openTab(url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

describe('Chromium: the toolbar popup', () => {
  it('shows the article of the local news page inside <article>', async () => {
    const page = await openTab(server.url('/seed-news/source.html'));
    const popup = await clickToolbarButton(session, page);
    await popup.waitForSelector('article', { timeout: 10_000 });
    const text = await popup.$eval('article', (el) => el.textContent ?? '');
    expect(text).toContain('Marines Deployed to Southern Border');
    expect(text).toContain('the United States Marine Corps has deployed forces');
    expect(text).toContain('the world is watching closely');
    // The popup must not carry page scripts or frames.
    expect(await popup.$$eval('article script, article iframe', (els) => els.length)).toBe(0);
    await popup.close();
    await page.close();
  });

  // Places where browsers do not let extensions run: a sentence, never a blank popup.
  it.each([
    [
      'a browser page',
      () => 'chrome://version',
      /browsers do not let extensions run on the browser’s own pages/,
    ],
    ['about:blank', () => 'about:blank', /pages they protect/],
    // Chromium hides the address of its error page: the general sentence, which names error pages.
    [
      'a page that did not load',
      () => refusedUrl,
      /pages they protect, such as their own pages, error pages/,
    ],
    ['a page source', () => `view-source:${server.url('/pages/not-article.html')}`, /pages they protect/],
    ['the PDF viewer', () => server.url('/pages/document.pdf'), /PDF documents/],
    [
      'an extension store',
      () => `http://chromewebstore.google.com:${new URL(server.url('/')).port}/pages/not-article.html`,
      /extension stores/,
    ],
  ])('says clearly that it cannot run on %s', async (_name, url, sentence) => {
    const page = await session.browser.newPage();
    await page.goto(url()).catch(() => undefined);
    const popup = await clickToolbarButton(session, page);
    await popup.waitForSelector('[role=alert]', { timeout: 10_000 });
    const message = await popup.$eval('[role=alert]', (el) => el.textContent ?? '');
    expect(message).toMatch(/^Folio cannot read this page/);
    expect(message).toMatch(sentence);
    expect(await popup.$('article')).toBeNull();
    await popup.close();
    await page.close();
  });

  it('says so when a page is not an article', async () => {
    const page = await openTab(server.url('/pages/not-article.html'));
    const popup = await clickToolbarButton(session, page);
    await popup.waitForSelector('[role=alert]', { timeout: 10_000 });
    expect(await popup.$eval('[role=alert]', (el) => el.textContent ?? '')).toMatch(
      /does not look like an article/i,
    );
    // Reading it again forced could help here, so it is offered.
    expect(await popup.$$eval('button', (buttons) => buttons.map((b) => b.textContent))).toContain(
      'Show anyway',
    );
    await popup.close();
    await page.close();
  });
});
