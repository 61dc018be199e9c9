/**
 * The same two engines timed in Firefox ESR, the content script's engine
 * there, over WebDriver BiDi. Request interception is CDP's, so the blank
 * page comes from a local server that sends the isolating headers: Firefox's
 * timer then counts in tens of microseconds instead of whole milliseconds.
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { FIREFOX } from '../../e2e/support/paths';
import { serveBlank, timeInBrowsers, type BrowserPage, type BrowserRun } from './in-browser';

/** Times every page in Firefox, fastest over `launches` browsers; null when Firefox is not installed. */
export async function timeInFirefox(
  pages: readonly BrowserPage[],
  runs: number,
  launches = 3,
): Promise<BrowserRun | null> {
  if (!existsSync(FIREFOX)) return null;
  const { url, server } = await serveBlank();
  try {
    return await timeInBrowsers(
      pages,
      runs,
      launches,
      () =>
        puppeteer.launch({
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          protocol: 'webDriverBiDi',
        }),
      async (browser) => {
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      },
    );
  } finally {
    server.close();
  }
}
