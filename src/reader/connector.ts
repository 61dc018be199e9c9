import type { Article } from '../extract/types';
import { sendToBackground } from '../messages/send';
import { loadSettings, saveSettings, watchSettings, type ReaderSettings } from '../storage/settings';
import type { ListEntry, ReadingProgress } from '../storage/types';
import { loadContent, type ReaderContent, type ReaderSource } from './load-content';

export { sourceFrom, type ReaderContent, type ReaderSource } from './load-content';

/** What the reader page can do, over the message protocol (a mock implements it in tests). */
export interface ReaderActions {
  source: ReaderSource | null;
  load(force?: boolean): Promise<ReaderContent>;
  /** Leaves reader mode (restoring the page), or closes a saved copy's tab. */
  close(): void;
  showOriginal?: (ref: string, text: string) => Promise<boolean>;
  savedEntry(url: string): Promise<ListEntry | null>;
  saveArticle(article: Article): Promise<ListEntry>;
  setProgress(id: string, progress: ReadingProgress): Promise<void>;
  loadSettings(): Promise<ReaderSettings>;
  saveSettings(settings: ReaderSettings): Promise<void>;
  watchSettings(listener: (settings: ReaderSettings) => void): () => void;
}

/**
 * `firstLoad`: the load boot.ts started while the interface's JavaScript was
 * loading; the first `load()` takes it instead of asking again.
 */
export function createConnector(
  source: ReaderSource | null,
  firstLoad: Promise<ReaderContent> | null = null,
): ReaderActions {
  const load = (force: boolean): Promise<ReaderContent> => loadContent(source, force);
  const first = { load: firstLoad };
  return {
    source,
    load(force) {
      const started = force ? null : first.load;
      first.load = null;
      return started ?? load(force ?? false);
    },
    close() {
      if (source?.kind === 'tab')
        void sendToBackground('bg/toggle-reader', { tabId: source.tabId, on: false });
      else window.close();
    },
    showOriginal:
      source?.kind === 'tab'
        ? async (ref, text) =>
            (await sendToBackground('bg/show-original', { tabId: source.tabId, ref, text })).found
        : undefined,
    savedEntry: (url) => sendToBackground('bg/saved-entry', { url }),
    saveArticle: (article) => sendToBackground('bg/save-article', { article }),
    setProgress: async (id, progress) => {
      await sendToBackground('bg/set-progress', { id, progress });
    },
    loadSettings,
    saveSettings,
    watchSettings,
  };
}
