/**
 * The two timings of the interface, in Chromium with the real toolbar click:
 * toolbar click → the popup shows the article, and reader-mode toggle → the
 * reader frame shows the article. The pages mark the moment the article is on
 * screen (`folio:article-shown`, in the animation frame after rendering);
 * page clocks and this process's clock are the same wall clock.
 */
import type { Frame, Page } from 'puppeteer-core';
import {
  clickToolbarButton,
  clickToolbarButtonAt,
  stopServiceWorkers,
  type ChromiumSession,
} from '../../e2e/support/chromium';

const MARK = 'folio:article-shown';

async function shownAt(target: Page | Frame, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = await target
      .evaluate((mark) => {
        const entry = performance.getEntriesByName(mark)[0];
        return entry ? performance.timeOrigin + entry.startTime : 0;
      }, MARK)
      .catch(() => 0);
    if (at) return at;
    if (Date.now() > deadline) throw new Error(`no ${MARK} mark in ${target.url()}`);
    // The page records the time itself: polling slowly only keeps the bench off the CPU.
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/**
 * The content script's own record of when it started and extracted
 * (`__folioTimes`, src/content/content-script.ts), read in its isolated
 * world through CDP: the page's world cannot see it. NaN when there is none.
 */
async function contentScriptTimes(
  page: Page,
): Promise<{ injected: number; extractStart: number; extractEnd: number }> {
  const cdp = await page.createCDPSession();
  const isolated: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if ((context.auxData as { type?: string } | undefined)?.type === 'isolated') isolated.push(context.id);
  });
  try {
    // Enabling reports the frame's existing contexts, content scripts' worlds among them.
    await cdp.send('Runtime.enable');
    for (const contextId of isolated) {
      // A world may be gone by now (a frame the reader removed): not the one wanted.
      const reply = await cdp
        .send('Runtime.evaluate', { expression: 'globalThis.__folioTimes', contextId, returnByValue: true })
        .catch(() => null);
      const times = reply?.result.value as
        { injected?: number; extractStart?: number; extractEnd?: number } | undefined;
      if (times?.injected && times.extractStart && times.extractEnd)
        return { injected: times.injected, extractStart: times.extractStart, extractEnd: times.extractEnd };
    }
    // A revision from before the record (compare-revisions): no breakdown, the timings still count.
    return { injected: NaN, extractStart: NaN, extractEnd: NaN };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function readerFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/src/reader/index.html'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('no reader frame');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface RunTimes {
  popupMs: number;
  /**
   * Where the popup's time goes, in ms after the click: its document starts,
   * it asks for the page, the injected content script starts, extracts
   * (start and end), the popup has the article.
   */
  popupSteps: {
    document: number;
    readStart: number;
    injected: number;
    extractStart: number;
    extractEnd: number;
    readDone: number;
  };
  /** The same tab read again (a second toolbar click): its content script's code has run once. */
  secondExtractionMs: number;
  /** Toggle in the popup → reader shown; the popup had the reader prepared hidden. */
  readerMs: number;
  /** The same toggle once more after turning it off: a cold frame, as with the keyboard command. */
  coldReaderMs: number;
}

async function toggleFrom(popup: Page): Promise<number> {
  return popup.evaluate(() => {
    const at = performance.timeOrigin + performance.now();
    (document.querySelector('.reader-toggle') as HTMLElement).click();
    return at;
  });
}

/**
 * Opens `url` in a fresh tab, runs `beforeClick`, clicks the toolbar button
 * and waits for the popup to show the article.
 */
async function clickOnFreshTab(session: ChromiumSession, url: string, beforeClick?: () => Promise<void>) {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  await beforeClick?.();
  const { popup, clickedAt } = await clickToolbarButtonAt(session, page);
  const popupShown = await shownAt(popup);
  return { page, popup, clickedAt, popupShown };
}

/** One run on a fresh tab: click, wait for the article, toggle reader mode, wait for it; off, and on again. */
export async function measureOnce(session: ChromiumSession, url: string): Promise<RunTimes> {
  const { page, popup, clickedAt, popupShown } = await clickOnFreshTab(session, url);
  // No named helpers inside evaluate: tsx would wrap them in a `__name` call the page lacks.
  const steps = await popup.evaluate(() => ({
    document: performance.timeOrigin,
    readStart:
      performance.timeOrigin + (performance.getEntriesByName('folio:read-start')[0]?.startTime ?? NaN),
    readDone: performance.timeOrigin + (performance.getEntriesByName('folio:read-done')[0]?.startTime ?? NaN),
  }));
  const content = await contentScriptTimes(page);
  await popup.waitForSelector('.reader-toggle[aria-pressed=false]');
  // Let the popup prepare the reader, as it does while a person looks at it.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const toggledAt = await toggleFrom(popup);
  const readerShown = await shownAt(await readerFrame(page));
  await popup.waitForSelector('.reader-toggle[aria-pressed=true]');
  await toggleFrom(popup);
  await page.waitForFunction(() => !document.querySelector('folio-reader'));
  await popup.waitForSelector('.reader-toggle[aria-pressed=false]');
  const coldAt = await toggleFrom(popup);
  const coldShown = await shownAt(await readerFrame(page));
  // Reader off, and the toolbar clicked again on the same tab: its content script reads the page a second time.
  await popup.waitForSelector('.reader-toggle[aria-pressed=true]');
  await toggleFrom(popup);
  await page.waitForFunction(() => !document.querySelector('folio-reader'));
  await popup.close().catch(() => undefined);
  const again = await clickToolbarButton(session, page);
  await shownAt(again);
  const second = await contentScriptTimes(page);
  await again.close().catch(() => undefined);
  await page.close();
  return {
    popupMs: popupShown - clickedAt,
    popupSteps: {
      document: steps.document - clickedAt,
      readStart: steps.readStart - clickedAt,
      injected: content.injected - clickedAt,
      extractStart: content.extractStart - clickedAt,
      extractEnd: content.extractEnd - clickedAt,
      readDone: steps.readDone - clickedAt,
    },
    secondExtractionMs: second.extractEnd - second.extractStart,
    readerMs: readerShown - toggledAt,
    coldReaderMs: coldShown - coldAt,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Toolbar click → article in the popup on a fresh tab, nothing else measured.
 * `stopWorker`: Folio's worker is stopped just before the click, as the
 * browser leaves it after 30 s idle: what a person usually meets, reading a
 * while before clicking.
 */
export async function measurePopup(
  session: ChromiumSession,
  url: string,
  { stopWorker }: { stopWorker: boolean },
): Promise<number> {
  const { page, popup, clickedAt, popupShown } = await clickOnFreshTab(
    session,
    url,
    stopWorker ? () => stopServiceWorkers(session) : undefined,
  );
  await popup.close().catch(() => undefined);
  await page.close();
  return popupShown - clickedAt;
}
