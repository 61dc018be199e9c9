/**
 * Deleting entries, and undoing it: deletion hands back everything it
 * removed (entry, body, aliases), which `restoreEntries` puts back as it was.
 */
import type { Article } from '../extract/types';
import { browser } from '../platform/browser';
import { deleteBody, getBodies, putBody } from './article-bodies';
import { readEntries, shardRecords } from './list-entries';
import { withListLock } from './list-lock';
import type { ListEntry } from './types';
import { aliasKey, aliasRecords } from './url-aliases';

export interface Removed {
  entry: ListEntry;
  article: Article | null;
}

export function deleteEntries(ids: string[], now = Date.now()): Promise<Removed[]> {
  return withListLock(async () => {
    const entries = await readEntries(ids);
    const bodies = await getBodies([...entries.keys()]);
    const removed = [...entries.values()].map((entry) => ({ entry, article: bodies.get(entry.id) ?? null }));
    const aliases = removed.flatMap(({ entry }) => [
      aliasKey(entry.url),
      ...(entry.canonicalUrl ? [aliasKey(entry.canonicalUrl)] : []),
    ]);
    await browser.storage.local.set(
      await shardRecords({ remove: new Map(removed.map(({ entry }) => [entry.id, now])) }),
    );
    await browser.storage.local.remove(aliases);
    await Promise.all(removed.map(({ entry }) => deleteBody(entry.id)));
    return removed;
  });
}

export function restoreEntries(removed: Removed[]): Promise<void> {
  return withListLock(async () => {
    for (const { entry, article } of removed) if (article) await putBody(entry.id, article, entry.savedAt);
    const records: Record<string, unknown> = await shardRecords({ put: removed.map(({ entry }) => entry) });
    for (const { entry } of removed)
      Object.assign(records, aliasRecords(entry.id, [entry.url, entry.canonicalUrl]));
    await browser.storage.local.set(records);
  });
}
