/**
 * After Folio is updated or reloaded, a page may still show the reader frame
 * of the old version: its frame is dead and its content script can no longer
 * talk to Folio. Two ways out, so nothing stays stuck over the page:
 * - the old script notices its context is gone (its watch port disconnects,
 *   or the page becomes visible or focused again) and hides its own reader;
 * - a newly injected script removes any reader host it did not create,
 *   restoring what the old one saved on the host (scroll and root overflow).
 */
import { browser, isContextAlive } from '../platform/browser';
import type { SavedPage } from './page-state';

export const SAVED_PAGE_ATTRIBUTE = 'data-folio-page';

/** What a later script needs to restore the page, written on the host. */
export function describeSavedPage(saved: SavedPage): string {
  const { scrollX, scrollY, overflow } = saved;
  return JSON.stringify({ scrollX, scrollY, overflow });
}

/** Removes reader hosts other than `own`; returns the saved page of the first one, if any. */
export function takeOrphanHosts(own: Element | null): Omit<SavedPage, 'focus'> | null {
  let found: Omit<SavedPage, 'focus'> | null = null;
  for (const host of Array.from(document.querySelectorAll('folio-reader'))) {
    if (host === own) continue;
    const text = host.getAttribute(SAVED_PAGE_ATTRIBUTE);
    host.remove();
    if (!found && text) {
      try {
        found = JSON.parse(text) as Omit<SavedPage, 'focus'>;
      } catch {
        // A page may have written anything there: then only the host goes.
      }
    }
  }
  return found;
}

/** Calls `onDead` once, when this script's extension context is gone. */
export function watchContext(onDead: () => void): () => void {
  let done = false;
  const check = () => {
    if (done || isContextAlive()) return;
    done = true;
    stop();
    onDead();
  };
  const port = browser.runtime.connect({ name: 'folio-reader-watch' });
  // A stopped worker also disconnects the port; `check` tells the two apart.
  port.onDisconnect.addListener(check);
  document.addEventListener('visibilitychange', check);
  window.addEventListener('focus', check);
  const stop = () => {
    document.removeEventListener('visibilitychange', check);
    window.removeEventListener('focus', check);
    try {
      port.disconnect();
    } catch {
      // Already gone.
    }
  };
  return stop;
}
