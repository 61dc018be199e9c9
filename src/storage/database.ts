/**
 * Folio's IndexedDB database (through `idb`): article bodies, which are too
 * large and too many for `storage.local`, and the search index snapshot.
 *
 * Version 1: `bodies` (key: entry id).
 * Version 2: adds `search` (the list page's search index snapshot).
 * Each step of `upgrade` runs once, in order, from the version on disk.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article } from '../extract/types';
import { asStorageError, isStorageUnavailable, StorageUnavailableError } from './storage-full';

export const DB_NAME = 'folio';
export const DB_VERSION = 2;

export interface BodyRecord {
  id: string;
  article: Article;
  savedAt: number;
}

export interface SearchSnapshot {
  /** The serialized MiniSearch index. */
  index: string;
  /** Ids indexed, with the savedAt each was indexed at, to find what changed since. */
  indexed: Record<string, number>;
  builtAt: number;
  /** Version of the indexing options; a different one means rebuild. */
  format: number;
}

export interface FolioDB extends DBSchema {
  bodies: { key: string; value: BodyRecord };
  search: { key: string; value: SearchSnapshot };
}

// One connection per context; a stopped worker simply opens a new one.
let connection: Promise<IDBPDatabase<FolioDB>> | null = null;

export function database(): Promise<IDBPDatabase<FolioDB>> {
  if (typeof indexedDB === 'undefined' || !indexedDB) return Promise.reject(new StorageUnavailableError());
  // Wrapped in an async function so an open that throws at once (some
  // browsers refuse synchronously) becomes a rejection like the others.
  connection ??= (async () =>
    openDB<FolioDB>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) db.createObjectStore('bodies', { keyPath: 'id' });
        if (oldVersion < 2) db.createObjectStore('search');
      },
      // Another context upgrades the database: let it, and reopen on next use.
      blocking() {
        void connection?.then((db) => db.close());
        connection = null;
      },
      // The browser closed the connection itself (Chromium does after a
      // write fails on a full disk): reopen on next use.
      terminated() {
        connection = null;
      },
    }))().catch((error: unknown) => {
    connection = null;
    throw asStorageError(error);
  });
  return connection;
}

/**
 * Runs `use` on the database; if the connection turns out to be closing
 * (the browser closed it, and its close event has not reached us yet),
 * opens a new one and runs `use` once more.
 */
export async function withDatabase<T>(use: (db: IDBPDatabase<FolioDB>) => Promise<T>): Promise<T> {
  const db = await database();
  try {
    return await use(db);
  } catch (error) {
    if (!isClosedConnection(error)) throw error;
    if (connection && (await connection.catch(() => null)) === db) connection = null;
    return use(await database());
  }
}

/**
 * Chromium: "Failed to execute 'transaction' on 'IDBDatabase': The database
 * connection is closing." (An InvalidStateError that is not a refused storage.)
 */
function isClosedConnection(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'InvalidStateError' && !isStorageUnavailable(error);
}

/** For tests: forget the connection (after swapping the IndexedDB factory). */
export async function closeDatabase(): Promise<void> {
  const open = connection;
  connection = null;
  if (open) (await open.catch(() => null))?.close();
}
