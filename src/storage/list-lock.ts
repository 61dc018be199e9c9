/**
 * Serializes every write to the reading list, across the worker and the
 * extension pages, so concurrent saves (several tabs at once, an import while
 * the worker saves) neither lose nor duplicate entries: each read-modify-write
 * runs alone. Web Locks are shared by all contexts of the extension's origin;
 * where they are missing (Node tests) a promise chain does the same within
 * the one context.
 */
const LOCK_NAME = 'folio-reading-list';
let chain: Promise<unknown> = Promise.resolve();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export function withListLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks) return locks.request(LOCK_NAME, task);
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}
