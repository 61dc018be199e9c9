/**
 * The list index's layout in `storage.local`: 256 shard keys
 * (`entries:000` … `entries:0ff`), each a JSON string holding the entries and
 * deletion tombstones of the ids that hash to it.
 *
 * Why shards of JSON text: Chromium's `storage.local` converts every stored
 * object property by property, so reading 10,000 small keys took about 2 s,
 * far over the list's 300 ms first screen; a few hundred strings of the same
 * bytes read in a fraction of that, and saving one article rewrites only one
 * shard (1/256 of the index, ~30 KB at 10,000 articles).
 */
export const SHARD_PREFIX = 'entries:';
export const SHARD_COUNT = 256;
export const SHARD_KEYS: readonly string[] = Array.from(
  { length: SHARD_COUNT },
  (_, i) => `${SHARD_PREFIX}${i.toString(16).padStart(3, '0')}`,
);

export interface Shard {
  /** Stored entries by id (versioned records, see list-entries.ts). */
  entries: Record<string, unknown>;
  /** Deleted ids and when: kept so sync does not bring them back (see sync-merge.ts). */
  gone: Record<string, number>;
}

export function shardKeyOf(id: string): string {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return SHARD_KEYS[(h >>> 0) % SHARD_COUNT]!;
}

export function parseShard(raw: unknown): Shard {
  if (typeof raw !== 'string') return { entries: {}, gone: {} };
  try {
    const data = JSON.parse(raw) as Partial<Shard>;
    return { entries: data.entries ?? {}, gone: data.gone ?? {} };
  } catch {
    // A shard that does not parse cannot be repaired here; starting it empty keeps the rest readable.
    return { entries: {}, gone: {} };
  }
}

// Tombstones kept per shard (about 6,400 in all): the oldest go first; by
// then every device that syncs at all has long seen the deletion.
const TOMBSTONES_PER_SHARD = 25;

export function formatShard(shard: Shard): string {
  let gone = shard.gone;
  const ids = Object.keys(gone);
  if (ids.length > TOMBSTONES_PER_SHARD) {
    const newest = ids.sort((a, b) => gone[b]! - gone[a]!).slice(0, TOMBSTONES_PER_SHARD);
    gone = Object.fromEntries(newest.map((id) => [id, shard.gone[id]!]));
  }
  return JSON.stringify({ entries: shard.entries, gone });
}
