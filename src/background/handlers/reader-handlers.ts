import type { Handlers } from '../../messages/handle';
import { sendToTab } from '../../messages/send';
import { getTabState, updateTabState } from '../../storage/tab-state';
import { assertMayActOnTab } from './reader-access';
import { readTabAndRemember } from './reader-read-tab';
import { isReaderOn, prepareReaderFrame, setReaderMode } from './reader-toggle';

/** Reader-mode messages handled by the worker. */
export const readerHandlers: Pick<
  Handlers<'bg'>,
  | 'bg/toggle-reader'
  | 'bg/reader-state'
  | 'bg/reader-article'
  | 'bg/show-original'
  | 'bg/prepare-reader'
  | 'bg/release-reader'
> = {
  'bg/toggle-reader': async ({ tabId, on }, sender) => {
    assertMayActOnTab(sender, tabId);
    return { on: (await setReaderMode(tabId, on)).on };
  },
  'bg/reader-state': async ({ tabId }, sender) => {
    assertMayActOnTab(sender, tabId);
    return { on: await isReaderOn(tabId) };
  },
  'bg/reader-article': async ({ tabId }, sender) => {
    assertMayActOnTab(sender, tabId);
    const state = await getTabState(tabId);
    // The session cache is normally there (the toggle read the page first);
    // if the browser dropped it, read the page again.
    return state?.outcome ?? readTabAndRemember({ tabId });
  },
  'bg/prepare-reader': async ({ tabId }, sender) => {
    assertMayActOnTab(sender, tabId);
    return { prepared: await prepareReaderFrame(tabId).catch(() => false) };
  },
  'bg/release-reader': async ({ tabId }, sender) => {
    assertMayActOnTab(sender, tabId);
    return sendToTab(tabId, 'content/release-reader', {}).catch(() => ({ released: false }));
  },
  'bg/show-original': async ({ tabId, ref, text }, sender) => {
    assertMayActOnTab(sender, tabId);
    const reply = await sendToTab(tabId, 'content/show-original', { ref, text }).catch(() => ({
      found: false,
    }));
    // The content script lifts the reader frame to show the original.
    if ((await getTabState(tabId))?.on) await updateTabState(tabId, { on: false });
    return reply;
  },
};
