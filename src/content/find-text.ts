/**
 * Fallback for "show in original" when the tagged element is gone (the page
 * re-rendered since Folio read it): find the smallest element whose text
 * contains the start of the block's text.
 */

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Shortest prefix that is still specific enough to find one paragraph. */
const PROBE_LENGTH = 80;

export function findByText(doc: Document, text: string): Element | null {
  const probe = normalize(text).slice(0, PROBE_LENGTH);
  if (probe.length < 3 || !doc.body) return null;
  let best: Element | null = null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      const el = node as Element;
      if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'NOSCRIPT')
        return NodeFilter.FILTER_REJECT;
      // Descend only into elements that contain the text: their children may be smaller matches.
      return normalize(el.textContent ?? '').includes(probe)
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT;
    },
  });
  // Accepted elements come in document order along the first matching branch;
  // the first one outside the current best starts another occurrence: stop there.
  while (walker.nextNode()) {
    const el = walker.currentNode as Element;
    if (best && !best.contains(el)) break;
    best = el;
  }
  return best;
}
