/**
 * The stored form of a list entry: versioned, migrated on read.
 * Entry version 1: the ListEntry of the first release.
 * Entry version 2: adds `canonicalUrl`, `tags` and per-field `stamps` (for sync).
 */
import { migrate, type Versioned } from './migrations';
import type { ListEntry } from './types';

export type StoredEntry = ListEntry & { v: number };

export const listEntryItem: Versioned<ListEntry> = {
  version: 2,
  migrations: {
    1: (old) => {
      const savedAt = typeof old.savedAt === 'number' ? old.savedAt : 0;
      // Defaults only: a record without `v` may still carry these (an export of an unversioned copy).
      return {
        canonicalUrl: null,
        tags: [],
        stamps: { archived: savedAt, meta: savedAt },
        ...old,
      };
    },
  },
  isValid: (value): value is ListEntry => {
    const e = value as Partial<ListEntry>;
    return typeof e.id === 'string' && typeof e.url === 'string' && typeof e.savedAt === 'number';
  },
};

/** Completes an entry to the current version's shape (defaults for optional fields). */
export function withDefaults(entry: ListEntry): Required<ListEntry> {
  return {
    ...entry,
    canonicalUrl: entry.canonicalUrl ?? null,
    tags: entry.tags ?? [],
    stamps: entry.stamps ?? { archived: entry.savedAt, meta: entry.savedAt },
  };
}

export function toStored(entry: ListEntry): StoredEntry {
  return { ...withDefaults(entry), v: listEntryItem.version };
}

export function fromStored(raw: unknown): ListEntry | null {
  const entry = migrate(listEntryItem, raw);
  if (!entry) return null;
  delete (entry as Partial<StoredEntry>).v;
  return entry;
}
