/**
 * The reading list page's store: state in one object, actions over the
 * storage modules (the list page writes storage directly; every write takes
 * the list lock the worker takes too). Every change, the page's own and
 * others' (a save from another tab, sync), arrives through
 * `storage.onChanged` and updates the entries it touched.
 */
import { browser, t } from '../platform/browser';
import { entriesOfShard, readAllEntries, readHead, repairHead } from '../storage/list-entries';
import { SHARD_PREFIX, shardKeyOf } from '../storage/list-shards';
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

/** Runs `task` after the next frame is drawn. */
function afterFirstFrame(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

export function createListStore(): ListStore {
  let state = initialState;
  const listeners = new Set<() => void>();
  const search = createSearchService();
  const undoStack = new Map<number, Removed[]>();
  let undoToken = 0;
  let changedWhileLoading = false;

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

  /**
   * Resolves once the first screen can be drawn: from the list head when
   * there is one (one small key), then the whole list after that frame.
   */
  async function load(): Promise<void> {
    const head = await readHead().catch(() => null);
    if (!head?.length) return loadAll();
    set({ entries: head, loading: false });
    afterFirstFrame(() => void loadAll());
  }

  async function loadAll(): Promise<void> {
    changedWhileLoading = false;
    const entries = await readAllEntries();
    // A save landed while the list was being read: read again rather than miss it.
    if (changedWhileLoading) return loadAll();
    const first = !state.complete && state.loading;
    set({ entries, loading: false, complete: true });
    void repairHead(entries).catch(() => undefined);
    // The index catches up after the list is drawn, and never holds it up.
    if (first) afterFirstFrame(catchUpSearch);
    else catchUpSearch();
  }

  function catchUpSearch(): void {
    void search.sync(state.entries).then(() => {
      if (!state.searchReady) performance.mark('folio-list-search-ready');
      set({ searchReady: true });
    });
  }

  // A change elsewhere (a save in another tab, the worker, sync) rewrites whole
  // shards: swap in the entries of the changed shards, without re-reading the list.
  browser.storage.onChanged.addListener((changes, area) => {
    const shards = Object.keys(changes).filter((k) => k.startsWith(SHARD_PREFIX));
    if (area !== 'local' || shards.length === 0) return;
    if (!state.complete) {
      changedWhileLoading = true;
      return;
    }
    const changed = new Set(shards);
    const kept = state.entries.filter((e) => !changed.has(shardKeyOf(e.id)));
    set({ entries: [...kept, ...shards.flatMap((k) => entriesOfShard(changes[k]?.newValue))] });
    catchUpSearch();
  });

  const actions: ListActions = {
    setFilter: (filter) => set({ filter, limit: PAGE_SIZE }),
    setSort: (sort) => set({ sort, limit: PAGE_SIZE }),
    setQuery: (query) => set({ query, limit: PAGE_SIZE }),
    showMore: () => set({ limit: state.limit + PAGE_SIZE * 2 }),
    dismissNotice: () => set({ notice: null }),
    async setArchived(id, archived) {
      await setArchived(id, archived).catch(failed);
    },
    async remove(id) {
      try {
        const removed = await deleteEntries([id]);
        const token = ++undoToken;
        undoStack.set(token, removed);
        const title = removed[0]?.entry.title ?? '';
        set({ notice: { kind: 'undo', text: t('listDeleted', title), token } });
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
    },
    async exportAs(format) {
      await exportList(state.entries, format).catch(failed);
    },
    async importFile(file) {
      set({ busy: true });
      const result = await importFile(file);
      set({ busy: false, notice: { kind: result.ok ? 'info' : 'error', text: result.text } });
    },
  };

  return {
    getState: () => state,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    actions,
    load,
  };
}
