/**
 * Turning reader mode on and off in a tab. The truth is the content script
 * (is the frame there?); storage.session remembers it between worker lives.
 */
import { isShowable, type PageOutcome, type ShowableOutcome } from '../../messages/outcome';
import { sendToTab } from '../../messages/send';
import { browser } from '../../platform/browser';
import { getTabState, updateTabState } from '../../storage/tab-state';
import { readTabAndRemember } from './reader-read-tab';

export const READER_PAGE = 'src/reader/index.html';

/** Is the reader frame showing in the tab? Asks the page when storage says yes. */
export async function isReaderOn(tabId: number): Promise<boolean> {
  const state = await getTabState(tabId);
  if (!state?.on) return false;
  const on = await sendToTab(tabId, 'content/reader-state', {}).then(
    (reply) => reply.on,
    // No content script any more: the page was reloaded or left.
    () => false,
  );
  if (!on) await updateTabState(tabId, { on: false });
  return on;
}

export interface ReaderMode {
  on: boolean;
  /** Why reader mode could not be turned on: the page could not be read at all. */
  unreadable?: Exclude<PageOutcome, ShowableOutcome>;
}

const framePath = (tabId: number): string => `${READER_PAGE}?tab=${tabId}`;

async function showFrame(tabId: number): Promise<boolean> {
  const reply = await sendToTab(tabId, 'content/show-reader', { framePath: framePath(tabId) });
  return reply.on;
}

/**
 * Loads the reader frame hidden in the tab while the popup is open, so the
 * toggle only has to reveal it. Only for a page already read (the cache the
 * frame will show) and with reader mode off.
 */
export async function prepareReaderFrame(tabId: number): Promise<boolean> {
  const state = await getTabState(tabId);
  if (!state || state.on || !isShowable(state.outcome)) return false;
  const reply = await sendToTab(tabId, 'content/prepare-reader', { framePath: framePath(tabId) });
  return reply.prepared;
}

/** Sets reader mode in the tab (toggles when `on` is undefined) and returns its new state. */
export async function setReaderMode(tabId: number, on?: boolean): Promise<ReaderMode> {
  const current = await isReaderOn(tabId);
  const want = on ?? !current;
  if (want === current) return { on: current };
  if (!want) {
    await sendToTab(tabId, 'content/hide-reader', {}).catch(() => undefined);
    await updateTabState(tabId, { on: false });
    return { on: false };
  }
  const [state, tab] = await Promise.all([getTabState(tabId), browser.tabs.get(tabId).catch(() => null)]);
  // The popup has usually just read the page: reuse that when it is still this page.
  const fresh = isShowable(state?.outcome) && Boolean(tab?.url) && state?.url === tab?.url;
  let shown = fresh ? await showFrame(tabId).catch(() => false) : false;
  if (!shown) {
    // Not read yet, another address, or no content script (the page was reloaded): read it now.
    const outcome = await readTabAndRemember({ tabId });
    if (!isShowable(outcome)) return { on: false, unreadable: outcome };
    // A frame the popup prepared holds the earlier read: drop it, so the new one is shown.
    await sendToTab(tabId, 'content/release-reader', {}).catch(() => undefined);
    shown = await showFrame(tabId);
  }
  await updateTabState(tabId, { on: shown });
  return { on: shown };
}
