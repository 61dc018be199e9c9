/**
 * Which entries go to `storage.sync`, within its quotas: 8 KB an item (a
 * record is far smaller), 512 items, ~100 KB in all. We keep to 90 KB and
 * 480 items to leave room for settings. Deletions go first (they are tiny and
 * must reach the other devices), then unread articles, most recently active
 * first, then archived ones: when the list outgrows sync, the oldest archived
 * articles are the first left out (they stay on this device, unsynced).
 */
import type { ListEntry } from '../storage/types';
import { lastChange } from './sync-merge';
import { encodeEntry, recordBytes, syncKey, tombstoneRecord, type SyncRecord } from './sync-codec';

export const SYNC_BYTES_BUDGET = 90_000;
export const SYNC_ITEMS_BUDGET = 480;
const TOMBSTONES_MAX = 100;
const TOMBSTONE_TTL = 90 * 24 * 3600 * 1000;

export function chooseSyncRecords(
  entries: ListEntry[],
  tombstones: Map<string, number>,
  now = Date.now(),
): Map<string, SyncRecord> {
  const chosen = new Map<string, SyncRecord>();
  let bytes = 0;
  const take = (id: string, record: SyncRecord): boolean => {
    const key = syncKey(id);
    const size = recordBytes(key, record);
    if (bytes + size > SYNC_BYTES_BUDGET || chosen.size >= SYNC_ITEMS_BUDGET) return false;
    chosen.set(key, record);
    bytes += size;
    return true;
  };
  [...tombstones]
    .filter(([, at]) => now - at < TOMBSTONE_TTL)
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOMBSTONES_MAX)
    .forEach(([id, at]) => take(id, tombstoneRecord(at)));
  const byActivity = (a: ListEntry, b: ListEntry) => lastChange(b) - lastChange(a);
  const unread = entries.filter((e) => !e.archived).sort(byActivity);
  const archived = entries.filter((e) => e.archived).sort(byActivity);
  for (const entry of [...unread, ...archived]) if (!take(entry.id, encodeEntry(entry))) break;
  return chosen;
}
