/**
 * Storage quota errors, turned into one clear sentence. IndexedDB reports
 * `QuotaExceededError` (a DOMException); `storage.local` and `storage.sync`
 * reject with messages that mention the quota.
 */
import { t } from '../platform/browser';

export class StorageFullError extends Error {
  constructor() {
    super(t('storageFull'));
    this.name = 'StorageFullError';
  }
}

/**
 * IndexedDB refused outright: Firefox set to "Never remember history" (or a
 * private window) answers every open with InvalidStateError ("A mutation
 * operation was attempted on a database that did not allow mutations"), and
 * some profiles have no IndexedDB at all.
 */
export class StorageUnavailableError extends Error {
  constructor() {
    super(t('storageUnavailable'));
    this.name = 'StorageUnavailableError';
  }
}

export function isStorageUnavailable(error: unknown): boolean {
  if (error instanceof StorageUnavailableError) return true;
  const name = (error as { name?: unknown })?.name;
  const message = String((error as { message?: unknown })?.message ?? error);
  return (
    (name === 'InvalidStateError' && /did not allow mutations/i.test(message)) ||
    /indexedDB is not defined|IndexedDB is (not available|disabled)/i.test(message)
  );
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

/** The error to throw on: one clear sentence for a full or a refused storage, the error itself otherwise. */
export function asStorageError(error: unknown): unknown {
  if (isStorageUnavailable(error))
    return error instanceof StorageUnavailableError ? error : new StorageUnavailableError();
  return isQuotaError(error) ? new StorageFullError() : error;
}
