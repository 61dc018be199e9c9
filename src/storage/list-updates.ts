/**
 * Changes to one entry: reading progress, opening, archiving. Each is a
 * read-modify-write under the list lock, straight to storage (the worker may
 * be stopped right after).
 */
import { browser } from '../platform/browser';
import { getBody } from './article-bodies';
import { readEntry, readForChange, shardRecords, withDefaults } from './list-entries';
import { withListLock } from './list-lock';
import { asStorageError } from './storage-full';
import type { ListEntry, ReadingProgress, SavedArticle } from './types';
import { lookupAlias } from './url-aliases';

async function update(id: string, change: (entry: ListEntry) => ListEntry | null): Promise<ListEntry | null> {
  return withListLock(async () => {
    const { entry, raw } = await readForChange(id);
    if (!entry) return null;
    const next = change(entry);
    if (!next) return entry;
    try {
      await browser.storage.local.set(await shardRecords({ put: [next] }, raw));
    } catch (error) {
      throw asStorageError(error);
    }
    return next;
  });
}

/** Records where the person stopped; an older report arriving late does not win. */
export function setProgress(id: string, progress: ReadingProgress): Promise<ListEntry | null> {
  return update(id, (entry) =>
    entry.progress && entry.progress.at > progress.at ? null : { ...entry, progress },
  );
}

export function setArchived(id: string, archived: boolean, now = Date.now()): Promise<ListEntry | null> {
  return update(id, (entry) => {
    if (entry.archived === archived) return null;
    const stamps = withDefaults(entry).stamps;
    return { ...entry, archived, stamps: { ...stamps, archived: now } };
  });
}

/** The saved article for the reader, noting that it was opened now. */
export async function openSaved(id: string, now = Date.now()): Promise<SavedArticle | null> {
  const entry = await update(id, (e) => ({ ...e, lastOpenedAt: now }));
  if (!entry) return null;
  return { entry, article: entry.pending ? null : await getBody(id) };
}

/** The entry saved under this address (the page's own or its canonical one). */
export async function findEntryByUrl(url: string): Promise<ListEntry | null> {
  const id = await lookupAlias([url]);
  return id ? readEntry(id) : null;
}
