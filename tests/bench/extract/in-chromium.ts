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
  fastestOverLaunches,
  harnessScript,
  timePagesInTab,
  type BrowserPage,
  type BrowserRun,
} from './in-browser';

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
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
      body: '<!doctype html><title>Folio extraction bench</title>',
    }),
  );
  await page.goto('http://bench.localhost/');
  const isolated = await page.evaluate(() => crossOriginIsolated);
  if (!isolated) throw new Error('The bench page is not cross-origin isolated: timings would be coarse');
}

/** Times every page in Chromium, fastest over `launches` browsers; null when Chromium is not installed. */
export async function timeInChromium(
  pages: readonly BrowserPage[],
  runs: number,
  launches = 3,
): Promise<BrowserRun | null> {
  if (!existsSync(CHROMIUM)) return null;
  const harness = await harnessScript();
  return fastestOverLaunches(launches, runs, async () => {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      await isolate(page);
      return { version: await browser.version(), results: await timePagesInTab(page, pages, runs, harness) };
    } finally {
      await browser.close();
    }
  });
}
