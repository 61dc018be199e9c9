import type { PageOutcome } from '../messages/outcome';
import { sendToBackground } from '../messages/send';
import { browser } from '../platform/browser';

/** The popup's actions, implemented over the message protocol. */
export interface PopupActions {
  readActiveTab(force?: boolean): Promise<PageOutcome>;
}

/**
 * The tab the popup is about: the active tab of its window, or the one named
 * by `?tab=<id>` when the popup page is opened in a tab of its own (Firefox
 * tests do this; without a grant for that tab the browser still refuses to
 * read it, so the parameter gives no extra access).
 */
async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function createConnector(): PopupActions {
  return {
    async readActiveTab(force) {
      const tabId = await targetTabId();
      if (tabId === undefined) return { kind: 'error', message: 'no-tab' };
      return sendToBackground('bg/read-tab', { tabId, force: force ?? false });
    },
  };
}
