/**
 * Per-tab reader state in `storage.session`: whether reader mode is on, and
 * the last extraction of the tab, so the reader frame can show it without
 * reading the page again. The worker may be stopped between any two steps,
 * so this is the only place the state lives; the session area is cleared when
 * the browser closes and is not readable by content scripts.
 */
import type { PageOutcome } from '../messages/outcome';
import { browser } from '../platform/browser';
import { isQuotaError } from './storage-full';

export const TAB_STATE_VERSION = 1;

export interface TabState {
  version: number;
  /** Reader mode is (believed to be) showing in the tab. */
  on: boolean;
  /** The tab's address when `outcome` was read; a different address means a stale cache. */
  url: string | null;
  outcome: PageOutcome | null;
  /** The tab's own favicon, the only remote icon Folio shows. */
  favIconUrl: string | null;
  updatedAt: number;
}

const KEY_PREFIX = 'tab:';
const keyOf = (tabId: number): string => `${KEY_PREFIX}${tabId}`;

// Read-modify-write steps run one after another, so two messages arriving
// together (a toggle and a read) cannot overwrite each other's change. Only
// the order lives in memory; the state itself is always in storage.
const writes = { tail: Promise.resolve() as Promise<unknown> };

/** Runs `step` after the writes already asked for; a failed step does not stop the ones after it. */
function queued<T>(step: () => Promise<T>): Promise<T> {
  const done = writes.tail.then(step);
  writes.tail = done.catch(() => undefined);
  return done;
}

/** The tab's state once the writes already asked for are done (a read never sees a state about to change). */
export async function getTabState(tabId: number): Promise<TabState | null> {
  await writes.tail;
  return readTabState(tabId);
}

async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)] as TabState | undefined;
  // An unknown version is dropped, not guessed at: it is only a cache.
  return stored && stored.version === TAB_STATE_VERSION ? stored : null;
}

/** Merges `patch` into the tab's state and returns the result. */
export function updateTabState(tabId: number, patch: Partial<Omit<TabState, 'version'>>): Promise<TabState> {
  return queued(() => writeTabState(tabId, patch));
}

async function writeTabState(tabId: number, patch: Partial<Omit<TabState, 'version'>>): Promise<TabState> {
  const previous = await readTabState(tabId);
  const next: TabState = {
    on: false,
    url: null,
    outcome: null,
    favIconUrl: null,
    ...previous,
    ...patch,
    version: TAB_STATE_VERSION,
    updatedAt: Date.now(),
  };
  return storeMakingRoom(tabId, next);
}

/**
 * The tab's state; when `storage.session` is full, without its article
 * (last resort, see setMakingRoom), so reader mode still knows whether it
 * is on. Returns what was stored.
 */
async function storeMakingRoom(tabId: number, next: TabState): Promise<TabState> {
  const key = keyOf(tabId);
  if (await setMakingRoom({ [key]: next })) return next;
  const bare: TabState = { ...next, outcome: null };
  await browser.storage.session.set({ [key]: bare });
  return bare;
}

/**
 * Writes `items` to `storage.session`. It holds 10 MB in Chromium: with many
 * tabs read, one more value may not fit. Other tabs' cached articles then
 * make room, least recently updated first (only a cache: those tabs read
 * their page again when asked); their reader-mode flags stay. False when
 * the items still do not fit with every cached article gone.
 */
async function setMakingRoom(items: Record<string, unknown>): Promise<boolean> {
  const stored = () =>
    browser.storage.session.set(items).then(
      () => true,
      (error: unknown) => {
        if (isQuotaError(error)) return false;
        throw error;
      },
    );
  if (await stored()) return true;
  const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
  const cached = Object.entries(all)
    .filter((entry): entry is [string, TabState] => {
      const [other, value] = entry;
      return (
        !(other in items) && other.startsWith(KEY_PREFIX) && Boolean((value as TabState | null)?.outcome)
      );
    })
    .sort(([, a], [, b]) => (a.updatedAt ?? 0) - (b.updatedAt ?? 0));
  for (const [other, state] of cached) {
    await browser.storage.session.set({ [other]: { ...state, outcome: null } });
    if (await stored()) return true;
  }
  return false;
}

/**
 * Another worker value kept in `storage.session` (the sync-due mark): made
 * room for as a tab's state is, and queued with the tab writes so that
 * making room never overwrites a tab's newer state. False when it does not fit.
 */
export function setSessionValue(key: string, value: unknown): Promise<boolean> {
  return queued(() => setMakingRoom({ [key]: value }));
}

/** Forgets a tab; queued behind pending writes, so a late write cannot bring a closed tab back. */
export function removeTabState(tabId: number): Promise<void> {
  return queued(() => browser.storage.session.remove(keyOf(tabId)));
}
