/**
 * What reader mode changes on the page, saved before and put back after:
 * the scroll position, the focused element, and the root element's inline
 * `overflow` (hidden while the reader covers the page, so the page's scroll
 * bar does not stay beside the frame).
 */

export interface SavedPage {
  scrollX: number;
  scrollY: number;
  focus: Element | null;
  overflow: { value: string; priority: string; attribute: string | null };
}

export function savePage(): SavedPage {
  const root = document.documentElement;
  return {
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    focus: document.activeElement,
    overflow: {
      value: root.style.getPropertyValue('overflow'),
      priority: root.style.getPropertyPriority('overflow'),
      attribute: root.getAttribute('style'),
    },
  };
}

export function lockPageScroll(): void {
  document.documentElement.style.setProperty('overflow', 'hidden', 'important');
}

export function restorePage(saved: SavedPage): void {
  const root = document.documentElement;
  const { value, priority, attribute } = saved.overflow;
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
  window.scrollTo({ left: saved.scrollX, top: saved.scrollY, behavior: 'instant' });
  if (saved.focus instanceof HTMLElement && saved.focus.isConnected)
    saved.focus.focus({ preventScroll: true });
}
