/**
 * The passes before Readability. Fidelity: what a reader should see must
 * still be there when Readability looks (real image addresses, MathML,
 * embedded posts, video links). Readability itself already unwraps
 * `<noscript>` images and keeps `<pre>`, figures and the tables it judges to
 * hold data. Early cleanup: clearly labelled clutter goes before it can sway
 * Readability.
 */
import { labelKind, type Labelled } from '../cleanup/hint-pass';
import { removeEarly } from './early-removals';
import type { EarlyRemoval } from './early-removals';
import { promoteLazyImages } from './lazy-media';
import { unwrapMath } from './math';
import { keepSocialEmbeds } from './social-embeds';
import { replaceVideoEmbeds } from './video-embeds';
import { MAX_ATTRIBUTE_CHARS, MAX_ATTRIBUTES } from '../guards';
import { tagged } from '../survey';
import type { Survey } from '../survey';

export type { EarlyRemoval } from './early-removals';
export { VIDEO_ATTR } from './video-embeds';
export { EMBED_ATTR } from './social-embeds';

/**
 * Prepares `doc` (a clone: it is changed in place, its scripts already
 * removed by removeScripts) for Readability and returns the clutter taken
 * out early. `bodyChars`: the length of the body's text, whitespace collapsed.
 */
export function prepareDocument(
  doc: Document,
  survey: Survey,
  pageUrl: string,
  bodyChars: number,
): EarlyRemoval[] {
  const labelled = labelElements(survey);
  promoteLazyImages(tagged(survey, 'IMG'));
  const players = ['IFRAME', 'VIDEO', 'EMBED', 'OBJECT'].flatMap((tag) => tagged(survey, tag));
  replaceVideoEmbeds(doc, players, pageUrl);
  keepSocialEmbeds(doc, tagged(survey, 'BLOCKQUOTE'));
  unwrapMath(tagged(survey, 'MATH'));
  return removeEarly(doc, labelled, bodyChars);
}

/**
 * Scripts and styles are never content (Readability drops them too); removed
 * first so their text does not count as page text. JSON-LD stays for
 * Readability's own metadata reader.
 */
export function removeScripts(survey: Survey): void {
  for (const el of tagged(survey, 'SCRIPT'))
    if (!/ld\+json/i.test(el.getAttribute('type') ?? '')) el.remove();
  for (const el of [...tagged(survey, 'STYLE'), ...tagged(survey, 'TEMPLATE')]) el.remove();
}

/**
 * Returns the elements the page labels as clutter (by tag, role, class or
 * id), in document order, for the early cleanup: it needs exactly the values
 * read here, and reading them twice cost as much as the rest of that pass.
 * `className` and `id` are read as properties: the browser answers those
 * without making a string of the attribute lookup (SVG's `className` is an
 * object, so there the attribute is read).
 */
export function labelElements(survey: Survey): Labelled {
  const labelled: Labelled = [];
  for (const el of survey.elements) {
    const tag = el.tagName;
    // Most elements of a page have no attributes: one cheap question for those.
    if (!el.hasAttributes()) {
      const kind = labelKind(tag, null, '', '');
      if (kind) labelled.push([el, kind]);
      continue;
    }
    const name = el.className as unknown;
    const cls = typeof name === 'string' ? name : (el.getAttribute('class') ?? '');
    const kind = labelKind(tag, el.getAttribute('role'), cls, el.id);
    if (kind) labelled.push([el, kind]);
  }
  return labelled;
}

/**
 * Drops attributes beyond MAX_ATTRIBUTES on each of `elements` and values
 * longer than MAX_ATTRIBUTE_CHARS (`src` aside: an inline image may be
 * larger). No real page comes near either; both cost Readability seconds (an
 * 8 MB value made it take a second in Chromium, against 2 ms without). Run on
 * the elements Readability will search, not the whole page: reading every
 * attribute value was a tenth of Folio's own time. Names and values are read
 * as strings: going through `el.attributes` makes the browser create an Attr
 * node for every attribute, which cost five times as much.
 */
export function limitAttributes(elements: Iterable<Element>): void {
  for (const el of elements) {
    if (!el.hasAttributes()) continue;
    const names = el.getAttributeNames();
    for (let i = names.length - 1; i >= 0; i--) {
      const name = names[i]!;
      if (i >= MAX_ATTRIBUTES) el.removeAttribute(name);
      else if (name !== 'src' && (el.getAttribute(name)?.length ?? 0) > MAX_ATTRIBUTE_CHARS)
        el.removeAttribute(name);
    }
  }
}
