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

/** The widest candidate of a `srcset` value. */
export function bestSrcsetCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestWidth = -1;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [candidate, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!candidate || candidate.startsWith('data:')) continue;
    const width = parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (width > bestWidth) {
      best = candidate;
      bestWidth = width;
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
