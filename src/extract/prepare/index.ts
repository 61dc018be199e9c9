/**
 * The passes before Readability. Fidelity: what a reader should see must
 * still be there when Readability looks (real image addresses, MathML,
 * embedded posts, video links). Readability itself already unwraps
 * `<noscript>` images and keeps `<pre>`, figures and the tables it judges to
 * hold data. Early cleanup: clearly labelled clutter goes before it can sway
 * Readability.
 */
import { removeEarly } from './early-removals';
import type { EarlyRemoval } from './early-removals';
import { promoteLazyImages } from './lazy-media';
import { unwrapMath } from './math';
import { keepSocialEmbeds } from './social-embeds';
import { replaceVideoEmbeds } from './video-embeds';

export type { EarlyRemoval } from './early-removals';
export { VIDEO_ATTR } from './video-embeds';
export { EMBED_ATTR } from './social-embeds';

/**
 * Prepares `doc` (a clone: it is changed in place) for Readability and
 * returns the clutter taken out early.
 */
export function prepareDocument(doc: Document, pageUrl: string): EarlyRemoval[] {
  removeScripts(doc);
  promoteLazyImages(doc);
  replaceVideoEmbeds(doc, pageUrl);
  keepSocialEmbeds(doc);
  unwrapMath(doc);
  return removeEarly(doc);
}

/**
 * Scripts and styles are never content (Readability drops them too); removed
 * first so their text does not count as page text. JSON-LD stays for
 * Readability's own metadata reader.
 */
function removeScripts(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('script, style, template'))) {
    if (el.tagName === 'SCRIPT' && /ld\+json/i.test(el.getAttribute('type') ?? '')) continue;
    el.remove();
  }
}
