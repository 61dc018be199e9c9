/**
 * Stored item: the reading list's full-text index, saved so the list page
 * does not re-read every body each time it opens. IndexedDB `search`, key
 * `list`. `SearchSnapshot.format` versions the indexing options: a snapshot
 * of another format is dropped and rebuilt (the index is derived data).
 */
import { withDatabase, type SearchSnapshot } from './database';

const KEY = 'list';

export async function loadSnapshot(format: number): Promise<SearchSnapshot | null> {
  const snapshot = await withDatabase((db) => db.get('search', KEY));
  return snapshot && snapshot.format === format ? snapshot : null;
}

/** Best effort: failing to cache the index (a full disk) only costs a rebuild next time. */
export async function saveSnapshot(snapshot: SearchSnapshot): Promise<void> {
  await withDatabase((db) => db.put('search', snapshot, KEY)).catch(() => undefined);
}
