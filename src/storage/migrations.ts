/**
 * Versioned records: each stored item names its current version and the
 * steps that bring an older record up to it. A record read at an older
 * version is migrated on read (and written back by whoever writes it next).
 */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** `migrations[n]` turns a version-n record into a version-(n+1) one. */
export interface Versioned<T> {
  version: number;
  migrations: Record<number, Migration>;
  /** Checks the migrated shape, so a corrupt record is dropped rather than shown. */
  isValid(value: unknown): value is T;
}

/** The record at the current version, or null when it is unknown or cannot be migrated. */
export function migrate<T>(item: Versioned<T>, raw: unknown): T | null {
  if (typeof raw !== 'object' || raw === null) return null;
  let record = raw as Record<string, unknown>;
  let version = typeof record.v === 'number' ? record.v : 1;
  if (version > item.version) return null; // written by a newer Folio: leave it alone
  while (version < item.version) {
    const step = item.migrations[version];
    if (!step) return null;
    record = { ...step(record), v: version + 1 };
    version++;
  }
  return item.isValid(record) ? record : null;
}
