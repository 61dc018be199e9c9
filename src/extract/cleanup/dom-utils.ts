/** Small DOM helpers shared by the cleanup passes. */
import { elementsUnder } from '../walk';

// In a module of its own, so the interface can import it without these helpers.
import { BLOCK_TAGS } from './block-tags';

export { BLOCK_TAGS };

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export const MEDIA_SELECTOR = 'img, picture, video, svg, canvas, iframe, object, embed, audio, math';

/**
 * Runs of whitespace that collapsing changes: two or more characters, or one
 * that is not a plain space. Replaced by one space, they give what `/\s+/g`
 * gives, without rewriting every single space between words (five times
 * faster on prose).
 */
const SPACE_RUNS = /\s\s+|[^\S ]/g;

/** `text` with runs of whitespace collapsed to one space and the ends trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUNS, ' ').trim();
}

/** Text with runs of whitespace collapsed and the ends trimmed. */
export function normText(el: Node): string {
  return collapseSpaces(el.textContent ?? '');
}

/** Code points that `\s` matches in JavaScript regular expressions (and `String.prototype.trim` trims). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True when `text` is only whitespace (what `trim` removes): most text stops at its first character. */
export function allSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** SPACE_RUNS for counting (its own instance: `exec` keeps a position). */
const COUNTED_RUNS = /\s\s+|[^\S ]/g;

/**
 * The length `text` would have with whitespace runs collapsed and the ends
 * trimmed (as normText does), counted without building that string. Each
 * run collapsing changes (SPACE_RUNS) takes off all but one character, and
 * the trim a space at either end: on a whole page's text, finding those runs
 * with the regular expression took half the time of reading every character.
 * With `cap`, counting stops once the length is sure to pass it, and the
 * answer is then some number above `cap` (exact up to `cap`): asked whether
 * a container's text is short, a page-sized wrapper is not read to its end.
 */
export function collapsedLength(text: string, cap = Infinity): number {
  if (cap === Infinity) {
    let length = text.length;
    COUNTED_RUNS.lastIndex = 0;
    for (let run = COUNTED_RUNS.exec(text); run; run = COUNTED_RUNS.exec(text)) length -= run[0].length - 1;
    if (length > 0 && isSpace(text.charCodeAt(0))) length--;
    if (length > 0 && isSpace(text.charCodeAt(text.length - 1))) length--;
    return length;
  }
  let length = 0;
  let inSpace = true;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) {
      // A trailing space is all the trim could still take off.
      if (++length > cap + 1) return length - 1;
      inSpace = false;
    } else if (!inSpace) {
      length++;
      inSpace = true;
    }
  }
  return inSpace && length > 0 ? length - 1 : length;
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkRatio(el: Element, text = normText(el)): number {
  if (!text) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += normText(a).length;
  return Math.min(1, linked / text.length);
}

/**
 * The elements under `root` that contain a block-level element, computed
 * in one pass (asking each element separately is quadratic on deep trees).
 */
export function blockParents(root: Element): Set<Element> {
  const parents = new Set<Element>();
  const visit = (el: Element): boolean => {
    let hasBlock = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (visit(child) || BLOCK_TAGS.has(child.tagName)) hasBlock = true;
    }
    if (hasBlock) parents.add(el);
    return hasBlock;
  };
  visit(root);
  return parents;
}

/**
 * The leaf blocks under `root` in document order: blocks whose content is
 * inline only. A block that mixes text and child blocks yields its children.
 */
export function leafBlocks(root: Element, parents = blockParents(root)): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      // Blocks wrapped in an inline element (a <p> in a <small>, cards in an <a>) count too.
      if (parents.has(child)) visit(child);
      else if (BLOCK_TAGS.has(child.tagName)) out.push(child);
    }
  };
  visit(root);
  return out;
}

/**
 * The nearest block holding `el` (its closest ancestor in BLOCK_TAGS), or
 * null when there is none below `stop`.
 */
export function nearestBlock(el: Element, stop: Element | null = null): Element | null {
  let node = el.parentElement;
  while (node && node !== stop && !BLOCK_TAGS.has(node.tagName)) node = node.parentElement;
  return node && node !== stop ? node : null;
}

/** Runs of characters other than letters and digits that simplify changes (as SPACE_RUNS). */
const NON_WORD_RUNS = /[^\p{L}\p{N}]{2,}|[^\p{L}\p{N} ]/gu;

/** Lower case, letters and digits only: the identity of a line for comparisons. */
export function simplify(text: string): string {
  return text.toLowerCase().replace(NON_WORD_RUNS, ' ').trim();
}

/** All elements under `root` in document order. */
export function descendants(root: Element): Element[] {
  return elementsUnder(root);
}

/**
 * True when `el` is inside a `<figure>` or a small container holding media,
 * or set right after its picture (a caption below a figure, not inside it).
 */
export function isInMediaBox(el: Element, root: Element): boolean {
  if (followsMedia(el)) return true;
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && node !== root && depth < 3; depth++, node = node.parentElement) {
    if (node.tagName === 'FIGURE') return true;
    if (normText(node).length > 400) return false;
    for (const media of Array.from(node.querySelectorAll(MEDIA_SELECTOR))) {
      if (!el.contains(media)) return true;
    }
  }
  return false;
}

/** True when the element before `el` is media, or a figure or textless box holding some. */
function followsMedia(el: Element): boolean {
  const prev = el.previousElementSibling;
  if (!prev) return false;
  if (prev.matches(MEDIA_SELECTOR)) return true;
  if (prev.tagName !== 'FIGURE' && normText(prev)) return false;
  return prev.querySelector(MEDIA_SELECTOR) !== null;
}
