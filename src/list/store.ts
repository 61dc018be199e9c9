/**
 * The reading list page's store: state in one object, actions over the
 * storage modules (the list page writes storage directly; every write takes
 * the list lock the worker takes too). Changes made elsewhere — a save from
 * another tab, sync — arrive through `storage.onChanged` and reload the list.
 */
import { browser, t } from '../platform/browser';
import { ENTRY_PREFIX, readAllEntries } from '../storage/list-entries';
import { deleteEntries, restoreEntries, type Removed } from '../storage/list-removal';
import { setArchived } from '../storage/list-updates';
import { createSearchService } from './search/search-service';
import { selectVisible } from './select-visible';
import { PAGE_SIZE, initialState, type ListActions, type ListState } from './state';
import { exportList, importFile } from './transfer/transfer-actions';

export interface ListStore {
  getState(): ListState;
  subscribe(listener: () => void): () => void;
  actions: ListActions;
  load(): Promise<void>;
}

export function createListStore(): ListStore {
  let state = initialState;
  const listeners = new Set<() => void>();
  const search = createSearchService();
  const undoStack = new Map<number, Removed[]>();
  let undoToken = 0;

  function set(change: Partial<ListState>): void {
    state = { ...state, ...change };
    const ranked = state.query.trim() && state.searchReady ? search.search(state.query) : null;
    state.visible = selectVisible(state.entries, { ...state, ranked });
    listeners.forEach((l) => l());
  }

  const failed = (error: unknown): void =>
    set({
      notice: {
        kind: 'error',
        text: t('listActionFailed', error instanceof Error ? error.message : String(error)),
      },
    });

  async function load(): Promise<void> {
    const entries = await readAllEntries();
    set({ entries, loading: false });
    // The index catches up after the first screen is shown.
    void search.sync(entries).then(() => set({ searchReady: true }));
  }

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(ENTRY_PREFIX))) void load();
  });

  const actions: ListActions = {
    setFilter: (filter) => set({ filter, limit: PAGE_SIZE }),
    setSort: (sort) => set({ sort, limit: PAGE_SIZE }),
    setQuery: (query) => set({ query, limit: PAGE_SIZE }),
    showMore: () => set({ limit: state.limit + PAGE_SIZE * 2 }),
    dismissNotice: () => set({ notice: null }),
    async setArchived(id, archived) {
      await setArchived(id, archived).then(load, failed);
    },
    async remove(id) {
      try {
        const removed = await deleteEntries([id]);
        const token = ++undoToken;
        undoStack.set(token, removed);
        const title = removed[0]?.entry.title ?? '';
        set({ notice: { kind: 'undo', text: t('listDeleted', title), token } });
        await load();
      } catch (error) {
        failed(error);
      }
    },
    async undo() {
      const notice = state.notice;
      const removed = notice?.kind === 'undo' ? undoStack.get(notice.token) : undefined;
      if (!removed || notice?.kind !== 'undo') return;
      undoStack.delete(notice.token);
      await restoreEntries(removed).then(() => set({ notice: null }), failed);
      await load();
    },
    async exportAs(format) {
      await exportList(state.entries, format).catch(failed);
    },
    async importFile(file) {
      set({ busy: true });
      const result = await importFile(file);
      set({ busy: false, notice: { kind: result.ok ? 'info' : 'error', text: result.text } });
      await load();
    },
  };

  return {
    getState: () => state,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    actions,
    load,
  };
}
