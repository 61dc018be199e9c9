/**
 * Stored item: address → entry id, one `storage.local` key per normalized
 * address (`url:<normalized>`), for the page's own address and its canonical
 * one, so the popup finds an article by whichever address the tab shows.
 * Version 1 (the value is the id itself; a change of shape would add a `v`).
 */
import { browser } from '../platform/browser';
import { normalizeUrl } from './url-key';

export const ALIAS_PREFIX = 'url:';
export const aliasKey = (url: string): string => `${ALIAS_PREFIX}${normalizeUrl(url)}`;

/** The id saved under the first of `urls` that has one. */
export async function lookupAlias(urls: Array<string | null | undefined>): Promise<string | null> {
  const keys = [...new Set(urls.filter((u): u is string => Boolean(u)).map(aliasKey))];
  if (keys.length === 0) return null;
  const raw = await browser.storage.local.get(keys);
  for (const key of keys) if (typeof raw[key] === 'string') return raw[key] as string;
  return null;
}

/** The alias keys to write for an entry (merged into the caller's one `set`). */
export function aliasRecords(id: string, urls: Array<string | null | undefined>): Record<string, string> {
  const records: Record<string, string> = {};
  for (const url of urls) if (url) records[aliasKey(url)] = id;
  return records;
}
