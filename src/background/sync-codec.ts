/**
 * The compact form of a list entry in `storage.sync`: metadata and the
 * reading position only (bodies stay on each device), with short keys and
 * truncated text so hundreds of entries fit in sync's ~100 KB.
 */
import type { ListEntry, ReadingProgress } from '../storage/types';

export const SYNC_PREFIX = 's:';
export const syncKey = (id: string): string => `${SYNC_PREFIX}${id}`;

export interface SyncRecord {
  /** address */
  u: string;
  /** title, truncated */
  t: string;
  /** site name */
  s?: string;
  /** saved at */
  sv: number;
  /** archived (absent: unread) */
  a?: 1;
  /** when `archived` last changed */
  at: number;
  /** when title/site last changed */
  mt: number;
  /** progress: block, quote, offset, percent, at */
  p?: [number, string, number, number, number];
  /** last opened at */
  o?: number;
  /** reading minutes */
  m?: number;
  /** deleted at: a tombstone, the other fields are then empty */
  d?: number;
}

const TITLE_MAX = 140;
const QUOTE_MAX = 40;
const URL_MAX = 2000;

export function encodeEntry(entry: ListEntry): SyncRecord {
  const stamps = entry.stamps ?? { archived: entry.savedAt, meta: entry.savedAt };
  const r: SyncRecord = {
    u: entry.url.slice(0, URL_MAX),
    t: entry.title.slice(0, TITLE_MAX),
    sv: entry.savedAt,
    at: stamps.archived,
    mt: stamps.meta,
  };
  if (entry.siteName) r.s = entry.siteName.slice(0, 60);
  if (entry.archived) r.a = 1;
  if (entry.progress) {
    const p = entry.progress;
    r.p = [p.block, p.quote.slice(0, QUOTE_MAX), p.offset, p.percent, p.at];
  }
  if (entry.lastOpenedAt) r.o = entry.lastOpenedAt;
  if (entry.readingMinutes) r.m = entry.readingMinutes;
  return r;
}

export function tombstoneRecord(deletedAt: number): SyncRecord {
  return { u: '', t: '', sv: 0, at: 0, mt: 0, d: deletedAt };
}

export function decodeProgress(p: SyncRecord['p']): ReadingProgress | null {
  if (!Array.isArray(p) || p.length !== 5) return null;
  const [block, quote, offset, percent, at] = p;
  return { block, quote, offset, percent, at };
}

export function isSyncRecord(value: unknown): value is SyncRecord {
  const r = value as SyncRecord | null;
  return !!r && typeof r === 'object' && typeof r.u === 'string' && typeof r.sv === 'number';
}

/** Bytes the browser counts for an item: key plus JSON. */
export function recordBytes(key: string, record: SyncRecord): number {
  return key.length + JSON.stringify(record).length;
}
