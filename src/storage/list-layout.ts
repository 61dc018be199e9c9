/**
 * Stored item: the layout version of the list index (`list:layout`).
 * Layout 1: one key per entry (`entry:<id>`) and per tombstone (`gone:<id>`).
 * Layout 2: 64 JSON shards (list-shards.ts).
 * Moving from 1 to 2 runs once per profile, under the list lock, the first
 * time any context touches the list; nothing is lost on the way.
 */
import { browser } from '../platform/browser';
import { SHARD_KEYS, formatShard, parseShard, shardKeyOf, type Shard } from './list-shards';

export const LAYOUT_KEY = 'list:layout';
export const LAYOUT_VERSION = 2;
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
    }
  }
  const records: Record<string, unknown> = { [LAYOUT_KEY]: LAYOUT_VERSION };
  if (legacy.length) for (const [key, shard] of shards) records[key] = formatShard(shard);
  // The new layout is written before the old keys go: a crash in between loses nothing.
  await browser.storage.local.set(records);
  if (legacy.length) await browser.storage.local.remove(legacy);
  confirmed = true;
}
