/**
 * The same two engines timed in Chromium, the browser the content script
 * runs in: jsdom's DOM is slower than a browser's in ways that do not fall
 * evenly on the two engines (DOMPurify's parse and serialization most of all),
 * so the ratio that matters to a reader is the one measured here.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM } from '../../e2e/support/paths';
import {
  assertIsolated,
  BLANK_PAGE,
  ISOLATING_HEADERS,
  timeInBrowsers,
  type BrowserPage,
  type BrowserRun,
} from './in-browser';

/** Chromium's flags for the bench: no sandbox (containers), GPU, first-run screens or background requests. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

/**
 * Opens a blank page that is cross-origin isolated: there `performance.now()`
 * counts in 5 µs steps instead of 100 µs, which on pages that take 3 ms
 * was a few percent of either engine's time.
 */
export async function isolate(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.respond({
      status: 200,
      contentType: 'text/html',
      headers: ISOLATING_HEADERS,
      body: BLANK_PAGE,
    }),
  );
  await page.goto('http://bench.localhost/');
  await assertIsolated(page);
}

/** Times every page in Chromium, fastest over `launches` browsers; null when Chromium is not installed. */
export async function timeInChromium(
  pages: readonly BrowserPage[],
  runs: number,
  launches = 3,
): Promise<BrowserRun | null> {
  if (!existsSync(CHROMIUM)) return null;
  return timeInBrowsers(
    pages,
    runs,
    launches,
    () =>
      puppeteer.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
      }),
    async (browser) => {
      const page = await browser.newPage();
      await isolate(page);
      return page;
    },
  );
}
