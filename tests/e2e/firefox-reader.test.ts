/**
 * The reader interface in Firefox ESR. Firefox offers tests no toolbar click,
 * so the popup page is opened in a tab for the news page's tab (`?tab=<id>`,
 * with the test-only build that may read 127.0.0.1); reader mode, show in
 * original, theme and font, and axe-core then run as in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { seriousViolations } from './support/axe';
import {
  firefoxReaderFrame,
  launchFirefox,
  openExtensionPage,
  poll,
  type FirefoxSession,
} from './support/firefox';
import { SEED_PARAGRAPHS } from './support/reader-page';
import { startFixtureServer, type FixtureServer } from './support/server';

let session: FirefoxSession;
let server: FixtureServer;
let news: Page;
let tabId = 0;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
  news = await session.browser.newPage();
  await news.goto(server.url('/seed-news/source.html'));
  const probe = await openExtensionPage(session, 'src/popup/index.html?tab=-1');
  tabId = await probe.evaluate(async (wanted) => {
    const api = (
      globalThis as unknown as {
        browser: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } };
      }
    ).browser;
    return (await api.tabs.query({})).find((t) => t.url === wanted)?.id ?? 0;
  }, news.url());
  await probe.close();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openPopupPage(): Promise<Page> {
  const popup = await openExtensionPage(session, `src/popup/index.html?tab=${tabId}`);
  await poll(popup, () => Boolean(document.querySelector('article .article-body p')), 15_000);
  return popup;
}

const newsState = () =>
  news.evaluate(() => ({
    host: Boolean(document.querySelector('folio-reader')),
    shadowReachable: Boolean(document.querySelector('folio-reader')?.shadowRoot),
    scrollY: Math.round(window.scrollY),
    html: document.documentElement.outerHTML,
  }));

describe('Firefox: the reader interface', () => {
  it('the popup page shows the clean article and the source-context panel, and passes axe', async () => {
    expect(tabId).toBeGreaterThan(0);
    const popup = await openPopupPage();
    const article = squash(await popup.evaluate(() => document.querySelector('article')?.textContent ?? ''));
    for (const paragraph of SEED_PARAGRAPHS) expect(article).toContain(squash(paragraph));
    const panel = await popup.evaluate(() => {
      const aside = document.querySelector('aside')!;
      return {
        text: aside.textContent ?? '',
        published: aside.querySelector('.fact-published time')?.getAttribute('datetime') ?? '',
        domains: [...aside.querySelectorAll('.domains .domain')].map((d) => d.textContent),
        kinds: aside.querySelectorAll('.removed-kind').length,
      };
    });
    expect(panel.text).toContain('The Southern Ledger');
    expect(panel.text).toContain('Maria Alvarez');
    expect(panel.published).toMatch(/^2025-12-26/);
    expect(panel.domains).toEqual(expect.arrayContaining(['defense.gov', 'gob.mx']));
    expect(panel.kinds).toBeGreaterThan(0);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('toggles reader mode on the page and off: page restored, scroll kept', async () => {
    await news.evaluate(() => window.scrollTo(0, 600));
    const before = await newsState();
    expect(before.scrollY).toBe(600);
    const popup = await openPopupPage();
    await popup.evaluate(() => (document.querySelector('.reader-toggle') as HTMLElement).click());
    await poll(popup, () => Boolean(document.querySelector('.reader-toggle[aria-pressed=true]')));
    await poll(news, () => Boolean(document.querySelector('folio-reader')));
    expect(await newsState()).toMatchObject({ host: true, shadowReachable: false });

    // The reader frame inside the page (over BiDi its address reads about:blank; find it by content).
    const frame = await firefoxReaderFrame(news);
    expect(await frame.evaluate(() => document.querySelector('article h1')?.textContent)).toBe(
      'Marines Deployed to Southern Border as Cartel Violence Surges',
    );
    expect(await frame.evaluate(() => document.querySelector('aside')?.textContent ?? '')).toContain(
      'defense.gov',
    );
    expect(await seriousViolations(frame)).toEqual([]);

    await popup.evaluate(() => (document.querySelector('.reader-toggle') as HTMLElement).click());
    await poll(news, () => !document.querySelector('folio-reader'));
    const after = await newsState();
    expect(after.scrollY).toBe(600);
    expect(after.html).toBe(before.html);
    await popup.close();
  });

  it('jumps from a paragraph to the same paragraph on the page, highlighted', async () => {
    await news.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopupPage();
    // Point at the paragraph until the button follows it (its listeners may still be wiring up).
    await poll(popup, () => {
      const p = [...document.querySelectorAll('article .article-body p')].find((el) =>
        el.textContent?.startsWith('The political fallout, however, continues to build.'),
      );
      p?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      return document
        .querySelector('.jump-button')
        ?.getAttribute('aria-label')
        ?.includes('political fallout');
    });
    await popup.evaluate(() => (document.querySelector('.jump-button') as HTMLElement).click());
    const shown = await poll(
      news,
      () => {
        const box = document.querySelector('folio-highlight')?.getBoundingClientRect();
        const p = [...document.querySelectorAll('p')].find((el) =>
          el.textContent?.startsWith('The political fallout'),
        );
        const rect = p?.getBoundingClientRect();
        return (
          box &&
          rect &&
          rect.top >= 0 &&
          rect.bottom <= innerHeight &&
          box.top <= rect.top &&
          box.bottom >= rect.bottom
        );
      },
      5_000,
    );
    expect(shown).toBe(true);
    expect(await poll(popup, () => document.querySelector('article [role=status]')?.textContent)).toBe(
      'Shown on the original page.',
    );
    await popup.close();
  });

  it('switches theme and font', async () => {
    const popup = await openPopupPage();
    await popup.evaluate(() => (document.querySelector('.typography-button') as HTMLElement).click());
    await popup.evaluate(() =>
      (document.querySelector('input[name=theme][value=sepia]') as HTMLElement).click(),
    );
    await popup.evaluate(() =>
      (document.querySelector('input[name=font][value=sans]') as HTMLElement).click(),
    );
    const look = await poll(popup, () =>
      document.documentElement.dataset.theme === 'sepia' && document.documentElement.dataset.font === 'sans'
        ? {
            background: getComputedStyle(document.documentElement).backgroundColor,
            font: getComputedStyle(document.querySelector('article')!).fontFamily,
          }
        : null,
    );
    expect(look?.background).toBe('rgb(244, 236, 216)');
    expect(look?.font).toMatch(/^system-ui/);
    expect(await seriousViolations(popup)).toEqual([]);
    // Stored in storage.sync: a reader page opened now uses it too.
    const reader = await openExtensionPage(session, `src/reader/index.html?tab=${tabId}`);
    // Settings arrive from storage after the page's first paint: wait for them, not for any theme.
    expect(await poll(reader, () => document.documentElement.dataset.theme === 'sepia')).toBe(true);
    await reader.close();
    await popup.evaluate(() =>
      (document.querySelector('input[name=theme][value=system]') as HTMLElement).click(),
    );
    await popup.close();
  });
});
