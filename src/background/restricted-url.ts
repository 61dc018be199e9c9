import type { RestrictedPlace } from '../messages/outcome';

// Hosts of the extension stores: browsers refuse scripting there whatever the permissions.
const STORE_HOSTS = new Set([
  'chrome.google.com',
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
  'addons.opera.com',
]);

/**
 * Says, from the address alone, whether the tab is a place where browsers do
 * not let extensions run. `null` means "try": injection may still fail, and
 * `classifyInjectionError` then explains why.
 */
export function restrictedPlace(url: string | undefined | null): RestrictedPlace | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  switch (parsed.protocol) {
    case 'http:':
    case 'https:':
      break;
    case 'view-source:':
      return 'view-source';
    case 'file:':
      return /\.pdf$/i.test(parsed.pathname) ? 'pdf' : 'file';
    case 'chrome-extension:':
    case 'moz-extension:':
    case 'extension:':
      return 'extension-page';
    default:
      // chrome:, about:, edge:, brave:, resource:, data:, blob:, javascript: …
      return 'browser-page';
  }
  if (STORE_HOSTS.has(parsed.hostname)) {
    if (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore')) return 'store';
  }
  return null;
}

/** Turns an executeScript failure into a place, when the message tells one. */
export function classifyInjectionError(message: string): RestrictedPlace | null {
  if (/chrome:\/\/|about:|edge:\/\/|cannot be scripted|privileged|Cannot access a chrome/i.test(message)) {
    return /gallery|webstore|store/i.test(message) ? 'store' : 'browser-page';
  }
  if (/extensions gallery|web store/i.test(message)) return 'store';
  if (/file:\/\//i.test(message)) return 'file';
  if (/pdf/i.test(message)) return 'pdf';
  // Chrome says this, and Firefox "Missing host permission", when the page is
  // one activeTab never covers (about:, view-source:, another extension's
  // page…); without the tabs permission we are not told its address.
  if (/Cannot access contents of the page|Missing host permission for the tab/i.test(message))
    return 'protected';
  return null;
}
