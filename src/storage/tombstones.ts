/**
 * Stored item: when an entry was deleted (`gone:<id>` → ms), kept so that
 * sync does not bring a deleted article back from another device, and so
 * that a later save on purpose does (it is newer than the deletion).
 * Version 1 (the value is the time itself).
 */
export const TOMBSTONE_PREFIX = 'gone:';
export const tombstoneKey = (id: string): string => `${TOMBSTONE_PREFIX}${id}`;
