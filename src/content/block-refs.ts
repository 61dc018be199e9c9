/**
 * Links the blocks of the article back to the live page for "show in
 * original". Right after `cloneNode`, the clone and the live document have
 * the same shape, so walking both in step pairs each cloned element with its
 * live twin. Blocks of the clone get `data-folio-ref="<n>"`, which the
 * extraction keeps through Readability and sanitizing; the live elements stay
 * here, in the content script, and never leave the page.
 */

/** Elements a reader thinks of as one paragraph-like block. */
const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION',
  'TABLE', 'DT', 'DD', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'UL', 'OL', 'DL',
]); // prettier-ignore

export const REF_ATTR = 'data-folio-ref';

export type LiveBlocks = Map<string, Element>;

/**
 * Tags the block elements of `clone` and returns the live element behind each
 * tag. `live` and `clone` must have the same shape (a fresh `cloneNode(true)`).
 */
export function tagBlocks(live: Document, clone: Document): LiveBlocks {
  const blocks: LiveBlocks = new Map();
  const liveRoot = live.body;
  const cloneRoot = clone.body;
  if (!liveRoot || !cloneRoot) return blocks;
  const liveWalker = live.createTreeWalker(liveRoot, NodeFilter.SHOW_ELEMENT);
  const cloneWalker = clone.createTreeWalker(cloneRoot, NodeFilter.SHOW_ELEMENT);
  let n = 0;
  for (
    let liveNode: Node | null = liveWalker.currentNode, cloneNode: Node | null = cloneWalker.currentNode;
    liveNode && cloneNode;
    liveNode = liveWalker.nextNode(), cloneNode = cloneWalker.nextNode()
  ) {
    const liveEl = liveNode as Element;
    const cloneEl = cloneNode as Element;
    // Same shape or nothing: a mismatch means the page changed under us, and
    // a wrong pairing would jump to the wrong paragraph. Stop tagging there.
    if (liveEl.tagName !== cloneEl.tagName) break;
    if (!BLOCK_TAGS.has(cloneEl.tagName)) continue;
    const ref = String(n++);
    cloneEl.setAttribute(REF_ATTR, ref);
    blocks.set(ref, liveEl);
  }
  return blocks;
}
