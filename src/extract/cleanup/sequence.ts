/**
 * The article as a flat sequence of what a reader meets: text blocks,
 * media and the markers of removed blocks, in document order.
 */
import { BLOCK_TAGS, MEDIA_SELECTOR, hasBlockChild, normText } from './dom-utils';
import { Removals } from './removals';

export interface SequenceItem {
  type: 'block' | 'media' | 'marker';
  el: Element;
  text: string;
}

const MEDIA_TAGS = new Set(MEDIA_SELECTOR.toUpperCase().split(/,\s*/));

/** Flattens `root` into blocks, media and removal markers. */
export function sequence(root: Element): SequenceItem[] {
  const out: SequenceItem[] = [];
  const visit = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      if (Removals.isMarker(child)) out.push({ type: 'marker', el: child, text: '' });
      else if (MEDIA_TAGS.has(child.tagName)) out.push({ type: 'media', el: child, text: '' });
      else if (BLOCK_TAGS.has(child.tagName) && !hasBlockChild(child)) {
        // Markers and media inside an inline-only block still count, before its text.
        for (const inner of Array.from(
          child.querySelectorAll(`span[data-folio-removed], ${MEDIA_SELECTOR}`),
        )) {
          out.push({ type: Removals.isMarker(inner) ? 'marker' : 'media', el: inner, text: '' });
        }
        const text = normText(child);
        if (text) out.push({ type: 'block', el: child, text });
      } else visit(child);
    }
  };
  visit(root);
  return out;
}
