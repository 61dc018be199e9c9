/**
 * The article as a flat sequence of what a reader meets: text blocks,
 * media and the markers of removed blocks, in document order.
 */
import { BLOCK_TAGS, MEDIA_SELECTOR, blockParents, normText } from './dom-utils';
import { Removals } from './removals';

export interface SequenceItem {
  type: 'block' | 'media' | 'marker';
  el: Element;
  text: string;
}

const MEDIA_TAGS = new Set(MEDIA_SELECTOR.toUpperCase().split(/,\s*/));

/** Flattens `root` into blocks, media and removal markers; `textOf` reads a block's text. */
export function sequence(root: Element, textOf: (el: Element) => string = normText): SequenceItem[] {
  const out: SequenceItem[] = [];
  const parents = blockParents(root);
  const visit = (el: Element, inLeaf: boolean): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (Removals.isMarker(child)) out.push({ type: 'marker', el: child, text: '' });
      else if (MEDIA_TAGS.has(child.tagName.toUpperCase())) out.push({ type: 'media', el: child, text: '' });
      else if (inLeaf) visit(child, true);
      else if (BLOCK_TAGS.has(child.tagName) && !parents.has(child)) {
        // Markers and media inside an inline-only block still count, before its text.
        visit(child, true);
        const text = textOf(child);
        if (text) out.push({ type: 'block', el: child, text });
      } else visit(child, false);
    }
  };
  visit(root, false);
  return out;
}
