/**
 * Wires sync into the worker. Local list changes mark sync as due (in
 * `storage.session`, so a worker stopped before the timer fires picks it up
 * when it wakes) and flush a few seconds later, batching a burst of changes
 * (progress while reading) into one write. Remote changes are merged as they
 * arrive. The browser's start and Folio's install do a full round.
 */
import { browser } from '../platform/browser';
import { SHARD_PREFIX } from '../storage/list-shards';
import { setSessionValue } from '../storage/tab-state';
import { SYNC_PREFIX } from './sync-codec';
import { pullChanges, syncNow } from './sync-engine';

const DUE_KEY = 'syncDue';
const DELAY_MS = 5_000;
let timer: ReturnType<typeof setTimeout> | undefined;

async function flush(): Promise<void> {
  timer = undefined;
  try {
    await syncNow();
    await browser.storage.session.remove(DUE_KEY).catch(() => undefined);
  } catch (error) {
    // Sync off, signed out or over quota: the list itself is unaffected; retry on the next change.
    console.warn('Folio sync:', error);
  }
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void flush(), DELAY_MS);
}

type ChangeListener = Parameters<typeof browser.storage.onChanged.addListener>[0];

const onChanged: ChangeListener = (changes, area) => {
  const keys = Object.keys(changes);
  if (area === 'local' && keys.some((k) => k.startsWith(SHARD_PREFIX))) {
    // Made room for when tabs' cached articles fill the area: a lost mark loses the flush if the worker stops first.
    void setSessionValue(DUE_KEY, Date.now()).catch(() => undefined);
    schedule();
  }
  if (area === 'sync') {
    const records = Object.fromEntries(
      keys
        .filter((k) => k.startsWith(SYNC_PREFIX) && changes[k]?.newValue)
        .map((k) => [k, changes[k]!.newValue]),
    );
    if (Object.keys(records).length) void pullChanges(records).catch(() => undefined);
  }
};

/** Called synchronously at the worker's top level. */
export function registerSync(): void {
  browser.storage.onChanged.addListener(onChanged);
  browser.runtime.onStartup.addListener(() => void flush());
  browser.runtime.onInstalled.addListener(() => void flush());
  // A flush that a stopped worker never ran.
  void browser.storage.session
    .get(DUE_KEY)
    .then((due) => due[DUE_KEY] && schedule())
    .catch(() => undefined);
}
