/**
 * Lazy-loaded images: pages saved or cloned before scrolling carry the real
 * address in `data-src`, `data-srcset` or `srcset`, and a placeholder (or
 * nothing) in `src`. The sanitizer drops `srcset`, so the best candidate is
 * promoted to `src` here.
 */

const LAZY_ATTRS = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-srcset',
  'data-lazy-srcset',
];

/** A `src` that is only a stand-in for the real image. */
function isPlaceholder(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  return /^data:|blank|spacer|placeholder|lazy|loading|pixel|transparent|1x1|grey\.gif|empty\.(gif|png)/i.test(
    src,
  );
}

/**
 * The attributes of an `<img>` or `<source>` that may hold the image's
 * address: what the fidelity pass reads, and what may carry an inline
 * picture (`data:`) of any size on a page saved whole.
 */
function isImageAddress(el: Element, name: string): boolean {
  if (name === 'srcset' || name === 'data-srcset') return el.tagName === 'IMG' || el.tagName === 'SOURCE';
  return el.tagName === 'IMG' && (name === 'src' || LAZY_ATTRS.includes(name));
}

/** An inline picture (`data:`) in one of `el`'s image address attributes (isImageAddress). */
export function holdsInlinePicture(el: Element, name: string, value: string): boolean {
  return isImageAddress(el, name) && /^\s*data:/i.test(value);
}

/**
 * A `data:` address too short to be a picture: a lazy-loading placeholder
 * (Readability's own limit, 133 characters after the prefix).
 */
function isPlaceholderData(address: string): boolean {
  return address.length - address.indexOf(',') - 1 < 133;
}

/**
 * The widest candidate of a `srcset` value, a web address before an inline
 * one: a `data:` candidate is taken only when the set holds no other (a page
 * saved whole), and never a placeholder-sized one.
 */
export function bestSrcsetCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestWidth = -1;
  let bestInline = true;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [candidate, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!candidate) continue;
    const inline = /^data:/i.test(candidate);
    if (inline && isPlaceholderData(candidate)) continue;
    const width = parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if ((bestInline && !inline) || (inline === bestInline && width > bestWidth)) {
      best = candidate;
      bestWidth = width;
      bestInline = inline;
    }
  }
  return best;
}

/** Promotes lazy and responsive image sources of `images` to `src`. */
export function promoteLazyImages(images: readonly Element[]): void {
  for (const img of images) {
    if (!isPlaceholder(img.getAttribute('src'))) continue;
    const real = realSource(img);
    if (real) img.setAttribute('src', real);
  }
}

function realSource(img: Element): string | null {
  for (const attr of LAZY_ATTRS) {
    const value = img.getAttribute(attr)?.trim();
    if (!value) continue;
    return attr.endsWith('srcset') ? bestSrcsetCandidate(value) : value;
  }
  const srcset = img.getAttribute('srcset');
  if (srcset) return bestSrcsetCandidate(srcset);
  // <picture><source srcset>…<img></picture>
  const source =
    img.parentElement?.tagName === 'PICTURE'
      ? img.parentElement.querySelector('source[srcset], source[data-srcset]')
      : null;
  const set = source?.getAttribute('srcset') ?? source?.getAttribute('data-srcset');
  return set ? bestSrcsetCandidate(set) : null;
}
