/**
 * Briefly marks a block of the original page: a box drawn over it rather than
 * a change to the page's own element, so nothing of the page is touched.
 */
import { forceStyles } from './reader-frame';

const DURATION_MS = 2400;
const PAD = 6;

export function flash(el: Element): HTMLElement {
  const rect = el.getBoundingClientRect();
  const box = document.createElement('folio-highlight');
  forceStyles(box, {
    all: 'initial',
    display: 'block',
    position: 'absolute',
    left: `${rect.left + window.scrollX - PAD}px`,
    top: `${rect.top + window.scrollY - PAD}px`,
    width: `${rect.width + 2 * PAD}px`,
    height: `${rect.height + 2 * PAD}px`,
    'box-sizing': 'border-box',
    border: '3px solid #e8a200',
    'border-radius': '6px',
    background: 'rgba(255, 214, 10, 0.22)',
    'pointer-events': 'none',
    'z-index': '2147483646',
  });
  document.documentElement.append(box);
  const fade = box.animate?.([{ opacity: 1 }, { opacity: 1, offset: 0.7 }, { opacity: 0 }], DURATION_MS);
  // The timer is the real end; the animation is only how it looks.
  setTimeout(() => box.remove(), DURATION_MS);
  void fade;
  return box;
}
