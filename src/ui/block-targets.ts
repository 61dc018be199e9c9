/**
 * Which rendered element is "the paragraph" for "show in original": the
 * nearest element carrying a `data-folio-ref` that reads as one block, not a
 * wrapper around many.
 */

const PARAGRAPH_LIKE = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'DT', 'DD',
]); // prettier-ignore

export function isTargetBlock(el: Element): boolean {
  return PARAGRAPH_LIKE.has(el.tagName) || !el.querySelector('[data-folio-ref]');
}

/** The block under `node` inside `root`, or null. */
export function blockAt(node: EventTarget | null, root: Element): Element | null {
  let el = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
  while (el && el !== root && root.contains(el)) {
    if (el.hasAttribute('data-folio-ref') && isTargetBlock(el)) return el;
    el = el.parentElement;
  }
  return null;
}

/** The nearest ancestor that scrolls, or null for the page itself. */
export function scrollParent(el: Element): Element | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** The first block whose bottom is inside the visible area: where the reader is. */
export function firstVisibleBlock(root: Element): Element | null {
  const scroller = scrollParent(root);
  const top = scroller ? scroller.getBoundingClientRect().top : 0;
  for (const el of Array.from(root.querySelectorAll('[data-folio-ref]'))) {
    if (!isTargetBlock(el)) continue;
    if (el.getBoundingClientRect().bottom > top + 8) return el;
  }
  return null;
}
