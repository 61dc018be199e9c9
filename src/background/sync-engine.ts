/**
 * Sync through the browser's own `storage.sync`: pull merges what other
 * devices wrote into the local list (sync-merge.ts has the rule), push writes
 * this device's records back, batched into one `set` and one `remove` so the
 * write-rate limits (120 a minute in Chrome) are never near.
 */
import { browser } from '../platform/browser';
import { deleteBody } from '../storage/article-bodies';
import { ENTRY_PREFIX, entryKey, fromStored, toStored } from '../storage/list-entries';
import { withListLock } from '../storage/list-lock';
import { TOMBSTONE_PREFIX, tombstoneKey } from '../storage/tombstones';
import type { ListEntry } from '../storage/types';
import { aliasKey, aliasRecords } from '../storage/url-aliases';
import { chooseSyncRecords } from './sync-budget';
import { SYNC_PREFIX, isSyncRecord, type SyncRecord } from './sync-codec';
import { mergeRemote } from './sync-merge';

interface LocalState {
  entries: Map<string, ListEntry>;
  tombstones: Map<string, number>;
}

async function readLocal(): Promise<LocalState> {
  const all = await browser.storage.local.get(null);
  const entries = new Map<string, ListEntry>();
  const tombstones = new Map<string, number>();
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(ENTRY_PREFIX)) {
      const entry = fromStored(value);
      if (entry) entries.set(entry.id, entry);
    } else if (key.startsWith(TOMBSTONE_PREFIX) && typeof value === 'number')
      tombstones.set(key.slice(TOMBSTONE_PREFIX.length), value);
  }
  return { entries, tombstones };
}

/** Merges remote records into the local list; returns how many entries changed. */
async function applyRemote(records: Record<string, unknown>, local: LocalState): Promise<number> {
  const put: Record<string, unknown> = {};
  const remove: string[] = [];
  let changed = 0;
  for (const [key, record] of Object.entries(records)) {
    if (!key.startsWith(SYNC_PREFIX) || !isSyncRecord(record)) continue;
    const id = key.slice(SYNC_PREFIX.length);
    const current = local.entries.get(id) ?? null;
    const result = mergeRemote(id, current, local.tombstones.get(id) ?? null, record);
    if (result.kind === 'keep') continue;
    changed++;
    if (result.kind === 'put') {
      put[entryKey(id)] = toStored(result.entry);
      Object.assign(put, aliasRecords(id, [result.entry.url, result.entry.canonicalUrl]));
      remove.push(tombstoneKey(id));
      local.entries.set(id, result.entry);
      local.tombstones.delete(id);
    } else {
      put[tombstoneKey(id)] = result.at;
      if (current)
        remove.push(
          entryKey(id),
          aliasKey(current.url),
          ...(current.canonicalUrl ? [aliasKey(current.canonicalUrl)] : []),
        );
      local.entries.delete(id);
      local.tombstones.set(id, result.at);
      await deleteBody(id).catch(() => undefined);
    }
  }
  if (remove.length) await browser.storage.local.remove(remove);
  if (Object.keys(put).length) await browser.storage.local.set(put);
  return changed;
}

/** Applies records that just changed in sync (from `storage.onChanged`). */
export function pullChanges(records: Record<string, unknown>): Promise<number> {
  return withListLock(async () => applyRemote(records, await readLocal()));
}

/** A full round: merge everything in sync, then write this device's records where they differ. */
export function syncNow(now = Date.now()): Promise<{ pulled: number; written: number; removed: number }> {
  return withListLock(async () => {
    const local = await readLocal();
    const remote = await browser.storage.sync.get(null);
    const pulled = await applyRemote(remote, local);
    const desired = chooseSyncRecords([...local.entries.values()], local.tombstones, now);
    const toSet: Record<string, SyncRecord> = {};
    for (const [key, record] of desired)
      if (JSON.stringify(remote[key]) !== JSON.stringify(record)) toSet[key] = record;
    // Records this device no longer wants synced (over budget, or merged away); never others' keys.
    const toRemove = Object.keys(remote).filter((k) => k.startsWith(SYNC_PREFIX) && !desired.has(k));
    if (toRemove.length) await browser.storage.sync.remove(toRemove);
    if (Object.keys(toSet).length) await browser.storage.sync.set(toSet);
    return { pulled, written: Object.keys(toSet).length, removed: toRemove.length };
  });
}
