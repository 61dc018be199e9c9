/**
 * MutationObservers shared by Folio's faster Readability steps (kept texts,
 * batched link density), which watch the article only while they rely on
 * what they read.
 */

/** A MutationObserver constructor for `doc`'s nodes: its window's, else the global one. */
function observerFor(doc: Document): typeof MutationObserver | null {
  const own = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
  if (typeof own === 'function') return own;
  return typeof MutationObserver === 'function' ? MutationObserver : null;
}

/** Observers not in use, by constructor (one per window), kept for the next use. */
const idle = new WeakMap<typeof MutationObserver, MutationObserver[]>();

/**
 * A MutationObserver for `doc`'s nodes, null when its window has none: one
 * that is not in use, or a new one. Give it back with releaseObserver, which
 * disconnects it (dropping its records and targets). Firefox records the
 * script's whole stack when an observer is made, and Readability's steps
 * asked for one per block kind and per batch of candidates: on a small page
 * that was a twentieth of Folio's time.
 */
export function acquireObserver(doc: Document): MutationObserver | null {
  const Observer = observerFor(doc);
  if (!Observer) return null;
  return idle.get(Observer)?.pop() ?? new Observer(() => {});
}

/** Disconnects `observer` and keeps it for the next acquireObserver. */
export function releaseObserver(observer: MutationObserver): void {
  observer.disconnect();
  const Observer = observer.constructor as typeof MutationObserver;
  const list = idle.get(Observer);
  if (list) list.push(observer);
  else idle.set(Observer, [observer]);
}
