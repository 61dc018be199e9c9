/**
 * Adds imported articles to the list under the list lock: what is already
 * in the list (by normalized or canonical address, or repeated inside the
 * file) is kept, never duplicated or overwritten; it only gains the file's
 * tags, a missing offline copy, or a newer reading position. Bodies are
 * written first, so a full disk leaves the list as it was.
 */
import type { Article } from '../extract/types';
import { browser } from '../platform/browser';
import { putBody } from './article-bodies';
import { readEntries, shardRecords, withDefaults } from './list-entries';
import { withListLock } from './list-lock';
import { entryFromArticle, pendingEntry } from './save-article';
import { asStorageError } from './storage-full';
import type { ListEntry } from './types';
import { aliasKey, aliasRecords } from './url-aliases';
import { idForUrl } from './url-key';

/** One article read from an import file, before it meets the list. */
export interface IncomingArticle {
  url: string;
  title: string | null;
  savedAt: number | null;
  archived: boolean;
  tags: string[];
  /** Share read (0–1) when the service kept one (Omnivore). */
  percent?: number;
  /** The full article when the file carries one (wallabag, Folio). */
  article?: Article | null;
  /** Folio's own export: the entry as it was (progress included). */
  entry?: ListEntry;
}

export interface ImportCounts {
  added: number;
  existing: number;
}

export function importArticles(items: IncomingArticle[], now = Date.now()): Promise<ImportCounts> {
  return withListLock(async () => {
    const addresses = (item: IncomingArticle): string[] =>
      [item.url, item.entry?.canonicalUrl, item.article?.canonicalUrl].filter((u): u is string => !!u);
    const aliases = await browser.storage.local.get(items.flatMap(addresses).map(aliasKey));
    // The entry already saved under any of its addresses, else the id Folio gave it (a Folio
    // export), else the id of its canonical address, as saving it would.
    const idOf = (item: IncomingArticle): string =>
      addresses(item)
        .map((u) => aliases[aliasKey(u)])
        .find((id): id is string => typeof id === 'string') ??
      item.entry?.id ??
      idForUrl(item.entry?.canonicalUrl || item.article?.canonicalUrl || item.url);
    const existing = await readEntries([...new Set(items.map(idOf))]);
    const next = new Map<string, ListEntry>();
    const bodies = new Map<string, Article>();
    let added = 0;
    for (const item of items) {
      const id = idOf(item);
      const current = next.get(id) ?? existing.get(id) ?? null;
      if (!current) added++;
      const merged = current ? mergeInto(current, item, bodies.has(id)) : create(id, item, now);
      if (item.article && (!current || current.pending) && !bodies.has(id)) bodies.set(id, item.article);
      next.set(id, merged);
    }
    try {
      for (const [id, article] of bodies) await putBody(id, article, next.get(id)?.savedAt ?? now);
      const records: Record<string, unknown> = await shardRecords({ put: [...next.values()] });
      for (const entry of next.values())
        Object.assign(records, aliasRecords(entry.id, [entry.url, entry.canonicalUrl]));
      await browser.storage.local.set(records);
    } catch (error) {
      throw asStorageError(error);
    }
    return { added, existing: items.length - added };
  });
}

function create(id: string, item: IncomingArticle, now: number): ListEntry {
  const savedAt = item.savedAt ?? now;
  if (item.entry) return { ...item.entry, id };
  const base = item.article
    ? entryFromArticle(item.article, id, null, savedAt)
    : pendingEntry(id, item.url, item.title, savedAt);
  return {
    ...base,
    title: item.title ?? base.title,
    archived: item.archived,
    tags: item.tags,
    progress: item.percent ? { block: 0, quote: '', offset: 0, percent: item.percent, at: savedAt } : null,
  };
}

/** What an import may add to an entry already in the list. */
function mergeInto(current: ListEntry, item: IncomingArticle, bodyQueued: boolean): ListEntry {
  const full = withDefaults(current);
  const tags = [...new Set([...full.tags, ...item.tags])];
  const gainsBody = current.pending && (Boolean(item.article) || bodyQueued);
  const progress =
    item.entry?.progress && (!current.progress || item.entry.progress.at > current.progress.at)
      ? item.entry.progress
      : current.progress;
  return { ...full, tags, progress, pending: current.pending && !gainsBody };
}
