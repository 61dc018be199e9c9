import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM, DIST_CHROME, requireBuilt } from './paths';

export interface ChromiumSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension, over the pipe
 * transport with extension debugging on: that is what makes CDP
 * `Extensions.triggerAction` (a real toolbar click, activeTab grant
 * included) available.
 */
export async function launchChromium(
  extensionDir = DIST_CHROME,
  { headless = true, args = [] }: { headless?: boolean; args?: string[] } = {},
): Promise<ChromiumSession> {
  requireBuilt(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'folio-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless,
    pipe: true,
    defaultViewport: headless ? { width: 1280, height: 900 } : null,
    enableExtensions: [extensionDir],
    userDataDir: profile,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  // enableExtensions loads the folder through CDP Extensions.loadUnpacked;
  // the extension list fills in a moment after launch.
  const extensionId = await waitFor(async () => [...(await browser.extensions()).keys()][0], 15_000);
  return {
    browser,
    extensionId,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Clicks Folio's toolbar button on `page` as a person would (CDP
 * Extensions.triggerAction) and returns the popup page that opens.
 */
export async function clickToolbarButton(session: ChromiumSession, page: Page): Promise<Page> {
  return (await clickToolbarButtonAt(session, page)).popup;
}

/** clickToolbarButton, with the wall-clock time the click was sent (after the set-up round trips). */
export async function clickToolbarButtonAt(
  session: ChromiumSession,
  page: Page,
): Promise<{ popup: Page; clickedAt: number }> {
  await page.bringToFront();
  const popupUrl = `chrome-extension://${session.extensionId}/src/popup/index.html`;
  const popupTarget = session.browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 10_000 });
  const extension = (await session.browser.extensions()).get(session.extensionId);
  if (!extension) throw new Error('Folio is not installed');
  const clickedAt = Date.now();
  await page.triggerExtensionAction(extension);
  return { popup: await (await popupTarget).asPage(), clickedAt };
}

/**
 * Pins (or unpins) the extension to the toolbar, as a person does with the
 * "Pin to toolbar" switch on its page in chrome://extensions (that page's
 * `developerPrivate` call). An unpinned extension has no button of its own:
 * its action is reached through the Extensions menu, and Chromium first
 * animates its icon into the toolbar and opens the popup only after that
 * animation, about 250 ms here. A pinned button opens it at once.
 */
export async function pinToToolbar(session: ChromiumSession, pinned = true): Promise<void> {
  const page = await session.browser.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${session.extensionId}`);
    const isPinned = await page.evaluate(
      async (extensionId, pinnedToToolbar) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
          .developerPrivate;
        await api.updateExtensionConfiguration({ extensionId, pinnedToToolbar });
        return (await api.getExtensionInfo(extensionId)).pinnedToToolbar;
      },
      session.extensionId,
      pinned,
    );
    if (isPinned !== pinned) throw new Error(`Chromium did not ${pinned ? 'pin' : 'unpin'} the extension`);
  } finally {
    await page.close();
  }
}

/** The part of chrome://extensions' private API that pinToToolbar uses. */
interface DeveloperPrivate {
  updateExtensionConfiguration(update: { extensionId: string; pinnedToToolbar: boolean }): Promise<void>;
  getExtensionInfo(id: string): Promise<{ pinnedToToolbar?: boolean }>;
}

/**
 * Stops Folio's service worker as the browser does when it is idle, and waits
 * until the running instance is gone. An event may wake a fresh one at once (a
 * storage change, a message): that one starts with nothing in memory, which is
 * the point. Gone means either its DevTools target left the browser's list or
 * the browser reported the running version stopped after the request: a
 * worker woken at once may be listed again before the list is read (in a
 * clean-clone CI run the target was still listed 12 s after three requests).
 * `ServiceWorker.stopAllWorkers` is not offered on the browser-level session by
 * Debian's Chromium, but it is on a session of one of the extension's own
 * pages (same origin as the worker).
 */
export async function stopServiceWorkers(session: ChromiumSession): Promise<void> {
  const origin = `chrome-extension://${session.extensionId}/`;
  const workers = () =>
    session.browser.targets().filter((t) => t.type() === 'service_worker' && t.url().startsWith(origin));
  const running = new Set(workers());
  let requested = false;
  let reportedStopped = false;
  const gone = async (timeoutMs: number): Promise<boolean> => {
    const deadline = Date.now() + timeoutMs;
    while (!reportedStopped && workers().some((t) => running.has(t))) {
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return true;
  };
  const page = await session.browser.newPage();
  try {
    await page.goto(`${origin}manifest.json`);
    const cdp = await page.createCDPSession();
    // Versions seen running: a stop counts only for one of them (not an old version left over).
    const live = new Set<string>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(origin)) continue;
        if (v.runningStatus === 'running' || v.runningStatus === 'starting') live.add(v.versionId);
        else if (v.runningStatus === 'stopped' && requested && live.has(v.versionId)) reportedStopped = true;
      }
    });
    await cdp.send('ServiceWorker.enable');
    requested = true;
    // Asked up to three times: a worker busy starting may miss one request.
    for (let attempt = 1; attempt <= 3; attempt++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      if (await gone(4_000)) return;
    }
    throw new Error('the service worker did not stop');
  } finally {
    await page.close();
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('Folio did not load into Chromium');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
