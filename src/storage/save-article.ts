/**
 * Saving for later: the full sanitized article into IndexedDB, its entry and
 * address aliases into `storage.local`, under the list lock. Saving the same
 * article again (same or canonical address) updates the one entry, keeping
 * where the person stopped.
 */
import type { Article } from '../extract/types';
import { browser } from '../platform/browser';
import { deleteBody, putBody } from './article-bodies';
import { readEntry, readForChange, shardRecords, withDefaults } from './list-entries';
import { withListLock } from './list-lock';
import { asStorageError } from './storage-full';
import type { ListEntry } from './types';
import { aliasRecords, lookupAlias } from './url-aliases';
import { idForUrl } from './url-key';

/** The entry an article makes, over the one already saved for it (if any). */
export function entryFromArticle(
  article: Article,
  id: string,
  prev: ListEntry | null,
  now: number,
): ListEntry {
  const base = prev ? withDefaults(prev) : null;
  return {
    id,
    url: article.url,
    title: article.title || article.url,
    siteName: article.siteName ?? article.sourceContext.domain ?? null,
    byline: article.byline,
    publishedTime: article.publishedTime,
    excerpt: article.excerpt,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    savedAt: base?.savedAt ?? now,
    lastOpenedAt: base?.lastOpenedAt ?? null,
    // Saving again puts an archived article back in the unread list, as Pocket did.
    archived: false,
    pending: false,
    progress: base?.progress ?? null,
    canonicalUrl: article.canonicalUrl,
    tags: base?.tags ?? [],
    stamps: { archived: base?.archived ? now : (base?.stamps.archived ?? now), meta: now },
  };
}

/** Resolves the id for a set of addresses: the existing entry's, else a hash of the canonical one. */
export async function resolveId(url: string, canonicalUrl: string | null): Promise<string> {
  return (await lookupAlias([url, canonicalUrl])) ?? idForUrl(canonicalUrl || url);
}

export function saveArticle(article: Article, now = Date.now()): Promise<ListEntry> {
  return withListLock(async () => {
    const id = await resolveId(article.url, article.canonicalUrl);
    const { entry: prev, raw } = await readForChange(id);
    // A saved (not pending) entry has its body: on failure the new body stays with it. Not
    // reading the old body back keeps a save to one IndexedDB write.
    const hadBody = prev !== null && !prev.pending;
    // The body first: if the disk is full, nothing about the list has changed yet.
    await putBody(id, article, now);
    const entry = entryFromArticle(article, id, prev, now);
    try {
      await browser.storage.local.set({
        ...(await shardRecords({ put: [entry] }, raw)),
        ...aliasRecords(id, [article.url, article.canonicalUrl]),
      });
    } catch (error) {
      if (!hadBody) await deleteBody(id).catch(() => undefined);
      throw asStorageError(error);
    }
    return entry;
  });
}

/**
 * A link saved from the context menu: an entry without a body, `pending`
 * until the page is opened and read (Folio may not fetch it on its own).
 * A link already in the list is left as it is.
 */
export function saveLink(url: string, title: string | null, now = Date.now()): Promise<ListEntry> {
  return withListLock(async () => {
    const id = await resolveId(url, null);
    const prev = await readEntry(id);
    if (prev) return prev;
    const entry = pendingEntry(id, url, title, now);
    try {
      await browser.storage.local.set({
        ...(await shardRecords({ put: [entry] })),
        ...aliasRecords(id, [url]),
      });
    } catch (error) {
      throw asStorageError(error);
    }
    return entry;
  });
}

export function pendingEntry(id: string, url: string, title: string | null, now: number): ListEntry {
  let site: string | null = null;
  try {
    site = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Not an address we can parse: keep it, without a site.
  }
  return {
    id,
    url,
    title: title?.trim() || url,
    siteName: site,
    byline: null,
    publishedTime: null,
    excerpt: null,
    wordCount: 0,
    readingMinutes: 0,
    savedAt: now,
    lastOpenedAt: null,
    archived: false,
    pending: true,
    progress: null,
    canonicalUrl: null,
    tags: [],
    stamps: { archived: now, meta: now },
  };
}
