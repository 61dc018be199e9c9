/**
 * What the Chromium and Firefox timings share: the harness bundled once, a
 * blank cross-origin-isolated tab (a finer timer), every page timed in it,
 * and the fastest time per page and engine kept over several fresh browsers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { bundleIife } from '../../support/bundle-iife';
import type { BrowserTiming } from './browser-harness';

export interface BrowserPage {
  html: string;
  url: string;
  force: boolean;
}

export interface BrowserRun {
  version: string;
  results: BrowserTiming[];
  launches: number;
  runs: number;
  /** The smallest step of `performance.now()` seen in the tab, in µs. */
  timerStepUs: number;
}

/** Response headers that make the blank page cross-origin isolated, and the page itself. */
export const ISOLATING_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
export const BLANK_PAGE = '<!doctype html><title>Folio extraction bench</title>';

/** A local server that answers every request with the blank, cross-origin-isolated page. */
export async function serveBlank(): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html', ...ISOLATING_HEADERS });
    response.end(BLANK_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** Throws unless `page` is cross-origin isolated: elsewhere the timer is too coarse for 3 ms pages. */
export async function assertIsolated(page: Page): Promise<void> {
  if (!(await page.evaluate('crossOriginIsolated')))
    throw new Error('The bench page is not cross-origin isolated: timings would be coarse');
}

/** The smallest step `performance.now()` takes in `page`, in µs. */
export function timerStep(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    let step = Infinity;
    let last = performance.now();
    for (let i = 0; i < 200000; i++) {
      const now = performance.now();
      if (now !== last) step = Math.min(step, now - last);
      last = now;
    }
    return Math.round(step * 1000);
  })()`) as Promise<number>;
}

/**
 * The browser-side code as two scripts, evaluated in this order: plain
 * Readability alone, then Folio with the timing code (browser-harness.ts).
 * Each engine has its own copy of Readability's code (see plain-readability-harness.ts).
 */
export async function harnessScripts(): Promise<string[]> {
  const entries = ['./plain-readability-harness.ts', './browser-harness.ts'];
  return Promise.all(entries.map((entry) => bundleIife(fileURLToPath(new URL(entry, import.meta.url)))));
}

/** Both engines on `p` in `page`, where the harness scripts were evaluated: the fastest of `runs` each. */
export function timeBothInPage(page: Page, p: BrowserPage, runs: number): Promise<BrowserTiming> {
  // A string, not a function: bundlers would wrap a function's helpers in names the page lacks.
  return page.evaluate(
    `globalThis.folioTimeBoth(${JSON.stringify(p.html)}, ${JSON.stringify(p.url)}, ${runs}, ${p.force})`,
  ) as Promise<BrowserTiming>;
}

/** Times every page in `page` (a blank, cross-origin-isolated tab), after a short warm-up. */
async function timePagesInTab(
  page: Page,
  pages: readonly BrowserPage[],
  runs: number,
  harness: readonly string[],
): Promise<BrowserTiming[]> {
  for (const script of harness) await page.evaluate(script);
  const call = (p: BrowserPage, n: number) => timeBothInPage(page, p, n);
  // Warm-up: the first runs compile both engines.
  for (const p of pages.slice(0, 5)) await call(p, 2);
  const results: BrowserTiming[] = [];
  for (const p of pages) results.push(await call(p, runs));
  return results;
}

/**
 * Times every page in `launches` fresh browsers from `launch`, each on the
 * blank tab `openBlank` opens (checked to be cross-origin isolated), and
 * keeps each page's fastest time per engine: how well the JIT compiles either
 * engine varies from one launch to the next (the ratio of medians moved
 * between 1.66× and 1.88× over single Chromium launches), and the fastest
 * time over several launches does not.
 */
export async function timeInBrowsers(
  pages: readonly BrowserPage[],
  runs: number,
  launches: number,
  launch: () => Promise<Browser>,
  openBlank: (browser: Browser) => Promise<Page>,
): Promise<BrowserRun> {
  const harness = await harnessScripts();
  let run: BrowserRun | null = null;
  for (let i = 0; i < launches; i++) {
    const browser = await launch();
    try {
      const page = await openBlank(browser);
      await assertIsolated(page);
      const step = await timerStep(page);
      const results = await timePagesInTab(page, pages, runs, harness);
      if (!run) {
        run = { version: await browser.version(), results, launches, runs, timerStepUs: step };
        continue;
      }
      run.timerStepUs = Math.min(run.timerStepUs, step);
      results.forEach((r, k) => {
        run!.results[k]!.folioMs = Math.min(run!.results[k]!.folioMs, r.folioMs);
        run!.results[k]!.readabilityMs = Math.min(run!.results[k]!.readabilityMs, r.readabilityMs);
        run!.results[k]!.sanitizedMs = Math.min(run!.results[k]!.sanitizedMs, r.sanitizedMs);
      });
    } finally {
      await browser.close();
    }
  }
  if (!run) throw new Error('No browser launch to time the pages in');
  return run;
}
