/**
 * Stored item: the layout version of the list index (`list:layout`).
 * Layout 1: one key per entry (`entry:<id>`) and per tombstone (`gone:<id>`).
 * Layout 2: 64 JSON shards (`entries:00` … `entries:3f`).
 * Layout 3: 256 JSON shards (`entries:000` … `entries:0ff`, list-shards.ts):
 *   a save rewrites a quarter of what it did (Chromium's storage.local
 *   spends ~60 ms writing one 110 KB shard of a 10,000-article list).
 * Moving up runs once per profile, under the list lock, the first time any
 * context touches the list: everything found in any older layout is
 * re-sharded, written, and only then are the old keys removed.
 */
import { browser } from '../platform/browser';
import { SHARD_KEYS, SHARD_PREFIX, formatShard, parseShard, shardKeyOf, type Shard } from './list-shards';

export const LAYOUT_KEY = 'list:layout';
export const LAYOUT_VERSION = 3;
const LEGACY_ENTRY = 'entry:';
const LEGACY_GONE = 'gone:';

// Per context: once this context has seen layout 2 it need not look again.
let confirmed = false;

export function layoutConfirmed(): boolean {
  return confirmed;
}

/** For tests: forget what this context saw. */
export function forgetLayout(): void {
  confirmed = false;
}

/** Brings the stored layout to the current one. The caller holds the list lock. */
export async function upgradeLayout(): Promise<void> {
  if (confirmed) return;
  const { [LAYOUT_KEY]: version } = await browser.storage.local.get(LAYOUT_KEY);
  if (version === LAYOUT_VERSION) {
    confirmed = true;
    return;
  }
  const all = await browser.storage.local.get(null);
  const current = new Set(SHARD_KEYS);
  const shards = new Map<string, Shard>(SHARD_KEYS.map((k) => [k, parseShard(all[k])]));
  const legacy: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(LEGACY_ENTRY)) {
      const id = key.slice(LEGACY_ENTRY.length);
      shards.get(shardKeyOf(id))!.entries[id] = value;
      legacy.push(key);
    } else if (key.startsWith(LEGACY_GONE) && typeof value === 'number') {
      const id = key.slice(LEGACY_GONE.length);
      shards.get(shardKeyOf(id))!.gone[id] = value;
      legacy.push(key);
    } else if (key.startsWith(SHARD_PREFIX) && !current.has(key)) {
      // A shard of an older sharding: its entries move to their new shards.
      const old = parseShard(value);
      for (const [id, entry] of Object.entries(old.entries)) shards.get(shardKeyOf(id))!.entries[id] = entry;
      for (const [id, at] of Object.entries(old.gone)) shards.get(shardKeyOf(id))!.gone[id] = at;
      legacy.push(key);
    }
  }
  const records: Record<string, unknown> = { [LAYOUT_KEY]: LAYOUT_VERSION };
  if (legacy.length) for (const [key, shard] of shards) records[key] = formatShard(shard);
  // The new layout is written before the old keys go: a crash in between loses nothing.
  await browser.storage.local.set(records);
  if (legacy.length) await browser.storage.local.remove(legacy);
  confirmed = true;
}
