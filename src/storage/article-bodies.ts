/**
 * Stored item: the full offline copy of each saved article (sanitized HTML,
 * text, metadata, source context), in IndexedDB `bodies`, keyed by entry id.
 * Version: the database's (database.ts).
 */
import type { Article } from '../extract/types';
import { database } from './database';
import { asStorageError } from './storage-full';

export async function putBody(id: string, article: Article, savedAt: number): Promise<void> {
  try {
    await (await database()).put('bodies', { id, article, savedAt });
  } catch (error) {
    throw asStorageError(error);
  }
}

export async function getBody(id: string): Promise<Article | null> {
  return (await (await database()).get('bodies', id))?.article ?? null;
}

export async function getBodies(ids: string[]): Promise<Map<string, Article>> {
  const db = await database();
  const tx = db.transaction('bodies');
  const records = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  const found = new Map<string, Article>();
  records.forEach((r) => r && found.set(r.id, r.article));
  return found;
}

export async function deleteBody(id: string): Promise<void> {
  await (await database()).delete('bodies', id);
}

export async function bodyIds(): Promise<string[]> {
  return (await database()).getAllKeys('bodies');
}
