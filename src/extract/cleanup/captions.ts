/**
 * Captions and photo credits stay with their figures in the HTML but are not
 * part of the running text (`Article.text`). A caption whose image is gone
 * is removed.
 */
import { hintKind } from './hints';
import { MEDIA_SELECTOR, descendants, isInMediaBox, leafBlocks, normText } from './dom-utils';
import type { Removals } from './removals';

/** Attribute marking a caption or credit inside a figure. */
export const CAPTION_ATTR = 'data-folio-caption';

/** Marks captions that sit with media; removes captions left without it. */
export function captionPass(root: Element, removals: Removals): void {
  for (const figure of Array.from(root.querySelectorAll('figure'))) {
    if (!figure.parentNode) continue;
    const hasMedia = figure.querySelector(MEDIA_SELECTOR) !== null;
    for (const caption of Array.from(figure.querySelectorAll('figcaption'))) {
      if (hasMedia) caption.setAttribute(CAPTION_ATTR, '');
    }
    if (!hasMedia) {
      // A figure without its picture (lazy loader stripped, video removed) is only its caption.
      if (normText(figure)) removals.remove(figure, 'caption');
      continue;
    }
    // Everything in a figure but the media is caption or credit text.
    for (const block of leafBlocks(figure)) block.setAttribute(CAPTION_ATTR, '');
  }
  for (const el of descendants(root)) {
    if (el.tagName !== 'FIGCAPTION' && hintKind(el) !== 'caption') continue;
    if (!el.parentNode || el.closest(`[${CAPTION_ATTR}]`)) continue;
    const text = normText(el);
    if (!text || text.length > 500) continue;
    if (isInMediaBox(el, root) || el.querySelector(MEDIA_SELECTOR)) el.setAttribute(CAPTION_ATTR, '');
    else removals.remove(el, 'caption');
  }
}
