/**
 * Reads started by the toolbar click itself, for the popup that click opens
 * (see toolbar-click.ts). Only the promise of a read in progress lives here,
 * in memory: if the worker is stopped in between, the popup finds nothing and
 * reads the page again, which is what it did before this existed.
 */
import type { PageOutcome } from '../../messages/outcome';

/** The popup page the click opens. */
export const POPUP_PATH = 'src/popup/index.html';

/** A read older than this is not the one the popup is waiting for (the popup never opened). */
const FRESH_MS = 10_000;

const reads = new Map<number, { outcome: Promise<PageOutcome>; at: number }>();

/** Starts `read` for the tab's popup; a newer click replaces an older read. */
export function startClickRead(tabId: number, read: () => Promise<PageOutcome>): Promise<PageOutcome> {
  const outcome = read();
  // Taken by the popup; a failure is its answer there, not an unhandled rejection here.
  outcome.catch(() => undefined);
  reads.set(tabId, { outcome, at: Date.now() });
  return outcome;
}

/** The read the last click started on the tab, once: a later popup reads afresh. */
export function takeClickRead(tabId: number, now = Date.now()): Promise<PageOutcome> | null {
  const read = reads.get(tabId);
  reads.delete(tabId);
  return read && now - read.at < FRESH_MS ? read.outcome : null;
}
