/**
 * Keeps the list page's search index in step with the list: it loads the
 * saved snapshot, indexes what was saved since (reading those bodies only),
 * drops what was deleted, and saves the snapshot again. Saving an article
 * therefore never pays for indexing; the page does, once, when it opens.
 */
import type MiniSearch from 'minisearch';
import { getBodies } from '../../storage/article-bodies';
import { loadSnapshot, saveSnapshot } from '../../storage/search-snapshots';
import type { ListEntry } from '../../storage/types';
import type * as SearchIndex from './search-index';
import type { SearchDoc } from './search-index';

// The index module (with MiniSearch) loads after the first screen, not before it.
type IndexModule = typeof SearchIndex;

const BATCH = 200;
const PERSIST_DELAY_MS = 60_000;

export interface SearchService {
  /** Brings the index up to date with `entries`; resolves when search covers them all. */
  sync(entries: ListEntry[]): Promise<void>;
  search(query: string): string[];
}

export function createSearchService(): SearchService {
  let index: MiniSearch<SearchDoc> | null = null;
  let lib: IndexModule | null = null;
  let indexed: Record<string, number> = {};
  let running: Promise<void> = Promise.resolve();
  let first = true;
  let persistTimer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;

  async function catchUp(entries: ListEntry[]): Promise<void> {
    lib ??= await import('./search-index');
    const { INDEX_FORMAT, createIndex, loadIndex, toDoc } = lib;
    if (!index) {
      const snapshot = await loadSnapshot(INDEX_FORMAT).catch(() => null);
      index = snapshot ? await loadIndex(snapshot.index) : createIndex();
      indexed = snapshot ? { ...snapshot.indexed } : {};
    }
    const live = new Map(entries.map((e) => [e.id, e]));
    let changed = false;
    for (const id of Object.keys(indexed)) {
      if (live.has(id)) continue;
      if (index.has(id)) index.discard(id);
      delete indexed[id];
      changed = true;
    }
    // An entry is (re)indexed when it is new, was saved again, or has just got its body.
    const stale = entries.filter((e) => indexed[e.id] !== stamp(e));
    for (let i = 0; i < stale.length; i += BATCH) {
      const batch = stale.slice(i, i + BATCH);
      const bodies = await getBodies(batch.filter((e) => !e.pending).map((e) => e.id));
      for (const entry of batch) {
        if (index.has(entry.id)) index.discard(entry.id);
        index.add(toDoc(entry.id, entry.title, entry.siteName, bodies.get(entry.id)?.text ?? ''));
        indexed[entry.id] = stamp(entry);
      }
      changed = true;
      // Let the page stay responsive while a large list is first indexed.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (changed) await persistSoon(first);
    first = false;
  }

  // Serializing a large index takes a while (a second or more at 10,000
  // articles): right after the first catch-up, then only when the page is
  // hidden or a minute after a change, never on every save.
  async function persistSoon(now: boolean): Promise<void> {
    dirty = true;
    if (now) return flush();
    clearTimeout(persistTimer);
    persistTimer = setTimeout(() => void flush(), PERSIST_DELAY_MS);
  }

  async function flush(): Promise<void> {
    if (!dirty || !index || !lib) return;
    dirty = false;
    clearTimeout(persistTimer);
    await saveSnapshot({
      index: JSON.stringify(index),
      indexed,
      builtAt: Date.now(),
      format: lib.INDEX_FORMAT,
    });
  }

  if (typeof document !== 'undefined')
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void flush();
    });

  return {
    sync(entries) {
      running = running.then(() => catchUp(entries)).catch(() => undefined);
      return running;
    },
    search: (query) => (index && lib ? lib.searchIds(index, query) : []),
  };
}

/** Changes when the article's indexed content may have changed. */
function stamp(entry: ListEntry): number {
  return (entry.pending ? -1 : 1) * (entry.stamps?.meta ?? entry.savedAt);
}
