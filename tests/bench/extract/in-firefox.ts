/**
 * The same two engines timed in Firefox ESR, the content script's engine
 * there, over WebDriver BiDi. Request interception is CDP's, so the blank
 * page comes from a local server that sends the isolating headers: Firefox's
 * timer then counts in tens of microseconds instead of whole milliseconds.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer from 'puppeteer-core';
import { FIREFOX } from '../../e2e/support/paths';
import {
  BLANK_PAGE,
  ISOLATING_HEADERS,
  timeInBrowsers,
  type BrowserPage,
  type BrowserRun,
} from './in-browser';

/** Times every page in Firefox, fastest over `launches` browsers; null when Firefox is not installed. */
export async function timeInFirefox(
  pages: readonly BrowserPage[],
  runs: number,
  launches = 3,
): Promise<BrowserRun | null> {
  if (!existsSync(FIREFOX)) return null;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html', ...ISOLATING_HEADERS });
    response.end(BLANK_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
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
        await page.goto(`http://127.0.0.1:${port}/`);
        return page;
      },
    );
  } finally {
    server.close();
  }
}
