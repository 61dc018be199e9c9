/**
 * Firefox for the reading-list tests: the e2e build, with the background
 * suspended after one second idle (Firefox's event-page suspension, which
 * normally waits 30 s: the closest Firefox has to stopping the worker), and
 * downloads saved to a folder without asking.
 */
import puppeteer from 'puppeteer-core';
import { GECKO_ID } from '../../../src/dev/manifest-for';
import { FIREFOX_ORIGIN, FIREFOX_UUID, type FirefoxSession } from './firefox';
import { DIST_FIREFOX_E2E, FIREFOX, requireBuilt } from './paths';

export const IDLE_SUSPEND_MS = 1_000;

export async function launchFirefoxForList(downloadDir: string): Promise<FirefoxSession> {
  requireBuilt(DIST_FIREFOX_E2E);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.background.idle.timeout': IDLE_SUSPEND_MS,
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/markdown,text/html',
    },
  });
  await browser.installExtension(DIST_FIREFOX_E2E);
  return {
    browser,
    origin: FIREFOX_ORIGIN,
    close: async () => void (await browser.close().catch(() => undefined)),
  };
}

/** Waits long enough for Firefox to suspend Folio's idle background. */
export function letBackgroundSuspend(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, IDLE_SUSPEND_MS * 2.5));
}
