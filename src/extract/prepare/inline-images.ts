/**
 * Inline images (`<img src="data:…">`, as pages saved whole carry them) can
 * be megabytes each. Readability copies the page's HTML as a string and
 * parses it again for every extra search on a short article, and walks and
 * rewrites every address on the way: an 8 MB picture made one extraction
 * take 1.6 s in Firefox. Their addresses are set aside before Readability
 * and put back after it: Readability sees a short stand-in that it treats
 * exactly as the real address (same `data:` prefix, long enough not to be
 * taken for a lazy-loading placeholder), and the image keeps its place.
 */

import { holdsInlinePicture } from './lazy-media';

/** On an image whose address was set aside: its index in the stash. */
export const INLINE_ATTR = 'data-folio-inline';

/** Addresses longer than this are set aside (no real web address comes near it). */
export const MIN_INLINE_CHARS = 8192;

/** Readability drops a `data:` address of under 133 characters after its prefix as a placeholder; this is well over. */
const FILL = 'A'.repeat(200);

/** The stand-in for `src`: its `data:…,` prefix, then filler. Null for an address that is not `data:`. */
function standIn(src: string): string | null {
  const comma = src.indexOf(',');
  if (comma < 0 || comma > 256 || !/^\s*data:/i.test(src)) return null;
  return src.slice(0, comma + 1) + FILL;
}

/**
 * A `data:` address the URL parser writes back unchanged: lower-case scheme,
 * a plain media type, base64 or plain characters only (no whitespace, `#`,
 * `?`, `%` or characters it would encode). Tested by a scan instead of parsing
 * megabytes (Firefox's URL parser took 0.13 s on 8 MB).
 */
const PARSED_AS_IS = /^data:[\w.+\-/;=]*,[\w+/=]*$/;

/** `src` as the URL parser writes it (what Readability's address pass makes of it), or unchanged. */
function absolute(src: string): string {
  if (PARSED_AS_IS.test(src)) return src;
  try {
    return new URL(src).href;
  } catch {
    return src;
  }
}

/**
 * Replaces the long `data:` address of each of `images` by its stand-in and
 * returns the real addresses, indexed by the INLINE_ATTR each image now carries.
 * The long inline pictures left in other address attributes of `images` and
 * `sources` (`srcset`, lazy-loading ones) go: the fidelity pass has promoted
 * the one the image shows to `src`, and the sanitizer drops the rest anyway.
 */
export function setAsideInlineImages(images: readonly Element[], sources: readonly Element[] = []): string[] {
  const stash: string[] = [];
  for (const img of images) {
    if (!img.hasAttributes()) continue;
    dropInlineCopies(img);
    const src = img.getAttribute('src');
    if (src === null || src.length <= MIN_INLINE_CHARS) continue;
    const stand = standIn(src);
    if (stand === null) continue;
    img.setAttribute(INLINE_ATTR, String(stash.length));
    img.setAttribute('src', stand);
    stash.push(src);
  }
  for (const source of sources) dropInlineCopies(source);
  return stash;
}

/** Removes the address attributes of `el` but `src` that hold a long `data:` picture. */
function dropInlineCopies(el: Element): void {
  for (const name of el.getAttributeNames()) {
    if (name === 'src') continue;
    const value = el.getAttribute(name) ?? '';
    if (value.length > MIN_INLINE_CHARS && holdsInlinePicture(el, name, value)) el.removeAttribute(name);
  }
}

/**
 * Puts the real addresses back on the images in and under `root` that still
 * show their stand-in (an image Readability gave another address keeps that
 * one). `resolved`: write the address as Readability's address pass would
 * have (true for the article it returns; false for blocks removed before it).
 */
export function putBackInlineImages(root: Element, stash: readonly string[], resolved: boolean): void {
  if (!stash.length) return;
  const selector = `img[${INLINE_ATTR}]`;
  const images = Array.from(root.querySelectorAll(selector));
  if (root.matches(selector)) images.unshift(root);
  for (const img of images) {
    const real = stash[Number(img.getAttribute(INLINE_ATTR))];
    img.removeAttribute(INLINE_ATTR);
    const src = img.getAttribute('src');
    if (real === undefined || src === null) continue;
    const stand = standIn(real);
    if (stand === null || (src !== stand && src !== absolute(stand))) continue;
    img.setAttribute('src', resolved ? absolute(real) : real);
  }
}
