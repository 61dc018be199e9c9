/**
 * Stored item: the reading list's index in `storage.local`, in 64 shards
 * (list-shards.ts, layout in list-layout.ts). Bodies live in IndexedDB
 * (article-bodies.ts).
 *
 * The entries' own format and versions: list-entries-codec.ts.
 */
import { browser } from '../platform/browser';
import { ensureLayout, withListLock } from './list-lock';
import { SHARD_KEYS, formatShard, parseShard, shardKeyOf, type Shard } from './list-shards';
import { fromStored, toStored } from './list-entries-codec';
import { HEAD_KEY, HEAD_SIZE, changeHead, formatHead, parseHead } from './list-head';
import type { ListEntry } from './types';

export { fromStored, listEntryItem, toStored, withDefaults, type StoredEntry } from './list-entries-codec';

async function readShards(keys: readonly string[]): Promise<Map<string, Shard>> {
  await ensureLayout();
  const raw = await browser.storage.local.get([...new Set(keys)]);
  return new Map(keys.map((k) => [k, parseShard(raw[k])]));
}

/**
 * One entry and the raw records a change to it will need (its shard and the
 * head), read in one go; pass `raw` to shardRecords. The caller holds the lock.
 */
export async function readForChange(
  id: string,
): Promise<{ entry: ListEntry | null; raw: Record<string, unknown> }> {
  await ensureLayout();
  const key = shardKeyOf(id);
  const raw = await browser.storage.local.get([key, HEAD_KEY]);
  if (!(key in raw)) raw[key] = undefined;
  if (!(HEAD_KEY in raw)) raw[HEAD_KEY] = undefined;
  return { entry: fromStored(parseShard(raw[key]).entries[id]), raw };
}

export async function readEntries(ids: string[]): Promise<Map<string, ListEntry>> {
  const found = new Map<string, ListEntry>();
  if (ids.length === 0) return found;
  const shards = await readShards(ids.map(shardKeyOf));
  for (const id of ids) {
    const entry = fromStored(shards.get(shardKeyOf(id))?.entries[id]);
    if (entry) found.set(id, entry);
  }
  return found;
}

export async function readEntry(id: string): Promise<ListEntry | null> {
  return (await readEntries([id])).get(id) ?? null;
}

/** Entries and tombstones of one shard's stored text (for `storage.onChanged`). */
export function entriesOfShard(raw: unknown): ListEntry[] {
  return Object.values(parseShard(raw).entries)
    .map(fromStored)
    .filter((e): e is ListEntry => e !== null);
}

/** The whole list: every entry, and when each deleted id was deleted. */
export async function readList(): Promise<{ entries: ListEntry[]; gone: Map<string, number> }> {
  const shards = await readShards(SHARD_KEYS);
  const entries: ListEntry[] = [];
  const gone = new Map<string, number>();
  for (const shard of shards.values()) {
    for (const raw of Object.values(shard.entries)) {
      const entry = fromStored(raw);
      if (entry) entries.push(entry);
    }
    for (const [id, at] of Object.entries(shard.gone)) gone.set(id, at);
  }
  return { entries, gone };
}

/** Some ids' entries and tombstones, reading only their shards. */
export async function readSome(
  ids: string[],
): Promise<{ entries: Map<string, ListEntry>; gone: Map<string, number> }> {
  const shards = await readShards(ids.map(shardKeyOf));
  const entries = new Map<string, ListEntry>();
  const gone = new Map<string, number>();
  for (const id of ids) {
    const shard = shards.get(shardKeyOf(id))!;
    const entry = fromStored(shard.entries[id]);
    if (entry) entries.set(id, entry);
    if (typeof shard.gone[id] === 'number') gone.set(id, shard.gone[id]);
  }
  return { entries, gone };
}

export async function readAllEntries(): Promise<ListEntry[]> {
  return (await readList()).entries;
}

export interface ListChange {
  put?: ListEntry[];
  /** Ids to take out of the list, with the time of deletion (a tombstone). */
  remove?: Map<string, number>;
}

/**
 * The records for a change — its shards and the list head — to pass to the
 * caller's one `set()`. The caller holds the list lock: the shards are read,
 * changed and written back with nobody in between. Putting an entry clears
 * its tombstone.
 */
export async function shardRecords(
  change: ListChange,
  /** What the caller already read under the same lock (see readForChange): not read twice. */
  known: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const put = change.put ?? [];
  const remove = change.remove ?? new Map<string, number>();
  const ids = [...put.map((e) => e.id), ...remove.keys()];
  const keys = ids.map(shardKeyOf);
  await ensureLayout();
  const missing = [...new Set([...keys, HEAD_KEY])].filter((k) => !(k in known));
  const raw = { ...known, ...(missing.length ? await browser.storage.local.get(missing) : {}) };
  const shards = new Map(keys.map((k) => [k, parseShard(raw[k])]));
  for (const entry of put) {
    const shard = shards.get(shardKeyOf(entry.id))!;
    shard.entries[entry.id] = toStored(entry);
    delete shard.gone[entry.id];
  }
  for (const [id, at] of remove) {
    const shard = shards.get(shardKeyOf(id))!;
    delete shard.entries[id];
    shard.gone[id] = at;
  }
  const records: Record<string, unknown> = Object.fromEntries(
    [...shards].map(([key, shard]) => [key, formatShard(shard)]),
  );
  const head = parseHead(raw[HEAD_KEY]) ?? [];
  records[HEAD_KEY] = formatHead(changeHead(head, put, remove.keys()));
  return records;
}

/** The list's first screen (list-head.ts), or null when there is none yet. */
export async function readHead(): Promise<ListEntry[] | null> {
  await ensureLayout();
  return parseHead((await browser.storage.local.get(HEAD_KEY))[HEAD_KEY]);
}

/**
 * Rebuilds the head from the whole list when it is missing or was left short
 * by deletions. Entries in the current head win: they are at least as new as
 * the caller's copy of the list.
 */
export async function repairHead(all: ListEntry[]): Promise<void> {
  const unread = all.filter((e) => !e.archived).length;
  const head = await readHead();
  if (head && head.length >= Math.min(HEAD_SIZE, unread)) return;
  await withListLock(async () => {
    const current = parseHead((await browser.storage.local.get(HEAD_KEY))[HEAD_KEY]) ?? [];
    const merged = new Map(all.map((e) => [e.id, e]));
    for (const entry of current) merged.set(entry.id, entry);
    await browser.storage.local.set({ [HEAD_KEY]: formatHead([...merged.values()]) });
  });
}
