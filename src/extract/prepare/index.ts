/**
 * The passes before Readability. Fidelity: what a reader should see must
 * still be there when Readability looks (real image addresses, MathML,
 * embedded posts, video links). Readability itself already unwraps
 * `<noscript>` images and keeps `<pre>`, figures and the tables it judges to
 * hold data. Early cleanup: clearly labelled clutter goes before it can sway
 * Readability.
 */
import { declaredLabel, labelKind, type Labelled } from '../cleanup/hint-pass';
import { BLOCK_TAGS, descendants } from '../cleanup/dom-utils';
import { removeEarly } from './early-removals';
import type { EarlyRemoval } from './early-removals';
import { holdsInlinePicture, promoteLazyImages } from './lazy-media';
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
 * `searched`: the elements labelled for the early cleanup and held to the
 * attribute limits, in document order (article-scope's searchedElements:
 * the whole page, or what lies around the article Readability's search
 * will be confined to).
 */
export function prepareDocument(
  doc: Document,
  survey: Survey,
  pageUrl: string,
  bodyChars: number,
  searched: readonly Element[] = survey.elements,
): EarlyRemoval[] {
  const captionDivs: Element[] = [];
  const labelled = labelElements(searched, captionDivs);
  promoteLazyImages(tagged(survey, 'IMG'));
  const players = ['IFRAME', 'VIDEO', 'AUDIO', 'EMBED', 'OBJECT'].flatMap((tag) => tagged(survey, tag));
  replaceVideoEmbeds(doc, players, pageUrl);
  keepSocialEmbeds(doc, tagged(survey, 'BLOCKQUOTE'));
  unwrapMath(tagged(survey, 'MATH'));
  const early = removeEarly(doc, labelled, bodyChars);
  keepCaptionDivs(doc, captionDivs);
  return early;
}

/**
 * A caption or photo credit set as a `<div>` of text alone
 * (`<div class="image-caption">…</div>`): Readability puts the text in a new
 * `<p>` in place of the `<div>`, and its class, the one sign that it is a
 * caption, is lost; the caption pass then takes it for prose. Done here as
 * Readability would, but keeping the attributes.
 */
function keepCaptionDivs(doc: Document, divs: readonly Element[]): void {
  for (const div of divs) {
    // Held to the attribute limits already: labelElements found it.
    if (!div.parentNode || holdsBlock(div)) continue;
    const p = doc.createElement('p');
    for (const name of div.getAttributeNames()) p.setAttribute(name, div.getAttribute(name) ?? '');
    while (div.firstChild) p.appendChild(div.firstChild);
    div.replaceWith(p);
  }
}

/** True when an element below `el` is a block (Readability keeps such a `<div>` a `<div>`). */
function holdsBlock(el: Element): boolean {
  return descendants(el).some((child) => BLOCK_TAGS.has(child.tagName));
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
 * Returns the elements of `elements` (in document order) the page labels as
 * clutter (by tag, role, class or id), in that order, for the early cleanup,
 * and holds each to the attribute limits on the way (limitAndRead), reading
 * each value once for both: the cleanup needs exactly the values read here,
 * and reading them twice cost as much as the rest of that pass.
 * prepareDocument asks this of the elements Readability's search will see,
 * and of no others (reading every attribute value of a page was a sixth of
 * the time Folio adds to Readability's). `captionDivs` receives the `<div>`s
 * labelled as captions.
 */
export function labelElements(elements: readonly Element[], captionDivs?: Element[]): Labelled {
  const labelled: Labelled = [];
  for (const el of elements) {
    const tag = el.tagName;
    // Most elements of a page have no attributes: one cheap question for those.
    if (!el.hasAttributes()) {
      const kind = labelKind(tag, null, '', '');
      if (kind) labelled.push([el, kind]);
      continue;
    }
    const { cls, id, role } = limitAndRead(el);
    // One lookup of the class and id hints for both questions: clutter, or a caption <div>.
    const kind = declaredLabel(tag, role, cls, id);
    if (kind === 'caption') {
      if (captionDivs && tag === 'DIV') captionDivs.push(el);
    } else if (kind) labelled.push([el, kind]);
  }
  return labelled;
}

/**
 * A value over MAX_ATTRIBUTE_CHARS, but an image's address: an image's `src`,
 * and an inline picture (`data:`) in its `srcset` or lazy-loading attributes
 * or a `<picture>` source's, may be of any size on a page saved whole (the
 * fidelity pass promotes them to `src`, then inline-images.ts sets them
 * aside). On any other element a long `src` is junk (a link with a megabyte
 * `src` took the extraction 1.6 s in Chromium).
 */
function tooLong(el: Element, name: string, value: string): boolean {
  // The tag is asked only of a long value: this runs on every attribute of the searched page.
  if (value.length <= MAX_ATTRIBUTE_CHARS) return false;
  if (name === 'src') return el.tagName !== 'IMG';
  return !holdsInlinePicture(el, name, value);
}

/**
 * Drops the attributes of `el` beyond MAX_ATTRIBUTES and values longer than
 * MAX_ATTRIBUTE_CHARS (an image's address aside, see tooLong); returns the
 * class, id and role it kept. No real page comes near either limit; both
 * cost Readability seconds (an 8 MB value made it take a second in
 * Chromium, against 2 ms without). Names and values are read as strings:
 * going through `el.attributes` makes the browser create an Attr node for
 * every attribute, which cost five times as much.
 */
function limitAndRead(el: Element): { cls: string; id: string; role: string | null } {
  const names = el.getAttributeNames();
  const kept = { cls: '', id: '', role: null as string | null };
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]!;
    if (i >= MAX_ATTRIBUTES) {
      el.removeAttribute(name);
      continue;
    }
    const value = el.getAttribute(name) ?? '';
    if (tooLong(el, name, value)) el.removeAttribute(name);
    else if (name === 'class') kept.cls = value;
    else if (name === 'id') kept.id = value;
    else if (name === 'role') kept.role = value;
  }
  return kept;
}
