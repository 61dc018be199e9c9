import type { BackgroundMessage } from '../messages/protocol';
import { browser } from '../platform/browser';
import type { Runtime } from '../platform/browser';

/**
 * Only Folio's own extension pages may send any background message; the
 * content script (which lives in a page we do not trust) only the few listed.
 */
export function isAllowedSender(
  type: BackgroundMessage,
  sender: Runtime.MessageSender,
  contentScriptMaySend: ReadonlySet<BackgroundMessage>,
): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const ownOrigin = browser.runtime.getURL('');
  // sender.url is set by the browser, not by the page: an extension page
  // framed inside a web page (the reader) still reports its own address.
  if (typeof sender.url === 'string' && sender.url.startsWith(ownOrigin)) return true;
  return sender.tab !== undefined && contentScriptMaySend.has(type);
}
