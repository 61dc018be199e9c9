/**
 * The extractor fuzz (issue 6) in a real browser engine: the time limit is
 * about the content script, which runs on the browser's DOM. (jsdom is no
 * stand-in here: its live collections read `length` by a linear name lookup,
 * so Readability's `Array.from(getElementsByTagName('img'))` turns quadratic
 * on a page with thousands of images, which browsers never do.)
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { bundleIife } from '../../support/bundle-iife';
import { fuzzSources, makeCase } from '../../support/fuzz';
import type { BrowserFuzzOutcome } from './fuzz-harness';

/** Extraction time limit per document (issue 3 and 6). */
export const LIMIT_MS = 2000;
/** Cases per browser in `npm test`; `npm run fuzz` sets FOLIO_FUZZ_COUNT (3,000 by default). */
export const COUNT = Number(process.env.FOLIO_FUZZ_COUNT ?? 100);
export const FIRST_SEED = Number(process.env.FOLIO_FUZZ_SEED ?? 1);

/** The harness (the extractor, DOMPurify, Readability) as one classic script. */
export function bundleHarness(): Promise<string> {
  return bundleIife(fileURLToPath(new URL('./fuzz-harness.ts', import.meta.url)));
}

export interface FuzzReport {
  cases: number;
  failures: string[];
  kinds: Record<string, number>;
  medianMs: number;
  maxMs: number;
  slowest: string;
}

/** Loads the harness into `page` (a blank tab) and runs `count` cases from `firstSeed`. */
export async function fuzzInPage(
  page: Page,
  harness: string,
  count = COUNT,
  firstSeed = FIRST_SEED,
): Promise<FuzzReport> {
  await page.evaluate(() => {
    document.body.innerHTML = '<main id="v"></main>';
  });
  await page.evaluate(harness);
  const sources = fuzzSources();
  const failures: string[] = [];
  const kinds: Record<string, number> = {};
  const times: number[] = [];
  let slowest = '';
  let slowestMs = -1;
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    const fuzzCase = makeCase(seed, sources);
    const outcome = await page.evaluate(
      (html) => (globalThis as unknown as { folioFuzz(h: string): BrowserFuzzOutcome }).folioFuzz(html),
      fuzzCase.html,
    );
    const where = `seed ${seed} (${fuzzCase.source}: ${fuzzCase.mutations.join(', ')})`;
    kinds[outcome.kind] = (kinds[outcome.kind] ?? 0) + 1;
    if (outcome.ms > slowestMs) {
      slowestMs = outcome.ms;
      slowest = `${where}: ${Math.round(outcome.ms)} ms`;
    }
    times.push(outcome.ms);
    if (outcome.kind === 'threw') failures.push(`${where} threw ${outcome.error}`);
    if (outcome.ms > LIMIT_MS) failures.push(`${where} took ${Math.round(outcome.ms)} ms`);
    if (outcome.danger.length)
      failures.push(`${where} left ${outcome.danger.join(' ')}: ${outcome.evidence?.join(' | ')}`);
  }
  times.sort((a, b) => a - b);
  return {
    cases: count,
    failures,
    kinds,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    maxMs: times.at(-1) ?? 0,
    slowest,
  };
}
