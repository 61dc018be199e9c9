import type { Article } from '../extract/types';
import type { PageOutcome } from '../messages/outcome';
import { sendToBackground } from '../messages/send';
import { browser, extensionUrl } from '../platform/browser';
import { readTab } from './read-tab';
import { loadSettings, saveSettings, watchSettings, type ReaderSettings } from '../storage/settings';
import type { ListEntry } from '../storage/types';

/** What the popup can do, implemented over the message protocol (see mock-connector.ts for tests). */
export interface PopupActions {
  readActiveTab(force?: boolean): Promise<PageOutcome>;
  readerState(tabId: number): Promise<boolean>;
  toggleReader(tabId: number, on?: boolean): Promise<boolean>;
  /** Loads reader mode hidden while the popup is open, so the toggle only reveals it. */
  prepareReader(tabId: number): Promise<void>;
  /** Drops the hidden reader again (the popup closes without using it). */
  releaseReader(tabId: number): void;
  showOriginal(tabId: number, ref: string, text: string): Promise<boolean>;
  savedEntry(url: string): Promise<ListEntry | null>;
  saveArticle(article: Article): Promise<ListEntry>;
  openReadingList(): Promise<void>;
  loadSettings(): Promise<ReaderSettings>;
  saveSettings(settings: ReaderSettings): Promise<void>;
  watchSettings(listener: (settings: ReaderSettings) => void): () => void;
  /** Closes the popup (after an action that sends the person elsewhere). */
  close(): void;
}

export const READING_LIST_PAGE = 'src/list/index.html';

/**
 * `firstRead`: the read boot.ts started while the interface's JavaScript was
 * loading; the first `readActiveTab()` takes it instead of reading again.
 */
export function createConnector(firstRead: Promise<PageOutcome> | null = null): PopupActions {
  const first = { read: firstRead };
  return {
    readActiveTab(force) {
      const started = force ? null : first.read;
      first.read = null;
      return started ?? readTab(force ?? false);
    },
    readerState: async (tabId) => (await sendToBackground('bg/reader-state', { tabId })).on,
    toggleReader: async (tabId, on) =>
      (await sendToBackground('bg/toggle-reader', on === undefined ? { tabId } : { tabId, on })).on,
    prepareReader: async (tabId) => {
      await sendToBackground('bg/prepare-reader', { tabId });
    },
    releaseReader: (tabId) => void sendToBackground('bg/release-reader', { tabId }).catch(() => undefined),
    showOriginal: async (tabId, ref, text) =>
      (await sendToBackground('bg/show-original', { tabId, ref, text })).found,
    savedEntry: (url) => sendToBackground('bg/saved-entry', { url }),
    saveArticle: (article) => sendToBackground('bg/save-article', { article }),
    async openReadingList() {
      await browser.tabs.create({ url: extensionUrl(READING_LIST_PAGE) });
    },
    loadSettings,
    saveSettings,
    watchSettings,
    close: () => window.close(),
  };
}
