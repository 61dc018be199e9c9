/**
 * Sync through the browser's own `storage.sync`: pull merges what other
 * devices wrote into the local list (sync-merge.ts has the rule), push writes
 * this device's records back, batched into one `set` and one `remove` so the
 * write-rate limits (120 a minute in Chrome) are never near.
 */
import { browser } from '../platform/browser';
import { deleteBody } from '../storage/article-bodies';
import { readList, readSome, shardRecords } from '../storage/list-entries';
import { withListLock } from '../storage/list-lock';
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
  const { entries, gone } = await readList();
  return { entries: new Map(entries.map((e) => [e.id, e])), tombstones: gone };
}

const idOfKey = (key: string): string => key.slice(SYNC_PREFIX.length);

/** The local state of just these records' ids (their shards only). */
async function readLocalFor(records: Record<string, unknown>): Promise<LocalState> {
  const { entries, gone } = await readSome(
    Object.keys(records)
      .filter((k) => k.startsWith(SYNC_PREFIX))
      .map(idOfKey),
  );
  return { entries, tombstones: gone };
}

/** Merges remote records into the local list (one write); returns how many entries changed. */
async function applyRemote(records: Record<string, unknown>, local: LocalState): Promise<number> {
  const put: ListEntry[] = [];
  const remove = new Map<string, number>();
  const aliases: Record<string, string> = {};
  const staleAliases: string[] = [];
  for (const [key, record] of Object.entries(records)) {
    if (!key.startsWith(SYNC_PREFIX) || !isSyncRecord(record)) continue;
    const id = idOfKey(key);
    const current = local.entries.get(id) ?? null;
    const result = mergeRemote(id, current, local.tombstones.get(id) ?? null, record);
    if (result.kind === 'put') {
      put.push(result.entry);
      Object.assign(aliases, aliasRecords(id, [result.entry.url, result.entry.canonicalUrl]));
      local.entries.set(id, result.entry);
      local.tombstones.delete(id);
    } else if (result.kind === 'delete') {
      remove.set(id, result.at);
      if (current)
        staleAliases.push(
          aliasKey(current.url),
          ...(current.canonicalUrl ? [aliasKey(current.canonicalUrl)] : []),
        );
      local.entries.delete(id);
      local.tombstones.set(id, result.at);
      await deleteBody(id).catch(() => undefined);
    }
  }
  if (put.length === 0 && remove.size === 0) return 0;
  await browser.storage.local.set({ ...(await shardRecords({ put, remove })), ...aliases });
  if (staleAliases.length) await browser.storage.local.remove(staleAliases);
  return put.length + remove.size;
}

/** Applies records that just changed in sync (from `storage.onChanged`). */
export function pullChanges(records: Record<string, unknown>): Promise<number> {
  return withListLock(async () => applyRemote(records, await readLocalFor(records)));
}

/**
 * A full round: merge everything in sync into the list (under the list lock),
 * then, without holding it, write this device's records where they differ, so
 * saves never wait for the upload.
 */
export async function syncNow(
  now = Date.now(),
): Promise<{ pulled: number; written: number; removed: number }> {
  const remote = await browser.storage.sync.get(null);
  let local = await readLocal();
  // Only records that would change this device need the lock (and are re-read under it).
  const incoming = Object.fromEntries(
    Object.entries(remote).filter(([key, record]) => {
      if (!key.startsWith(SYNC_PREFIX) || !isSyncRecord(record)) return false;
      const id = idOfKey(key);
      const merged = mergeRemote(id, local.entries.get(id) ?? null, local.tombstones.get(id) ?? null, record);
      return merged.kind !== 'keep';
    }),
  );
  let pulled = 0;
  if (Object.keys(incoming).length) {
    pulled = await withListLock(async () => applyRemote(incoming, await readLocalFor(incoming)));
    local = await readLocal();
  }
  const desired = chooseSyncRecords([...local.entries.values()], local.tombstones, now);
  const toSet: Record<string, SyncRecord> = {};
  for (const [key, record] of desired)
    if (JSON.stringify(remote[key]) !== JSON.stringify(record)) toSet[key] = record;
  // Records this device no longer wants synced (over budget, or merged away); never others' keys.
  const toRemove = Object.keys(remote).filter((k) => k.startsWith(SYNC_PREFIX) && !desired.has(k));
  if (toRemove.length) await browser.storage.sync.remove(toRemove);
  if (Object.keys(toSet).length) await browser.storage.sync.set(toSet);
  return { pulled, written: Object.keys(toSet).length, removed: toRemove.length };
}
