/**
 * The toolbar click in Chrome. Its build has no manifest popup (see
 * src/dev/manifest-for.ts), so the click reaches the worker first: the worker
 * opens the popup and, at the same moment, starts reading the tab, while the
 * browser takes its ~300 ms to build the popup window. The popup's own first
 * read then joins that one (click-reads.ts) instead of starting only once the
 * popup's script runs. Firefox keeps the manifest popup (its openPopup only
 * works inside the click's user gesture, which an awaited setPopup ends), so
 * this event never fires there.
 */
import { browser } from '../platform/browser';
import type { Tabs } from '../platform/browser';
import { POPUP_PATH, startClickRead } from './handlers/click-reads';
import { readTabAndRemember } from './handlers/reader-read-tab';

export function onToolbarClick(tab: Tabs.Tab): void {
  const tabId = tab.id;
  if (tabId === undefined) return;
  // The popup first: building its window is the longer of the two.
  void openPopup(tabId, tab.windowId);
  // The click granted activeTab on this tab: reading it now is reading it because the person acted.
  startClickRead(tabId, () => readTabAndRemember({ tabId, force: false }));
}

/**
 * `openPopup` needs a popup set; it is set for this tab only while it opens,
 * so the next click comes here again and reads the page as it is then. Should
 * the worker stop in between, the tab keeps a plain popup that reads the page
 * itself: slower, never broken.
 */
async function openPopup(tabId: number, windowId: number | undefined): Promise<void> {
  try {
    // Named in the address, the popup need not ask which tab is active.
    await browser.action.setPopup({ tabId, popup: `${POPUP_PATH}?tab=${tabId}` });
    await browser.action.openPopup(windowId === undefined ? {} : { windowId });
  } catch {
    // No focused window (the browser is closing): nothing to show the popup in.
  } finally {
    await browser.action.setPopup({ tabId, popup: '' }).catch(() => undefined);
  }
}
