import { isShowable, type PageOutcome } from '../../messages/outcome';
import type { RequestOf } from '../../messages/protocol';
import { browser } from '../../platform/browser';
import type { Runtime } from '../../platform/browser';
import { removeTabState, updateTabState } from '../../storage/tab-state';
import { readTab, type TabRead } from './read-tab';
import { assertMayActOnTab } from './reader-access';

/** Favicons Folio may show: the tab's own, when it is an ordinary web or inline image address. */
export function usableFavicon(url: string | undefined): string | null {
  if (!url) return null;
  return /^(https?:|data:image\/)/i.test(url) ? url : null;
}

/**
 * Reads a tab (see read-tab.ts) and keeps the result in the tab's session
 * state, so reader mode and the reader frame can show it without reading the
 * page again, even after the worker was stopped.
 */
export async function readTabAndRemember(request: TabRead): Promise<PageOutcome> {
  const outcome = await readTab(request);
  if (!isShowable(outcome)) return outcome;
  const tab = await browser.tabs.get(request.tabId).catch(() => null);
  // Closed while Folio read it: tabs.onRemoved has already cleared its state; write none back.
  if (!tab) return { kind: 'error', message: 'tab-gone' };
  const favIconUrl = usableFavicon(tab.favIconUrl);
  const remembered: PageOutcome = outcome.kind === 'article' ? { ...outcome, favIconUrl } : outcome;
  // The answer does not wait for the cache: writing a whole article to
  // storage.session is a round trip the popup would wait on. Reads of the
  // tab's state wait for it instead (getTabState), and a write that fails
  // only means reading the page again later.
  void remember(request.tabId, { url: tab.url ?? outcome.url, outcome: remembered, favIconUrl }).catch(
    () => undefined,
  );
  return remembered;
}

async function remember(tabId: number, patch: Parameters<typeof updateTabState>[1]): Promise<void> {
  await updateTabState(tabId, patch);
  // Closed after readTabAndRemember found it and before the write: forget it again.
  if (!(await browser.tabs.get(tabId).catch(() => null))) await removeTabState(tabId);
}

/**
 * The `bg/read-tab` handler: the reader frame may read only its own tab. A
 * request without a tab (the popup's) reads the active tab of the last
 * focused window: asked here, the popup need not ask the browser for its tab
 * before its first message, a round trip it made while the browser was busy
 * opening it (about 28 ms of the click → article time in Chromium).
 */
export async function readTabHandler(
  request: RequestOf<'bg/read-tab'>,
  sender: Runtime.MessageSender,
): Promise<PageOutcome> {
  const tabId = request.tabId ?? (await activeTabId());
  if (tabId === undefined) return { kind: 'error', message: 'no-tab' };
  assertMayActOnTab(sender, tabId);
  return readTabAndRemember({ tabId, force: request.force });
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
