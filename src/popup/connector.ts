import type { Article } from '../extract/types';
import type { PageOutcome } from '../messages/outcome';
import { sendToBackground } from '../messages/send';
import { browser, extensionUrl } from '../platform/browser';
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

async function readTab(force: boolean): Promise<PageOutcome> {
  // Marks for the benchmark's breakdown (tests/bench/ui-bench.ts); they cost nothing.
  performance.mark('folio:read-start');
  const tabId = await targetTabId();
  if (tabId === undefined) return { kind: 'error', message: 'no-tab' };
  const outcome = await sendToBackground('bg/read-tab', { tabId, force });
  performance.mark('folio:read-done');
  return outcome;
}

/**
 * `early`: start reading the tab now, while the interface's JavaScript is
 * still loading (see boot.ts); the first `readActiveTab()` then takes that.
 */
export function createConnector({ early = false }: { early?: boolean } = {}): PopupActions {
  const first: { read: Promise<PageOutcome> | null } = { read: early ? readTab(false) : null };
  // Handled where it is taken; this only keeps an early failure from being reported as unhandled.
  first.read?.catch(() => undefined);
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
