/**
 * The same two engines timed in Chromium, the browser the content script
 * runs in: jsdom's DOM is slower than a browser's in ways that do not fall
 * evenly on the two engines (DOMPurify's parse and serialization most of all),
 * so the ratio that matters to a reader is the one measured here.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Page } from 'puppeteer-core';
import { bundleIife } from '../../support/bundle-iife';
import { CHROMIUM } from '../../e2e/support/paths';
import type { BrowserTiming } from './browser-harness';

export interface BrowserPage {
  html: string;
  url: string;
  force: boolean;
}

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

/**
 * Times every page in Chromium; null when Chromium is not installed. Each
 * page counts its fastest time per engine over `launches` fresh browsers of
 * `runs` runs each: how well the JIT compiles either engine varies from one
 * launch to the next (the ratio of medians moved between 1.66× and 1.88× over
 * single launches), and the fastest time over several launches does not.
 */
export async function timeInChromium(
  pages: readonly BrowserPage[],
  runs: number,
  launches = 3,
): Promise<{ version: string; results: BrowserTiming[]; launches: number; runs: number } | null> {
  if (!existsSync(CHROMIUM)) return null;
  const harness = await bundleIife(fileURLToPath(new URL('./browser-harness.ts', import.meta.url)));
  const first = await timeInOneLaunch(pages, runs, harness);
  const results = first.results;
  for (let i = 1; i < launches; i++) {
    const again = await timeInOneLaunch(pages, runs, harness);
    again.results.forEach((r, k) => {
      results[k]!.folioMs = Math.min(results[k]!.folioMs, r.folioMs);
      results[k]!.readabilityMs = Math.min(results[k]!.readabilityMs, r.readabilityMs);
    });
  }
  return { version: first.version, results, launches, runs };
}

/** Times every page in one tab of one Chromium. */
async function timeInOneLaunch(
  pages: readonly BrowserPage[],
  runs: number,
  harness: string,
): Promise<{ version: string; results: BrowserTiming[] }> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await isolate(page);
    await page.evaluate(harness);
    const call = (p: BrowserPage, n: number) =>
      page.evaluate(
        (html, url, n, force) =>
          (
            globalThis as unknown as {
              folioTimeBoth(h: string, u: string, n: number, f: boolean): BrowserTiming;
            }
          ).folioTimeBoth(html, url, n, force),
        p.html,
        p.url,
        n,
        p.force,
      );
    // Warm-up: the first runs compile both engines.
    for (const p of pages.slice(0, 5)) await call(p, 2);
    const results: BrowserTiming[] = [];
    for (const p of pages) results.push(await call(p, runs));
    return { version: await browser.version(), results };
  } finally {
    await browser.close();
  }
}
