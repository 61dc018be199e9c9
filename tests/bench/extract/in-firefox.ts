/**
 * The same two engines timed in Firefox ESR, the content script's engine
 * there, over WebDriver BiDi. The blank page comes from a local server that
 * makes it cross-origin isolated: Firefox's timer then counts in 20 µs steps
 * instead of whole milliseconds.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer from 'puppeteer-core';
import { FIREFOX } from '../../e2e/support/paths';
import {
  fastestOverLaunches,
  harnessScript,
  timePagesInTab,
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
  const harness = await harnessScript();
  const server = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    response.end('<!doctype html><title>Folio extraction bench</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await fastestOverLaunches(launches, runs, async () => {
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        protocol: 'webDriverBiDi',
      });
      try {
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${port}/`);
        if (!(await page.evaluate('crossOriginIsolated')))
          throw new Error('The bench page is not cross-origin isolated: timings would be coarse');
        return {
          version: await browser.version(),
          results: await timePagesInTab(page, pages, runs, harness),
        };
      } finally {
        await browser.close();
      }
    });
  } finally {
    server.close();
  }
}
