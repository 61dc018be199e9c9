import type { PageOutcome } from '../messages/outcome';
import { sendToBackground } from '../messages/send';
import { browser } from '../platform/browser';

/** The popup's actions, implemented over the message protocol. */
export interface PopupActions {
  readActiveTab(force?: boolean): Promise<PageOutcome>;
}

export function createConnector(): PopupActions {
  return {
    async readActiveTab(force) {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return { kind: 'error', message: 'no-tab' };
      return sendToBackground('bg/read-tab', { tabId: tab.id, force: force ?? false });
    },
  };
}
