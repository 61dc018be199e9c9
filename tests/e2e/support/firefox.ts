import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../src/dev/manifest-for';
import { DIST_FIREFOX_E2E, FIREFOX, requireBuilt } from './paths';

/** Fixed so that moz-extension:// addresses are predictable in tests. */
export const FIREFOX_UUID = '6f3d3b5e-6a52-4b8e-9d4c-0f0110f0110f';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  origin: string;
  close(): Promise<void>;
}

/**
 * Launches Debian's Firefox ESR over WebDriver BiDi and installs the
 * test-only Firefox build (which may read 127.0.0.1 without a click: Firefox
 * has no way to press the toolbar button from a test).
 */
export async function launchFirefox(
  extensionDir = DIST_FIREFOX_E2E,
  prefs: Record<string, unknown> = {},
): Promise<FirefoxSession> {
  requireBuilt(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Keep Firefox off the network: the machine has none, and Folio must make no requests.
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      ...prefs,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    origin: FIREFOX_ORIGIN,
    close: async () => {
      await browser.close().catch(() => undefined);
    },
  };
}

/**
 * Opens an extension page in a tab. Over BiDi, navigation to moz-extension://
 * may never report completion although the page loads, so start it without
 * waiting and poll until the document is ready.
 */
export async function openExtensionPage(session: FirefoxSession, path: string, page?: Page): Promise<Page> {
  const tab = page ?? (await session.browser.newPage());
  void tab.goto(`${session.origin}/${path}`).catch(() => undefined);
  await poll(tab, () => document.readyState === 'complete' && location.protocol === 'moz-extension:', 15_000);
  return tab;
}

/** Evaluates `probe` in the page until it returns a truthy value (BiDi-safe waitForFunction). */
export async function poll<T>(page: Page, probe: () => T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await page.evaluate(probe);
      if (value) return value as T;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting in ${page.url()}: ${String(lastError ?? 'condition false')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Id of the tab showing `url`, asked from an extension page (the e2e build may see 127.0.0.1 tabs). */
export async function tabIdOf(session: FirefoxSession, url: string): Promise<number> {
  const probe = await openExtensionPage(session, 'src/popup/index.html?tab=-1');
  const id = await probe.evaluate(async (wanted) => {
    const api = (
      globalThis as unknown as {
        browser: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } };
      }
    ).browser;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? 0;
  }, url);
  await probe.close();
  if (!id) throw new Error(`no tab shows ${url}`);
  return id;
}

/**
 * The reader frame in `page`, found by what it holds: over BiDi the frame
 * list keeps its first address (about:blank), so each frame is asked where
 * it is. Waits up to `timeoutMs` for Folio's reader page holding
 * `readySelector`; with `shown`, only while Folio shows it (not merely
 * prepared hidden while the popup is open). Throws when none comes.
 */
export async function firefoxReaderFrame(
  page: Page,
  { timeoutMs = 10_000, readySelector = 'article h1', shown = false } = {},
): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const visible =
      !shown ||
      (await page
        .evaluate(
          () => (document.querySelector('folio-reader') as HTMLElement | null)?.style.display === 'block',
        )
        .catch(() => false));
    for (const frame of visible ? page.frames() : []) {
      const ready = await frame
        .evaluate(
          (selector) =>
            location.protocol === 'moz-extension:' &&
            location.pathname.endsWith('/src/reader/index.html') &&
            Boolean(document.querySelector(selector)),
          readySelector,
        )
        .catch(() => false);
      if (ready) return frame;
    }
    if (Date.now() > deadline) throw new Error('no reader frame with an article in the page');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
