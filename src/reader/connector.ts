import type { Article } from '../extract/types';
import type { PageOutcome } from '../messages/outcome';
import { sendToBackground } from '../messages/send';
import { loadSettings, saveSettings, watchSettings, type ReaderSettings } from '../storage/settings';
import type { ListEntry, ReadingProgress } from '../storage/types';

/**
 * Where the reader's article comes from: the tab it is framed into (reader
 * mode, `?tab=<id>`, from the worker's session cache) or a saved offline copy
 * opened from the reading list (`?saved=<id>`).
 */
export type ReaderSource = { kind: 'tab'; tabId: number } | { kind: 'saved'; id: string };

export interface ReaderContent {
  outcome: PageOutcome;
  /** The reading-list entry of this article, when it is saved (for resume and progress). */
  entry: ListEntry | null;
}

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

export function sourceFrom(search: string): ReaderSource | null {
  const params = new URLSearchParams(search);
  const tabId = Number(params.get('tab'));
  if (Number.isInteger(tabId) && tabId > 0) return { kind: 'tab', tabId };
  const id = params.get('saved');
  return id ? { kind: 'saved', id } : null;
}

async function loadContent(source: ReaderSource, force: boolean): Promise<ReaderContent> {
  // Marks for the benchmark's breakdown (tests/bench/ui-bench.ts); they cost nothing.
  performance.mark('folio:read-start');
  const content = await fetchContent(source, force);
  performance.mark('folio:read-done');
  return content;
}

async function fetchContent(source: ReaderSource, force: boolean): Promise<ReaderContent> {
  if (source.kind === 'saved') {
    const saved = await sendToBackground('bg/saved-article', { id: source.id });
    if (!saved) return { outcome: { kind: 'error', message: 'saved-missing' }, entry: null };
    if (!saved.article) return { outcome: { kind: 'error', message: 'saved-pending' }, entry: saved.entry };
    const article = saved.article;
    return { outcome: { kind: 'article', tabId: 0, url: article.url, article }, entry: saved.entry };
  }
  const outcome = force
    ? await sendToBackground('bg/read-tab', { tabId: source.tabId, force: true })
    : await sendToBackground('bg/reader-article', { tabId: source.tabId });
  return { outcome, entry: null };
}

/**
 * `early`: start loading the article now, while the interface's JavaScript
 * is still loading (see boot.ts); the first `load()` then takes that.
 */
export function createConnector(source: ReaderSource | null, { early = false } = {}): ReaderActions {
  const load = (force: boolean): Promise<ReaderContent> =>
    source
      ? loadContent(source, force)
      : Promise.resolve({ outcome: { kind: 'error', message: 'no-source' }, entry: null });
  const first: { load: Promise<ReaderContent> | null } = { load: early ? load(false) : null };
  first.load?.catch(() => undefined);
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
