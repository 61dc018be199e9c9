/**
 * Asks the browser not to evict Folio's storage under disk pressure (the
 * reading list is the person's data, not a cache). `persist()` exists only in
 * pages, not in the worker, so the list page asks each time it opens; with
 * `unlimitedStorage` both browsers grant it without a prompt.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
