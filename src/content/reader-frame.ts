/**
 * Reader mode on the page: Folio's reader page (src/reader) in a frame that
 * covers the viewport. Toggling off removes it and puts back exactly what was
 * changed: the root element's `overflow` and the scroll position and focus.
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
 * its (per-session) address out of the DOM.
 */
import { browser, t } from '../platform/browser';

interface Shown {
  host: HTMLElement;
  scrollX: number;
  scrollY: number;
  focus: Element | null;
  overflow: { value: string; priority: string; attribute: string | null };
}

const state: { shown: Shown | null } = { shown: null };

/** Inline `!important` beats any page rule, and needs no stylesheet (CSSOM: allowed by CSPs). */
export function forceStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

export function isReaderShown(): boolean {
  return Boolean(state.shown?.host.isConnected);
}

/** The one page the frame may show; anything else is refused. */
const READER_PAGE = 'src/reader/index.html';

export function showReader(framePath: string): boolean {
  if (isReaderShown()) return true;
  if (framePath.split('?')[0] !== READER_PAGE) return false;
  const root = document.documentElement;
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const host = document.createElement('folio-reader');
  forceStyles(host, {
    all: 'initial',
    display: 'block',
    position: 'fixed',
    inset: '0',
    width: '100vw',
    height: '100vh',
    'z-index': '2147483647',
    // The reader's own background, before its page paints: no flash of the page.
    background: dark ? '#1b1b1d' : '#fdfcf9',
  });
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(framePath);
  frame.title = t('readerFrameTitle');
  forceStyles(frame, {
    border: '0',
    display: 'block',
    width: '100%',
    height: '100%',
    background: 'transparent',
  });
  host.attachShadow({ mode: 'closed' }).append(frame);

  state.shown = {
    host,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    focus: document.activeElement,
    overflow: {
      value: root.style.getPropertyValue('overflow'),
      priority: root.style.getPropertyPriority('overflow'),
      attribute: root.getAttribute('style'),
    },
  };
  root.append(host);
  // The page's scroll bar would stay beside the frame (fixed boxes stop at it).
  root.style.setProperty('overflow', 'hidden', 'important');
  frame.addEventListener('load', () => frame.focus(), { once: true });
  return true;
}

export function hideReader(): boolean {
  const shown = state.shown;
  if (!shown) return false;
  state.shown = null;
  shown.host.remove();
  const root = document.documentElement;
  const { value, priority, attribute } = shown.overflow;
  // Chrome writes CSSOM changes back to the attribute lazily: reading it
  // first settles that, so removing it cannot leave a stray `style=""`.
  root.getAttribute('style');
  if (attribute === null) root.removeAttribute('style');
  else {
    if (value) root.style.setProperty('overflow', value, priority);
    else root.style.removeProperty('overflow');
    // CSSOM re-serializes ("color: red" → "color: red;"): put the page's own text back.
    if (root.getAttribute('style') !== attribute) root.setAttribute('style', attribute);
  }
  // 'instant' overrides a page's `scroll-behavior: smooth`: the page is simply back.
  window.scrollTo({ left: shown.scrollX, top: shown.scrollY, behavior: 'instant' });
  if (shown.focus instanceof HTMLElement && shown.focus.isConnected)
    shown.focus.focus({ preventScroll: true });
  return true;
}
