/**
 * What happens when two devices change the same article (same id: the id is
 * a hash of the normalized address, so both devices agree on it).
 *
 * The rule, field by field:
 * - `savedAt`: the earliest (when it first entered the list anywhere).
 * - title and site: last writer wins, by `stamps.meta`.
 * - `archived`: last writer wins, by `stamps.archived` (archiving on the phone
 *   after un-archiving on the laptop archives it).
 * - progress: the most recent position wins (by `progress.at`), even if it is
 *   nearer the top: it is where the person was last, e.g. re-reading from the
 *   start. On a tie, the further one.
 * - `lastOpenedAt`: the latest.
 * - deletion: a tombstone wins over every change older than it; a change
 *   made after the deletion (saving it again) brings the article back.
 * - the body never syncs: an article known only from another device is
 *   `pending` here, and becomes a full copy when saved or opened and read.
 * Merging is commutative and idempotent, so devices converge whatever the
 * order in which they see each other's changes.
 */
import { withDefaults } from '../storage/list-entries';
import { pendingEntry } from '../storage/save-article';
import type { ListEntry, ReadingProgress } from '../storage/types';
import { decodeProgress, type SyncRecord } from './sync-codec';

export type MergeResult =
  { kind: 'keep' } | { kind: 'put'; entry: ListEntry } | { kind: 'delete'; at: number };

export function lastChange(e: ListEntry): number {
  const s = withDefaults(e).stamps;
  return Math.max(e.savedAt, s.meta, s.archived, e.progress?.at ?? 0, e.lastOpenedAt ?? 0);
}

function remoteLastChange(r: SyncRecord): number {
  return Math.max(r.sv, r.mt, r.at, r.p?.[4] ?? 0, r.o ?? 0);
}

export function laterProgress(a: ReadingProgress | null, b: ReadingProgress | null): ReadingProgress | null {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.percent >= b.percent ? a : b;
}

/** Merges a remote record into what this device has for the same id. */
export function mergeRemote(
  id: string,
  local: ListEntry | null,
  localDeletedAt: number | null,
  remote: SyncRecord,
): MergeResult {
  if (remote.d) {
    if (local && lastChange(local) > remote.d) return { kind: 'keep' };
    return local || (localDeletedAt ?? 0) < remote.d
      ? { kind: 'delete', at: Math.max(remote.d, localDeletedAt ?? 0) }
      : { kind: 'keep' };
  }
  if (!local) {
    if (localDeletedAt !== null && localDeletedAt >= remoteLastChange(remote)) return { kind: 'keep' };
    const fresh = pendingEntry(id, remote.u, remote.t, remote.sv);
    return { kind: 'put', entry: applyRemote(fresh, remote, true) };
  }
  const merged = applyRemote(local, remote, false);
  return JSON.stringify(merged) === JSON.stringify(withDefaults(local))
    ? { kind: 'keep' }
    : { kind: 'put', entry: merged };
}

function applyRemote(local: ListEntry, r: SyncRecord, fresh: boolean): ListEntry {
  const e = withDefaults(local);
  const metaWins = fresh || r.mt > e.stamps.meta;
  const archivedWins = fresh || r.at > e.stamps.archived;
  return {
    ...e,
    title: metaWins && r.t ? r.t : e.title,
    siteName: metaWins && r.s ? r.s : e.siteName,
    readingMinutes: e.readingMinutes || r.m || 0,
    savedAt: fresh ? r.sv : Math.min(e.savedAt, r.sv),
    archived: archivedWins ? r.a === 1 : e.archived,
    progress: laterProgress(fresh ? null : e.progress, decodeProgress(r.p)),
    lastOpenedAt: Math.max(e.lastOpenedAt ?? 0, r.o ?? 0) || null,
    // Same key order as withDefaults: mergeRemote compares the JSON to tell "nothing changed".
    stamps: { archived: Math.max(e.stamps.archived, r.at), meta: Math.max(e.stamps.meta, r.mt) },
  };
}
