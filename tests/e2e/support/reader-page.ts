/**
 * Helpers for the reader tests: the expected paragraphs of the demo article,
 * and the reader frame inside a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { ROOT } from './paths';

/** The 8 paragraphs Folio must show for tests/fixtures/seed-news. */
export const SEED_PARAGRAPHS: string[] = readFileSync(
  join(ROOT, 'tests', 'fixtures', 'seed-news', 'expected-paragraphs.txt'),
  'utf8',
)
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

export const READER_PATH = '/src/reader/index.html?tab=';

/**
 * Waits until the reader frame in `page` is shown (not merely prepared hidden
 * while the popup is open) with an article, and returns it.
 */
export async function readerFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes(READER_PATH));
    const shown = await page
      .evaluate(
        () => (document.querySelector('folio-reader') as HTMLElement | null)?.style.display === 'block',
      )
      .catch(() => false);
    if (frame && shown) {
      const ready = await frame
        .evaluate(() => Boolean(document.querySelector('article .article-body p')))
        .catch(() => false);
      if (ready) return frame;
    }
    if (Date.now() > deadline) throw new Error('the reader frame did not show an article');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What the page itself sees of Folio's elements (a page script could see this much, no more). */
export function pageView(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('folio-reader');
    return {
      host: Boolean(host),
      // A closed shadow root: page scripts cannot reach the frame or its address.
      shadowReachable: Boolean(host?.shadowRoot),
      scrollY: Math.round(window.scrollY),
    };
  });
}
