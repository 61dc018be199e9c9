/**
 * A popup connector that needs no extension: canned answers, and a log of
 * every call. Used by the unit tests to drive the popup through its states.
 */
import type { PageOutcome } from '../messages/outcome';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../storage/settings';
import type { ListEntry } from '../storage/types';
import type { PopupActions } from './connector';

export interface MockOptions {
  /** What reading the tab gives, by whether it was forced ("show anyway"). */
  outcome?: PageOutcome | ((force: boolean) => PageOutcome);
  readerOn?: boolean;
  /** The reading-list entry; an Error makes `savedEntry` fail (the list not built yet). */
  entry?: ListEntry | null | Error;
  /** What saving gives; an Error makes it fail. */
  saved?: ListEntry | Error;
  found?: boolean;
  settings?: ReaderSettings;
}

export interface MockConnector extends PopupActions {
  calls: Array<{ name: string; args: unknown[] }>;
}

const answer = async <T>(value: T | Error): Promise<T> => {
  if (value instanceof Error) throw value;
  return value;
};

export function createMockConnector(options: MockOptions = {}): MockConnector {
  const calls: MockConnector['calls'] = [];
  const log = (name: string, ...args: unknown[]) => calls.push({ name, args });
  const state = {
    readerOn: options.readerOn ?? false,
    settings: options.settings ?? { ...DEFAULT_SETTINGS },
  };
  const listeners = new Set<(s: ReaderSettings) => void>();
  return {
    calls,
    async readActiveTab(force) {
      log('readActiveTab', force ?? false);
      const outcome = options.outcome ?? { kind: 'error', message: 'no-tab' };
      return typeof outcome === 'function' ? outcome(force ?? false) : outcome;
    },
    async readerState(tabId) {
      log('readerState', tabId);
      return state.readerOn;
    },
    async toggleReader(tabId, on) {
      log('toggleReader', tabId, on);
      state.readerOn = on ?? !state.readerOn;
      return state.readerOn;
    },
    async prepareReader(tabId) {
      log('prepareReader', tabId);
    },
    releaseReader(tabId) {
      log('releaseReader', tabId);
    },
    async showOriginal(tabId, ref, text) {
      log('showOriginal', tabId, ref, text);
      return options.found ?? true;
    },
    savedEntry(url) {
      log('savedEntry', url);
      return answer(options.entry ?? null);
    },
    saveArticle(article) {
      log('saveArticle', article.url);
      return answer(options.saved ?? new Error('The reading list is not built yet.'));
    },
    async openReadingList() {
      log('openReadingList');
    },
    async loadSettings() {
      return state.settings;
    },
    async saveSettings(settings) {
      log('saveSettings', settings);
      state.settings = settings;
      for (const listener of listeners) listener(settings);
    },
    watchSettings(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      log('close');
    },
  };
}
