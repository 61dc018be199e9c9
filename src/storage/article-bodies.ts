/**
 * Stored item: the full offline copy of each saved article (sanitized HTML,
 * text, metadata, source context), in IndexedDB `bodies`, keyed by entry id.
 * Version: the database's (database.ts).
 */
import type { IDBPDatabase } from 'idb';
import type { Article } from '../extract/types';
import { withDatabase, type FolioDB } from './database';
import { asStorageError } from './storage-full';

export function putBody(id: string, article: Article, savedAt: number): Promise<void> {
  return guarded(async (db) => {
    await db.put('bodies', { id, article, savedAt });
  });
}

/** Runs an IndexedDB step; a refused or full storage becomes its one clear sentence. */
async function guarded<T>(step: (db: IDBPDatabase<FolioDB>) => Promise<T>): Promise<T> {
  try {
    return await withDatabase(step);
  } catch (error) {
    throw asStorageError(error);
  }
}

export function getBody(id: string): Promise<Article | null> {
  return guarded(async (db) => (await db.get('bodies', id))?.article ?? null);
}

export function getBodies(ids: string[]): Promise<Map<string, Article>> {
  return guarded((db) => readBodies(db, ids));
}

async function readBodies(db: IDBPDatabase<FolioDB>, ids: string[]): Promise<Map<string, Article>> {
  const tx = db.transaction('bodies');
  const records = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  const found = new Map<string, Article>();
  records.forEach((r) => r && found.set(r.id, r.article));
  return found;
}

export function deleteBody(id: string): Promise<void> {
  return guarded((db) => db.delete('bodies', id));
}

export function bodyIds(): Promise<string[]> {
  return guarded((db) => db.getAllKeys('bodies'));
}
