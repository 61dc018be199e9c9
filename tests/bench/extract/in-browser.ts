/**
 * What the Chromium and Firefox timings share: the harness bundled once,
 * every page timed in one tab, and the fastest time per page and engine
 * kept over several fresh browsers.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
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
}

/** Both engines with the browser-side timing code (browser-harness.ts), as one script. */
export function harnessScript(): Promise<string> {
  return bundleIife(fileURLToPath(new URL('./browser-harness.ts', import.meta.url)));
}

/** Times every page in `page` (a blank, cross-origin-isolated tab), after a short warm-up. */
export async function timePagesInTab(
  page: Page,
  pages: readonly BrowserPage[],
  runs: number,
  harness: string,
): Promise<BrowserTiming[]> {
  await page.evaluate(harness);
  // A string, not a function: bundlers would wrap a function's helpers in names the page lacks.
  const call = (p: BrowserPage, n: number) =>
    page.evaluate(
      `globalThis.folioTimeBoth(${JSON.stringify(p.html)}, ${JSON.stringify(p.url)}, ${n}, ${p.force})`,
    ) as Promise<BrowserTiming>;
  // Warm-up: the first runs compile both engines.
  for (const p of pages.slice(0, 5)) await call(p, 2);
  const results: BrowserTiming[] = [];
  for (const p of pages) results.push(await call(p, runs));
  return results;
}

/**
 * Each page's fastest time per engine over `launches` fresh browsers: how
 * well the JIT compiles either engine varies from one launch to the next
 * (the ratio of medians moved between 1.66× and 1.88× over single Chromium
 * launches), and the fastest time over several launches does not.
 */
export async function fastestOverLaunches(
  launches: number,
  runs: number,
  once: () => Promise<{ version: string; results: BrowserTiming[] }>,
): Promise<BrowserRun> {
  const first = await once();
  const results = first.results;
  for (let i = 1; i < launches; i++) {
    const again = await once();
    again.results.forEach((r, k) => {
      results[k]!.folioMs = Math.min(results[k]!.folioMs, r.folioMs);
      results[k]!.readabilityMs = Math.min(results[k]!.readabilityMs, r.readabilityMs);
    });
  }
  return { version: first.version, results, launches, runs };
}
