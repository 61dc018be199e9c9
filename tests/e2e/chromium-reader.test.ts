/**
 * The reader interface in Chromium, driven through the real toolbar click:
 * the popup's article and source panel, reader mode on the page and back,
 * show in original, theme and font, axe-core, and a stopped worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { seriousViolations } from './support/axe';
import { launchChromium, stopServiceWorkers, type ChromiumSession } from './support/chromium';
import {
  closeQuietly,
  leaveReaderWithEscape,
  openNewsPage,
  openReaderPopup,
  pageView,
  readerFrame,
  SEED_PARAGRAPHS,
  squash,
} from './support/reader-page';
import { startFixtureServer, type FixtureServer } from './support/server';

let session: ChromiumSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const openNews = () => openNewsPage(session, server);
const openPopup = (page: Page) => openReaderPopup(session, page);

describe('Chromium: the reader interface', () => {
  it('the popup shows the clean article beside the source-context panel', async () => {
    const page = await openNews();
    const popup = await openPopup(page);
    const article = squash(await popup.$eval('article', (el) => el.textContent ?? ''));
    for (const paragraph of SEED_PARAGRAPHS) expect(article).toContain(squash(paragraph));
    expect(article).not.toContain('Accept all cookies');
    expect(await popup.$$eval('article', (els) => els.length)).toBe(1);
    expect(squash(await popup.$eval('article header', (el) => el.textContent ?? ''))).toMatch(
      /The Southern Ledger · \d+ min read\s*Marines Deployed to Southern Border as Cartel Violence Surges/,
    );

    const panel = await popup.$eval('aside', (aside) => ({
      text: aside.textContent ?? '',
      published: aside.querySelector('.fact-published time')?.getAttribute('datetime') ?? '',
      domains: [...aside.querySelectorAll('.domains .domain')].map((d) => d.textContent),
      kinds: [...aside.querySelectorAll('.removed-kind')].map((d) => d.getAttribute('data-kind')),
    }));
    expect(panel.text).toContain('The Southern Ledger');
    expect(panel.text).toContain('Maria Alvarez');
    expect(panel.published).toMatch(/^2025-12-26/);
    expect(panel.domains).toEqual(expect.arrayContaining(['defense.gov', 'gob.mx']));
    expect(panel.kinds.length).toBeGreaterThan(0);
    expect(await seriousViolations(popup)).toEqual([]);
    await closeQuietly(popup);
    await page.close();
  });

  it('reads a removed block, puts it back into the article and removes it again', async () => {
    const page = await openNews();
    const popup = await openPopup(page);
    await popup.click('.removed-kind summary');
    const removedText = squash(
      await popup.$eval('.removed-kind .removed-text', (el) => el.textContent ?? ''),
    );
    expect(removedText.length).toBeGreaterThan(0);
    await popup.click('.removed-kind li button');
    await popup.waitForSelector('article .folio-restored');
    // Compared without spaces: textContent glues a removed block's inline and block parts together.
    const bare = (s: string) => s.replace(/\s+/g, '');
    expect(bare(await popup.$eval('article .folio-restored', (el) => el.textContent ?? ''))).toContain(
      bare(removedText).slice(0, 20),
    );
    expect(await popup.$eval('.removed-kind li button', (el) => el.textContent)).toBe('Remove again');
    await popup.click('.removed-kind li button');
    await popup.waitForFunction(() => !document.querySelector('article .folio-restored'));
    await closeQuietly(popup);
    await page.close();
  });

  it('toggles reader mode on the page and off again: page restored, scroll kept', async () => {
    const page = await openNews();
    await page.evaluate(() => window.scrollTo(0, 700));
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await openPopup(page);
    await popup.click('.reader-toggle');
    await popup.waitForSelector('.reader-toggle[aria-pressed=true]');
    const frame = await readerFrame(page);
    expect(await pageView(page)).toMatchObject({ host: true, shadowReachable: false });
    expect(await frame.$eval('article h1', (el) => el.textContent)).toBe(
      'Marines Deployed to Southern Border as Cartel Violence Surges',
    );
    const panel = await frame.$eval('aside', (el) => el.textContent ?? '');
    expect(panel).toContain('Maria Alvarez');
    expect(panel).toContain('defense.gov');
    expect(await seriousViolations(frame)).toEqual([]);

    await frame.click('.close-reader');
    await page.waitForFunction(() => !document.querySelector('folio-reader'));
    expect(await pageView(page)).toMatchObject({ host: false, scrollY: 700 });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await closeQuietly(popup);

    // On again from a new popup, which knows it is on; off from that popup.
    const second = await openPopup(page);
    await second.click('.reader-toggle');
    await readerFrame(page);
    await second.waitForSelector('.reader-toggle[aria-pressed=true]');
    await second.click('.reader-toggle');
    await page.waitForFunction(() => !document.querySelector('folio-reader'));
    expect((await pageView(page)).scrollY).toBe(700);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await closeQuietly(second);
    await page.close();
  });

  it('shows the page read again when it changed address and story since the popup read it', async () => {
    const page = await openNews();
    const popup = await openPopup(page);
    // The popup has prepared reader mode, hidden, with the article it read.
    await page.waitForFunction(() => document.querySelector('folio-reader'));
    // The page changes its address and its story in place (a site that loads the next edition).
    const update =
      'An update added after the popup read the page: officials on both sides now say talks resume on Monday.';
    await page.evaluate((text) => {
      history.pushState({}, '', '?edition=2');
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('.post-article p:last-of-type')!.before(p);
    }, update);
    await popup.click('.reader-toggle');
    await popup.waitForSelector('.reader-toggle[aria-pressed=true]');
    const frame = await readerFrame(page);
    await frame.waitForSelector('article p');
    expect(squash(await frame.$eval('article', (el) => el.textContent ?? ''))).toContain(squash(update));
    expect(await page.evaluate(() => document.querySelectorAll('folio-reader').length)).toBe(1);
    await popup.click('.reader-toggle');
    await page.waitForFunction(() => !document.querySelector('folio-reader'));
    await closeQuietly(popup);
    await page.close();
  });

  it('jumps from a paragraph of the reader to the same paragraph on the page, highlighted', async () => {
    const page = await openNews();
    const popup = await openPopup(page);
    await popup.click('.reader-toggle');
    const frame = await readerFrame(page);
    const wanted = 'The political fallout, however, continues to build.';
    const handle = await frame.waitForFunction(
      (start) =>
        [...document.querySelectorAll('article .article-body p')].find((p) =>
          p.textContent?.startsWith(start),
        ),
      {},
      wanted,
    );
    const paragraph = handle.asElement() as unknown as { hover(): Promise<void> };
    const labelled = () =>
      frame.evaluate(
        (start) =>
          Boolean(
            document.querySelector('.jump-button')?.getAttribute('aria-label')?.includes(start.slice(0, 40)),
          ),
        wanted,
      );
    // Hover until the button follows: the reader may still be wiring its listeners on a busy machine.
    for (let i = 0; i < 20 && !(await labelled()); i++) {
      await page.mouse.move(5, 5);
      await paragraph.hover();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await labelled()).toBe(true);
    await frame.click('.jump-button');
    await page.waitForFunction(() => !document.querySelector('folio-reader'));
    const shown = await page.waitForFunction(
      (start) => {
        const box = document.querySelector('folio-highlight')?.getBoundingClientRect();
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith(start));
        const rect = p?.getBoundingClientRect();
        if (!box || !rect) return null;
        // The paragraph is on screen, and the highlight sits over it.
        const onScreen = rect.top >= 0 && rect.bottom <= innerHeight;
        const covers = box.top <= rect.top && box.bottom >= rect.bottom;
        return onScreen && covers ? { top: rect.top } : null;
      },
      { timeout: 5_000 },
      wanted,
    );
    expect(await shown.jsonValue()).toBeTruthy();
    await closeQuietly(popup);
    // The worker knows the reader was lifted: a new popup says reader mode is off.
    const after = await openPopup(page);
    await after.waitForSelector('.reader-toggle[aria-pressed=false]');
    await closeQuietly(after);
    // The highlight goes away by itself.
    await page.waitForFunction(() => !document.querySelector('folio-highlight'), { timeout: 5_000 });
    await page.close();
  });

  it('switches theme and font, in the popup and in the reader alike', async () => {
    const page = await openNews();
    const popup = await openPopup(page);
    await popup.click('.typography-button');
    await popup.click('input[name=theme][value=dark] + span');
    await popup.click('input[name=font][value=dyslexic] + span');
    await popup.waitForFunction(
      () =>
        document.documentElement.dataset.theme === 'dark' &&
        document.documentElement.dataset.font === 'dyslexic',
    );
    const look = () =>
      ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        font: getComputedStyle(document.querySelector('article')!).fontFamily,
      }) as const;
    const inPopup = await popup.evaluate(look);
    expect(inPopup.background).toBe('rgb(27, 27, 29)');
    expect(inPopup.font).toMatch(/^OpenDyslexic/);
    expect(await popup.evaluate(() => document.fonts.check('16px OpenDyslexic'))).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);

    await popup.click('.reader-toggle');
    const frame = await readerFrame(page);
    expect(await frame.evaluate(look)).toEqual(inPopup);
    expect(await seriousViolations(frame)).toEqual([]);
    // Back to the defaults for the other tests.
    await popup.click('input[name=theme][value=system] + span');
    await popup.click('input[name=font][value=serif] + span');
    await frame.waitForFunction(() => document.documentElement.dataset.font === 'serif');
    await popup.click('.reader-toggle');
    await closeQuietly(popup);
    await page.close();
  });

  it('saves for later, remembers where reading stopped, and continues there', async () => {
    const page = await openNews();
    const popup = await openPopup(page);
    await popup.click('.save-button');
    await popup.waitForFunction(() => document.querySelector('.save-button')?.textContent === '✓ Saved');
    await popup.click('.reader-toggle');
    const frame = await readerFrame(page);
    const left = await frame.evaluate(() => {
      window.scrollTo(0, 600);
      return Math.round(window.scrollY);
    });
    expect(left).toBe(600);
    // The reader reports where the person is at the end of a scroll, and again on leaving.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await leaveReaderWithEscape(page, frame); // the reader frame has the focus
    await closeQuietly(popup);

    const again = await openPopup(page);
    const resume = await again.waitForSelector('.continue-button');
    expect(await resume!.evaluate((el) => el.textContent)).toMatch(/^Continue reading \(\d+%\)$/);
    await resume!.click();
    const resumed = await readerFrame(page);
    // Back at the same block, so at the same place in a window of the same size.
    await resumed.waitForFunction((y) => Math.abs(window.scrollY - y) <= 4, { timeout: 5_000 }, left);
    // The popup closed itself on "Continue reading": the keys reach the reader once the
    // browser has given the focus back to the page and on to the reader. The test's popup is a
    // tab of its own (a person's belongs to the page's tab), so the page's tab is made the
    // active one again, as in the keyboard test below: the browser did not always pick it.
    await page.bringToFront();
    await resumed.waitForFunction(() => document.hasFocus(), { timeout: 5_000 });
    await leaveReaderWithEscape(page, resumed);
    await page.close();
  });

  it('works from the keyboard, with a visible focus', async () => {
    const page = await openNews();
    const popup = await openPopup(page);
    const focused = () =>
      popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { cls: el?.className ?? '', outline: el ? getComputedStyle(el).outlineStyle : 'none' };
      });
    let now = await focused();
    for (let i = 0; i < 10 && !now.cls.includes('reader-toggle'); i++) {
      await popup.keyboard.press('Tab');
      now = await focused();
    }
    expect(now.cls).toContain('reader-toggle');
    expect(now.outline).not.toBe('none');
    await popup.keyboard.press('Enter');
    const frame = await readerFrame(page);
    // When the popup goes, the keyboard is in the reader (it took the focus), and Escape leaves it.
    await closeQuietly(popup);
    await page.bringToFront();
    await frame.waitForFunction(() => document.hasFocus(), { timeout: 3_000 });
    await leaveReaderWithEscape(page, frame);
    await page.close();
  });

  it('a web page cannot frame Folio’s reader itself (use_dynamic_url)', async () => {
    const page = await openNews();
    const url = `chrome-extension://${session.extensionId}/src/reader/index.html?tab=1`;
    await page.evaluate((src) => {
      const probe = document.createElement('iframe');
      probe.src = src;
      document.body.append(probe);
    }, url);
    await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(page.frames().some((f) => f.url().includes('/src/reader/'))).toBe(false);
    await page.close();
  });

  it('keeps reader mode right after the browser stopped the worker', async () => {
    const page = await openNews();
    const popup = await openPopup(page);
    await popup.click('.reader-toggle');
    await readerFrame(page);
    await closeQuietly(popup);
    await stopServiceWorkers(session);
    const again = await openPopup(page);
    await again.waitForSelector('.reader-toggle[aria-pressed=true]');
    await again.click('.reader-toggle');
    await page.waitForFunction(() => !document.querySelector('folio-reader'));
    await closeQuietly(again);
    await page.close();
  });
});
