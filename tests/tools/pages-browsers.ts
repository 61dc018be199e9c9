/**
 * The two browsers `npm run pages` can open Folio in, each kept off the
 * network but for the local page server, each opening the popup as close to
 * a person's click as it allows.
 */
import type { Frame, HTTPRequest, Page } from 'puppeteer-core';
import { clickToolbarButton, launchChromium } from '../e2e/support/chromium';
import { firefoxReaderFrame, launchFirefox, openExtensionPage, tabIdOf } from '../e2e/support/firefox';
import { DIST_FIREFOX_E2E } from '../e2e/support/paths';
import { readerFrame } from '../e2e/support/reader-page';
import { firefoxProxyPrefs, startRecordingProxy } from '../e2e/support/proxy';

export interface PagesBrowser {
  name: string;
  newPage(): Promise<Page>;
  /** Folio's popup for the article in `page`, which was sent to `url`. */
  openPopup(page: Page, url: string): Promise<Page>;
  /** The reader frame in `page` once it is shown with `readySelector` in it. */
  readerFrame(page: Page, timeoutMs: number, readySelector: string): Promise<Frame>;
  /** True for the browser's own error page: the page's script went on to a host it cannot reach. */
  isErrorPage(url: string): boolean;
  /** Folio's own files and inline data: loads from these are not reported. */
  isOwn(url: string): boolean;
  /** What a request loads: `image`, `media` or another word (`script`, `fetch`…). */
  kindOf(request: HTTPRequest): string;
  close(): Promise<void>;
}

/** Chromium with the shipped build: a real toolbar click (activeTab granted as for a person). */
export async function openChromium(): Promise<PagesBrowser> {
  // Every host but 127.0.0.1 fails at once instead of waiting.
  const session = await launchChromium(undefined, {
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  return {
    name: 'Chromium',
    newPage: () => session.browser.newPage(),
    openPopup: (page) => clickToolbarButton(session, page),
    readerFrame,
    isErrorPage: (url) => url.startsWith('chrome-error:'),
    isOwn: (url) => /^(chrome-extension|data|blob):/.test(url),
    kindOf: (request) => request.resourceType(),
    close: () => session.close(),
  };
}

/**
 * Firefox ESR with the test-only build (dist/firefox-e2e, which may read
 * 127.0.0.1 pages without a click: Firefox gives tests no toolbar button to
 * press), the popup page opened in a tab for the page's tab, as in the
 * Firefox end-to-end tests. Every request not to 127.0.0.1 goes to a proxy
 * that refuses it.
 */
export async function openFirefox(): Promise<PagesBrowser> {
  const proxy = await startRecordingProxy();
  const session = await launchFirefox(DIST_FIREFOX_E2E, firefoxProxyPrefs(proxy.port));
  return {
    name: 'Firefox',
    newPage: () => session.browser.newPage(),
    // The tab's address, not page.url(): over BiDi a page still loading may report about:blank.
    openPopup: async (_page, url) =>
      openExtensionPage(session, `src/popup/index.html?tab=${await tabIdOf(session, url)}`),
    readerFrame: (page, timeoutMs, readySelector) =>
      firefoxReaderFrame(page, { timeoutMs, readySelector, shown: true }),
    isErrorPage: (url) => url.startsWith('about:neterror') || url.startsWith('about:certerror'),
    isOwn: (url) => /^(moz-extension|data|blob):/.test(url),
    kindOf: acceptedKind,
    close: async () => {
      await session.close();
      await proxy.close();
    },
  };
}

/**
 * A request's kind from what it accepts: WebDriver BiDi gives no resource
 * type, and Firefox asks `image/…` for a picture, `video/…` or `audio/…`
 * for media.
 */
function acceptedKind(request: HTTPRequest): string {
  const accept = request.headers()['accept'] ?? '';
  if (accept.startsWith('image/')) return 'image';
  if (/^(video|audio)\//.test(accept)) return 'media';
  return request.isNavigationRequest() ? 'document' : `request accepting ${accept || 'anything'}`;
}
