/** "Show in original": scroll the page to a block of the article and mark it. */
import type { LiveBlocks } from './block-refs';
import { findByText } from './find-text';
import { flash } from './highlight';
import { hideReader } from './reader-frame';

function isShown(el: Element): boolean {
  return el.isConnected && el.getClientRects().length > 0;
}

export function showOriginal(blocks: LiveBlocks, ref: string, text: string): boolean {
  // From the reader on the page, the original is under the frame: lift it first.
  hideReader();
  const tagged = blocks.get(ref);
  const target = tagged && isShown(tagged) ? tagged : findByText(document, text);
  if (!target || !isShown(target)) return false;
  // A tab in the background runs no scroll animation (Firefox drops it): jump there at once.
  const calm =
    matchMedia('(prefers-reduced-motion: reduce)').matches || document.visibilityState !== 'visible';
  target.scrollIntoView({ block: 'center', behavior: calm ? 'instant' : 'smooth' });
  flash(target);
  return true;
}
