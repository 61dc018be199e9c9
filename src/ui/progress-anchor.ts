/**
 * Reading position anchored to text, not pixels: the block (paragraph,
 * heading, list item…) at the top of the view, a short quote from it and how
 * far into it the view starts. A scroll offset alone would break when the
 * window, the font or the device changes; a block index plus a quote does not.
 * Pure DOM: no extension APIs, so the reader, the tests and Node can use it.
 */
import type { ReadingProgress } from '../storage/types';

/** Leaf text blocks of an article; a block that holds another block defers to it. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th';
const QUOTE_LENGTH = 48;

/** The article's blocks in document order, the same list on every device for the same HTML. */
export function articleBlocks(root: Element): Element[] {
  const all = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  return all.filter((el) => !el.querySelector(BLOCK_SELECTOR) && normalize(el.textContent ?? '') !== '');
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function quoteOf(el: Element): string {
  return normalize(el.textContent ?? '').slice(0, QUOTE_LENGTH);
}

/** What scrolls the article: the nearest scrolling ancestor, else the window. */
interface Viewport {
  top: number;
  bottom: number;
  scrollBy(dy: number): void;
}

function viewportOf(root: Element): Viewport {
  const win = root.ownerDocument.defaultView;
  for (let el = root.parentElement; el; el = el.parentElement) {
    const overflow = win?.getComputedStyle(el).overflowY ?? '';
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) {
      const rect = el.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, scrollBy: (dy) => (el.scrollTop += dy) };
    }
  }
  return {
    top: 0,
    bottom: win?.innerHeight ?? 0,
    scrollBy: (dy) => win?.scrollTo(0, win.scrollY + dy),
  };
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Where the reader is now: the first block whose bottom is below the top of the view. */
export function computeAnchor(root: Element): ReadingProgress {
  const blocks = articleBlocks(root);
  const view = viewportOf(root);
  const at = Date.now();
  let index = blocks.findIndex((el) => el.getBoundingClientRect().bottom > view.top + 1);
  if (index < 0) index = Math.max(0, blocks.length - 1);
  const block = blocks[index];
  if (!block) return { block: 0, quote: '', offset: 0, percent: 0, at };
  const rect = block.getBoundingClientRect();
  const offset = rect.height > 0 ? clamp01((view.top - rect.top) / rect.height) : 0;
  // Share read = how much of the article has been above the bottom of the view.
  const box = root.getBoundingClientRect();
  const percent = box.height > 0 ? clamp01((view.bottom - box.top) / box.height) : 0;
  return { block: index, quote: quoteOf(block), offset: round(offset), percent: round(percent), at };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Finds the anchored block: the one at `progress.block` if its text still
 * starts with the quote, else the block nearest that index whose text does
 * (the article gained or lost blocks), else the nearest that contains it.
 */
export function findAnchorBlock(blocks: Element[], progress: ReadingProgress): Element | null {
  const quote = normalize(progress.quote);
  // No quote: a position known only as a percentage (imported from another service).
  if (quote === '') return null;
  const at = blocks[progress.block];
  if (at && normalize(at.textContent ?? '').startsWith(quote)) return at;
  const starts = (el: Element): boolean => normalize(el.textContent ?? '').startsWith(quote);
  const contains = (el: Element): boolean => normalize(el.textContent ?? '').includes(quote);
  return nearest(blocks, progress.block, starts) ?? nearest(blocks, progress.block, contains);
}

function nearest(blocks: Element[], from: number, test: (el: Element) => boolean): Element | null {
  let best: Element | null = null;
  let bestDistance = Infinity;
  blocks.forEach((el, i) => {
    const distance = Math.abs(i - from);
    if (distance < bestDistance && test(el)) {
      best = el;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * Scrolls so the anchored block, `offset` of the way in, is at the top of the
 * view. Returns false when the block cannot be found (then it falls back to
 * the percentage, which is better than the top).
 */
export function scrollToAnchor(root: Element, progress: ReadingProgress): boolean {
  const view = viewportOf(root);
  const block = findAnchorBlock(articleBlocks(root), progress);
  if (!block) {
    const box = root.getBoundingClientRect();
    const target = box.top + clamp01(progress.percent) * box.height - (view.bottom - view.top);
    if (progress.percent > 0) view.scrollBy(Math.max(0, target - view.top));
    return false;
  }
  const rect = block.getBoundingClientRect();
  view.scrollBy(rect.top + clamp01(progress.offset) * rect.height - view.top);
  return true;
}
