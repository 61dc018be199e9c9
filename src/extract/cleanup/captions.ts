/**
 * Captions and photo credits stay with their figures in the HTML but are not
 * part of the running text (`Article.text`). A caption whose image is gone
 * is removed.
 */
import { hintKind } from './hints';
import {
  BLOCK_TAGS,
  MEDIA_SELECTOR,
  collapsedLength,
  descendants,
  isInMediaBox,
  leafBlocks,
  nearestBlock,
  normText,
  simplify,
} from './dom-utils';
import type { Removals } from './removals';

/** Attribute marking a caption or credit inside a figure. */
export const CAPTION_ATTR = 'data-folio-caption';

/** True when `el` is, or sits in, a caption or a credit kept with its picture. */
export function isCaption(el: Element): boolean {
  return el.closest(`figcaption, [${CAPTION_ATTR}]`) !== null;
}

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
    // Everything in a figure but the media is caption or credit text, in a block or not
    // ("<span class=meta><figcaption>…</figcaption><cite>Getty Images</cite></span>").
    for (const block of leafBlocks(figure)) block.setAttribute(CAPTION_ATTR, '');
    markLooseText(figure);
  }
  markPictureCaptions(root);
  for (const el of descendants(root)) {
    if (el.tagName !== 'FIGCAPTION' && hintKind(el) !== 'caption') continue;
    if (!el.parentNode || el.closest(`[${CAPTION_ATTR}]`)) continue;
    const text = normText(el);
    if (!text || text.length > 500) continue;
    if (isInMediaBox(el, root) || el.querySelector(MEDIA_SELECTOR)) el.setAttribute(CAPTION_ATTR, '');
    else removals.remove(el, 'caption');
  }
}

/** Marks the inline elements with text in `box` that no block holds (blocks are marked by the caller). */
function markLooseText(box: Element): void {
  for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
    if (child.hasAttribute(CAPTION_ATTR) || child.matches(MEDIA_SELECTOR)) continue;
    if (BLOCK_TAGS.has(child.tagName) || child.querySelector(MEDIA_SELECTOR)) markLooseText(child);
    else if (normText(child)) child.setAttribute(CAPTION_ATTR, '');
  }
}

/** Longest text still read as a picture's caption by the rules below. */
const MAX_CAPTION_CHARS = 200;

/**
 * Captions set as plain text beside a picture, without a figure:
 * - a block whose text is the alt text of the picture it holds or follows
 *   ("<img alt='The slimmer bezels'><span>The slimmer bezels</span>");
 * - a short paragraph in italics only, right after a paragraph that is only
 *   a picture, as blog editors set captions;
 * - a short line without a closing full stop that shares a box with the
 *   picture above it and nothing else ("<div><p><img></p><p>Inverted 'T'
 *   design for arrow keys</p></div>").
 * Marked as captions: they stay with the picture, out of the running text.
 */
function markPictureCaptions(root: Element): void {
  // Media grouped by the nearest block holding them, in one pass: asking each
  // picture's block for its media would read a block once per picture in it.
  const held = new Map<Element, Element[]>();
  for (const media of Array.from(root.querySelectorAll(MEDIA_SELECTOR))) {
    const holder = nearestBlock(media, root);
    if (!holder) continue;
    const list = held.get(holder);
    if (list) list.push(media);
    else held.set(holder, [media]);
  }
  for (const [holder, media] of held) {
    const img = media[0];
    if (media.length !== 1 || !img || img.tagName !== 'IMG' || img.closest(`figure, [${CAPTION_ATTR}]`))
      continue;
    // One picture in the block and in the blocks inside it.
    if (holder.querySelectorAll(MEDIA_SELECTOR).length !== 1) continue;
    const alt = simplify(img.getAttribute('alt') ?? '');
    const own = normText(holder);
    if (own) {
      // The block holds the picture and text: a caption when the text is the alt text.
      if (alt && own.length <= MAX_CAPTION_CHARS && simplify(own) === alt)
        holder.setAttribute(CAPTION_ATTR, '');
      continue;
    }
    const next = holder.nextElementSibling;
    if (
      !next ||
      next.hasAttribute(CAPTION_ATTR) ||
      !BLOCK_TAGS.has(next.tagName) ||
      next.querySelector(MEDIA_SELECTOR)
    )
      continue;
    const text = normText(next);
    if (!text || text.length > MAX_CAPTION_CHARS) continue;
    if (
      (alt && simplify(text) === alt) ||
      (TEXT_BOXES.has(next.tagName) && isItalicOnly(next, text)) ||
      (isPair(holder, next) && text.length <= MAX_LABEL_CHARS && !/[.!?:;]["”’)]*$/.test(text))
    )
      next.setAttribute(CAPTION_ATTR, '');
  }
}

/** Blocks a caption in italics is set in ('<center><em>…</em></center>' under a picture). */
const TEXT_BOXES = new Set(['P', 'DIV', 'CENTER']);

/** Longest unpunctuated line read as a label under its picture. */
const MAX_LABEL_CHARS = 120;

/** `picture` and `text` are all their container holds: a picture box with its label. */
function isPair(picture: Element, text: Element): boolean {
  const parent = picture.parentElement;
  if (!parent || text.parentElement !== parent || parent.childElementCount !== 2) return false;
  return collapsedLength(parent.textContent ?? '') === collapsedLength(text.textContent ?? '');
}

/** All the text of `p` sits in <em> or <i>. */
function isItalicOnly(p: Element, text: string): boolean {
  let italic = 0;
  for (const el of Array.from(p.querySelectorAll('em, i')))
    if (!el.parentElement?.closest('em, i')) italic += normText(el).length;
  return italic >= text.length;
}
