/**
 * Storage quota errors, turned into one clear sentence. IndexedDB reports
 * `QuotaExceededError` (a DOMException); `storage.local` and `storage.sync`
 * reject with messages that mention the quota.
 */
export class StorageFullError extends Error {
  constructor() {
    super(
      'Folio’s storage is full, so this article was not saved. Your reading list is unchanged: ' +
        'delete or export some saved articles, or free disk space, then try again.',
    );
    this.name = 'StorageFullError';
  }
}

export function isQuotaError(error: unknown): boolean {
  if (error instanceof StorageFullError) return true;
  const name = (error as { name?: unknown })?.name;
  const message = String((error as { message?: unknown })?.message ?? error);
  // A full disk is not always reported as a quota: Chromium's IndexedDB says
  // "Failed to write blobs (IOError)" for large values when the disk fills up.
  return (
    name === 'QuotaExceededError' ||
    /quota|QUOTA_BYTES|disk is full|no space|storage is full|IOError|Failed to write/i.test(message)
  );
}

/** The error to throw on: a StorageFullError for quota problems, the error itself otherwise. */
export function asStorageError(error: unknown): unknown {
  return isQuotaError(error) ? new StorageFullError() : error;
}
