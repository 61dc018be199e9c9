/**
 * Deleting entries, and undoing it: deletion hands back everything it
 * removed (entry, body, aliases), which `restoreEntries` puts back as it was.
 */
import type { Article } from '../extract/types';
import { browser } from '../platform/browser';
import { deleteBody, getBodies, putBody } from './article-bodies';
import { entryKey, readEntries, toStored } from './list-entries';
import { withListLock } from './list-lock';
import { tombstoneKey } from './tombstones';
import type { ListEntry } from './types';
import { aliasKey } from './url-aliases';

export interface Removed {
  entry: ListEntry;
  article: Article | null;
}

export function deleteEntries(ids: string[], now = Date.now()): Promise<Removed[]> {
  return withListLock(async () => {
    const entries = await readEntries(ids);
    const bodies = await getBodies([...entries.keys()]);
    const removed = [...entries.values()].map((entry) => ({ entry, article: bodies.get(entry.id) ?? null }));
    const keys = removed.flatMap(({ entry }) => [
      entryKey(entry.id),
      aliasKey(entry.url),
      ...(entry.canonicalUrl ? [aliasKey(entry.canonicalUrl)] : []),
    ]);
    await browser.storage.local.remove(keys);
    await browser.storage.local.set(
      Object.fromEntries(removed.map(({ entry }) => [tombstoneKey(entry.id), now])),
    );
    await Promise.all(removed.map(({ entry }) => deleteBody(entry.id)));
    return removed;
  });
}

export function restoreEntries(removed: Removed[]): Promise<void> {
  return withListLock(async () => {
    for (const { entry, article } of removed) if (article) await putBody(entry.id, article, entry.savedAt);
    const records: Record<string, unknown> = {};
    for (const { entry } of removed) {
      records[entryKey(entry.id)] = toStored(entry);
      records[aliasKey(entry.url)] = entry.id;
      if (entry.canonicalUrl) records[aliasKey(entry.canonicalUrl)] = entry.id;
    }
    await browser.storage.local.set(records);
    await browser.storage.local.remove(removed.map(({ entry }) => tombstoneKey(entry.id)));
  });
}
