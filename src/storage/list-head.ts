/**
 * Stored item `list:head` (version 1): the list page's first screen, the
 * newest unread entries, in one small key, so the page draws it before it
 * has read the whole list (10,000 entries take far longer than 300 ms to
 * read and parse). Every write of the index keeps it current (shardRecords):
 * saved or changed entries take their place in it, archived and deleted ones
 * leave it. When removals leave it short, the list page refills it.
 */
import { fromStored, toStored, type StoredEntry } from './list-entries-codec';
import type { ListEntry } from './types';

export const HEAD_KEY = 'list:head';
export const HEAD_VERSION = 1;
export const HEAD_SIZE = 50;

interface StoredHead {
  v: number;
  entries: StoredEntry[];
}

const newestFirst = (a: ListEntry, b: ListEntry): number => b.savedAt - a.savedAt;

export function parseHead(raw: unknown): ListEntry[] | null {
  const head = raw as StoredHead | undefined;
  if (!head || head.v !== HEAD_VERSION || !Array.isArray(head.entries)) return null;
  return head.entries.map(fromStored).filter((e): e is ListEntry => e !== null);
}

export function formatHead(entries: ListEntry[]): StoredHead {
  const top = entries
    .filter((e) => !e.archived)
    .sort(newestFirst)
    .slice(0, HEAD_SIZE);
  // Every save rewrites the head: it keeps only what a row of the list shows.
  return { v: HEAD_VERSION, entries: top.map((e) => toStored({ ...e, excerpt: null, byline: null })) };
}

/** The head after a change: put entries replace or join it, removed ones leave. */
export function changeHead(head: ListEntry[], put: ListEntry[], removed: Iterable<string>): ListEntry[] {
  const byId = new Map(head.map((e) => [e.id, e]));
  for (const id of removed) byId.delete(id);
  const oldest = head.length >= HEAD_SIZE ? head[head.length - 1]!.savedAt : -Infinity;
  for (const entry of put) {
    byId.delete(entry.id);
    // An entry older than the head's last one belongs further down the list, not in the head.
    if (!entry.archived && entry.savedAt >= oldest) byId.set(entry.id, entry);
  }
  return [...byId.values()].sort(newestFirst).slice(0, HEAD_SIZE);
}
