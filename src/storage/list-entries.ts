/**
 * Stored item: the reading list's index, one `storage.local` key per entry
 * (`entry:<id>`), so saving one article writes one small key however long
 * the list is. Bodies live in IndexedDB (article-bodies.ts).
 *
 * Version 1: the ListEntry of the first release.
 * Version 2: adds `canonicalUrl`, `tags` and per-field `stamps` (for sync).
 */
import { browser } from '../platform/browser';
import { migrate, type Versioned } from './migrations';
import type { ListEntry } from './types';

export const ENTRY_PREFIX = 'entry:';
export const entryKey = (id: string): string => `${ENTRY_PREFIX}${id}`;

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

export async function readEntries(ids: string[]): Promise<Map<string, ListEntry>> {
  const found = new Map<string, ListEntry>();
  if (ids.length === 0) return found;
  const raw = await browser.storage.local.get(ids.map(entryKey));
  for (const id of ids) {
    const entry = fromStored(raw[entryKey(id)]);
    if (entry) found.set(id, entry);
  }
  return found;
}

export async function readEntry(id: string): Promise<ListEntry | null> {
  return (await readEntries([id])).get(id) ?? null;
}

/** Every entry of the list (one read of the whole area; other keys are skipped). */
export async function readAllEntries(): Promise<ListEntry[]> {
  const all = await browser.storage.local.get(null);
  const entries: ListEntry[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(ENTRY_PREFIX)) continue;
    const entry = fromStored(raw);
    if (entry) entries.push(entry);
  }
  return entries;
}
