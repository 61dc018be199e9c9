/**
 * The extractor fuzz suite (issue 6), the same in every browser: mutated
 * fixture pages, each parsed by the browser and extracted by Folio's engine.
 * Never a throw, never past the time limit, never anything dangerous in the
 * sanitized HTML. `npm test` runs a bounded number; `npm run fuzz` runs thousands.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleHarness, COUNT, FIRST_SEED, fuzzInPage, LIMIT_MS } from './fuzz-in-browser';

/** Declares the suite for one browser; `slug` names its log line and results file. */
export function describeFuzz(
  browserName: string,
  slug: string,
  launch: () => Promise<{ browser: Browser; close(): Promise<void> }>,
): void {
  describe(`${browserName}: fuzzing the extractor`, () => {
    let session: { browser: Browser; close(): Promise<void> };
    let harness: string;
    beforeAll(async () => {
      [session, harness] = await Promise.all([launch(), bundleHarness()]);
    });
    afterAll(async () => {
      await session?.close();
    });

    it('the inspection finds a live handler in unsanitized HTML (so silence below means something)', async () => {
      const page = await session.browser.newPage();
      await page.evaluate(() => {
        document.body.innerHTML = '<main id="v"></main>';
      });
      await page.evaluate(harness);
      const danger = await page.evaluate(() =>
        (globalThis as unknown as { folioDangerOfRaw(h: string): string[] }).folioDangerOfRaw(
          '<p>text<img src="x" onerror="alert(1)"><a href="javascript:alert(1)">a</a></p>',
        ),
      );
      expect(danger.length).toBeGreaterThanOrEqual(2);
      await page.close();
    });

    it(
      `${COUNT} mutated documents: no throw, none past ${LIMIT_MS} ms, only sanitized HTML`,
      async () => {
        const page = await session.browser.newPage();
        const report = await fuzzInPage(page, harness);
        mkdirSync('test-results', { recursive: true });
        writeFileSync(
          `test-results/fuzz-${slug}.json`,
          JSON.stringify({ firstSeed: FIRST_SEED, ...report }, null, 2),
        );
        console.log(
          `${slug} fuzz: ${report.cases} cases, kinds ${JSON.stringify(report.kinds)}, median ${report.medianMs.toFixed(1)} ms, slowest ${report.slowest}`,
        );
        expect(report.failures).toEqual([]);
        // In any real run most mutated pages are still articles (a seed rerun of a few may not be).
        if (report.cases >= 20) expect(report.kinds.article ?? 0).toBeGreaterThan(report.cases / 2);
        await page.close();
      },
      Math.max(120_000, COUNT * 3000),
    );
  });
}
