/**
 * Reader mode on the page: Folio's reader page (src/reader) in a frame that
 * covers the viewport. Toggling off removes it and puts back exactly what was
 * changed (page-state.ts).
 *
 * Why an extension-page frame and not the reader rendered into a closed
 * shadow root:
 * - page scripts cannot reach a cross-origin extension document at all, while
 *   a shadow root shares the page's realm (a page can patch `attachShadow` or
 *   DOM prototypes before we run and so see into a "closed" root);
 * - no page CSS leaks in (inherited properties, `@font-face` and `:host`
 *   rules do cross shadow boundaries), and the page's CSP does not apply;
 * - the reader runs with Folio's strict CSP and talks to the worker through
 *   extension messaging, never `postMessage` (which a page could spoof).
 * The frame itself sits in a closed shadow root so page scripts cannot read
 * its address out of the DOM.
 *
 * While the popup is open the frame may be prepared hidden (`prepareReader`),
 * so that turning reader mode on only has to reveal it; a prepared frame that
 * is not shown is dropped when the popup closes, or after a minute.
 */
import { browser, t } from '../platform/browser';
import { describeSavedPage, SAVED_PAGE_ATTRIBUTE, takeOrphanHosts, watchContext } from './orphans';
import { lockPageScroll, restorePage, savePage, type SavedPage } from './page-state';

interface ReaderFrame {
  host: HTMLElement;
  frame: HTMLIFrameElement;
  path: string;
  loaded: boolean;
}

const PREPARED_TTL_MS = 60_000;
/** The one page the frame may show; anything else is refused. */
const READER_PAGE = 'src/reader/index.html';

const state: {
  frame: ReaderFrame | null;
  shown: SavedPage | null;
  ttl: ReturnType<typeof setTimeout> | 0;
  unwatch: (() => void) | null;
} = { frame: null, shown: null, ttl: 0, unwatch: null };

/** Inline `!important` beats any page rule, and needs no stylesheet (CSSOM: allowed by CSPs). */
export function forceStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

export function isReaderShown(): boolean {
  return Boolean(state.shown && state.frame?.host.isConnected);
}

function createFrame(path: string, visible: boolean): ReaderFrame {
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const host = document.createElement('folio-reader');
  forceStyles(host, {
    all: 'initial',
    display: visible ? 'block' : 'none',
    position: 'fixed',
    inset: '0',
    width: '100vw',
    height: '100vh',
    'z-index': '2147483647',
    // The reader's own background, before its page paints: no flash of the page.
    background: dark ? '#1b1b1d' : '#fdfcf9',
  });
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(path);
  frame.title = t('readerFrameTitle');
  forceStyles(frame, {
    border: '0',
    display: 'block',
    width: '100%',
    height: '100%',
    background: 'transparent',
  });
  host.attachShadow({ mode: 'closed' }).append(frame);
  const created: ReaderFrame = { host, frame, path, loaded: false };
  frame.addEventListener('load', () => {
    // The reader page never navigates itself. A second load means something
    // else did (a page may navigate a frame it contains): fail closed.
    if (created.loaded) return void dropNavigated(created);
    created.loaded = true;
    if (state.shown && state.frame === created) frame.focus();
  });
  document.documentElement.append(host);
  return created;
}

function dropNavigated(frame: ReaderFrame): void {
  if (state.frame !== frame) return void frame.host.remove();
  if (state.shown) hideReader();
  else dropFrame();
}

function dropFrame(): void {
  clearTimeout(state.ttl);
  state.frame?.host.remove();
  state.frame = null;
}

/** Loads the reader hidden, ready to be revealed by `showReader`. */
export function prepareReader(path: string): boolean {
  if (path.split('?')[0] !== READER_PAGE) return false;
  if (isReaderShown()) return true;
  dropFrame();
  state.frame = createFrame(path, false);
  state.ttl = setTimeout(releaseReader, PREPARED_TTL_MS);
  return true;
}

/** Drops a prepared frame that was never shown. */
export function releaseReader(): boolean {
  if (state.shown || !state.frame) return false;
  dropFrame();
  return true;
}

export function showReader(path: string): boolean {
  if (isReaderShown()) return true;
  if (path.split('?')[0] !== READER_PAGE) return false;
  // The page removed the frame behind our back: put the page back first.
  if (state.shown) hideReader();
  clearTimeout(state.ttl);
  const prepared = state.frame?.path === path && state.frame.host.isConnected ? state.frame : null;
  if (!prepared) dropFrame();
  // A reader left by an older Folio (before an update) gives back the page it saved.
  const orphan = takeOrphanHosts(prepared?.host ?? null);
  if (orphan) restorePage({ ...orphan, focus: null });
  state.shown = savePage();
  const current = prepared ?? createFrame(path, true);
  current.host.setAttribute(SAVED_PAGE_ATTRIBUTE, describeSavedPage(state.shown));
  state.unwatch = watchContext(hideReader);
  state.frame = current;
  current.host.style.setProperty('display', 'block', 'important');
  lockPageScroll();
  if (current.loaded) current.frame.focus();
  return true;
}

export function hideReader(): boolean {
  const saved = state.shown;
  if (!saved) return false;
  state.shown = null;
  state.unwatch?.();
  state.unwatch = null;
  dropFrame();
  restorePage(saved);
  return true;
}
