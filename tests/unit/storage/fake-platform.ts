/** `src/platform/browser` for unit tests: the in-memory browser, reset per test with `resetBrowser`. */
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

export const browser: FakeBrowser = createFakeBrowser();
export const isFirefox = false;

export function resetBrowser(): void {
  const fresh = createFakeBrowser();
  Object.assign(browser.storage, {
    local: fresh.storage.local,
    sync: fresh.storage.sync,
    session: fresh.storage.session,
  });
}

export function t(key: string, substitutions?: string | string[]): string {
  return substitutions === undefined ? key : `${key}(${[substitutions].flat().join(',')})`;
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}
