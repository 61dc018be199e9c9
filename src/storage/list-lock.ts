/**
 * Serializes every write to the reading list, across the worker and the
 * extension pages, so concurrent saves (several tabs at once, an import while
 * the worker saves) neither lose nor duplicate entries: each read-modify-write
 * runs alone. Web Locks are shared by all contexts of the extension's origin;
 * where they are missing (Node tests) a promise chain does the same within
 * the one context. Every task runs on the current storage layout.
 */
import { layoutConfirmed, upgradeLayout } from './list-layout';

const LOCK_NAME = 'folio-reading-list';
let chain: Promise<unknown> = Promise.resolve();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export function withListLock<T>(task: () => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    await upgradeLayout();
    return task();
  };
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks) return locks.request(LOCK_NAME, run);
  const next = chain.then(run, run);
  chain = next.catch(() => undefined);
  return next;
}

/** For reads outside the lock: make sure the layout is current first (never inside a lock task). */
export async function ensureLayout(): Promise<void> {
  if (!layoutConfirmed()) await withListLock(async () => undefined);
}
