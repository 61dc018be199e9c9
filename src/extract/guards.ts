/**
 * Limits that keep extraction fast and safe on hostile or broken input: a
 * DOM nested thousands of levels deep (recursive DOM code would overflow the
 * stack), or a page too large to read in time.
 */
import { tagged } from './survey';
import type { Survey } from './survey';

/** Deepest element nesting accepted. Browsers' HTML parsers stop nesting at 512. */
export const MAX_DEPTH = 400;
/**
 * Most elements accepted. The largest of the 218 benchmark pages (a long
 * Wikipedia article) has 9,888; Readability's time grows with the count
 * (about 60 µs an element in Firefox on a slow machine: 25,000 took 1.5 s),
 * and 20,000 keeps the worst case well under the 2-second budget the fuzz
 * tests hold it to.
 */
export const MAX_ELEMENTS = 20_000;
/**
 * Most elements read when the person asks for it ("Show anyway" on a page
 * over MAX_ELEMENTS): the longest real articles pass 20,000 (the largest
 * benchmark page, a 1 MB Wikipedia article, has 9,888; copied three times
 * into one page, 29,600 took Folio 0.23 s in Chromium and 0.28 s in
 * Firefox). The limit above stays for what is read unasked because the
 * costliest shape found, a `<div>` of words and a link repeated, costs
 * Readability about 75 µs an element in Firefox (1.5 s at 20,000, 5 s at
 * 50,000): read only when asked, with a sentence that says it may take time.
 */
export const MAX_ELEMENTS_ASKED = 60_000;
/**
 * Most images accepted. An image costs Readability and the sanitizer about
 * three times what another element does (its address is resolved, its
 * attributes are tested for lazy loading and for safety): in Firefox 18,000
 * images took 1.25 s against 0.41 s for 18,000 spans, so a page of images
 * alone would pass the element limit and still run past the budget. The most
 * on a benchmark page is 244.
 */
export const MAX_IMAGES = 5_000;
/**
 * Most total nesting (the sum of every element's depth). Readability's
 * moves and ancestor walks cost more the deeper an element sits: 19,000
 * elements inside 80 nested tables took it 4.7 s. The deepest real page of
 * the benchmark sums to 110,295.
 */
export const MAX_TOTAL_DEPTH = 1_000_000;
/**
 * Attributes kept on one element; the rest are dropped before Readability,
 * which copies attributes when it merges nested elements (an element with
 * 2,000 cost it a second). The most on any benchmark page is 70.
 */
export const MAX_ATTRIBUTES = 200;
/**
 * Longest attribute value kept, an image's `src` aside (an inline image may be larger).
 * Longer values (hydration state, junk) are dropped before Readability: an
 * 8 MB `data-` attribute cost Readability and the sanitizer seconds, and
 * reads as nothing.
 */
export const MAX_ATTRIBUTE_CHARS = 65_536;
/**
 * Most characters of body text accepted: about 250,000 words, a long novel
 * (a long book chapter is ~500,000 characters). The text passes are linear,
 * but 3 million characters took 1.4 s in Firefox and Chromium.
 */
export const MAX_TEXT_CHARS = 1_500_000;

export type GuardFailure = { code: 'no-body' | 'too-deep' | 'too-large' | 'very-large'; reason: string };

/** The limits a document must respect, or null when it has no body. */
export function checkBody(doc: Document): GuardFailure | null {
  if (!doc.documentElement || !doc.body) return { code: 'no-body', reason: 'The page has no body.' };
  return null;
}

/** Checks a surveyed document against the limits: its shape, then its text. */
export function checkDocument(doc: Document, survey: Survey): GuardFailure | null {
  return checkShape(survey) ?? checkTextLength(doc.body?.textContent?.length ?? 0);
}

/**
 * The limits on a document's shape: nesting, element and image counts.
 * `asked`: the person asked to see the page anyway (MAX_ELEMENTS_ASKED).
 */
export function checkShape(survey: Survey, asked = false): GuardFailure | null {
  if (survey.maxDepth > MAX_DEPTH) {
    return {
      code: 'too-deep',
      reason: `The page is nested more than ${MAX_DEPTH} levels deep; it cannot be read safely.`,
    };
  }
  if (survey.totalDepth > MAX_TOTAL_DEPTH) {
    return {
      code: 'too-large',
      reason: 'The page is nested too deeply throughout to be read in time.',
    };
  }
  if (survey.elements.length > MAX_ELEMENTS_ASKED) {
    return {
      code: 'too-large',
      reason: `The page has more than ${MAX_ELEMENTS_ASKED.toLocaleString('en')} elements; it is too large to read.`,
    };
  }
  if (tagged(survey, 'IMG').length > MAX_IMAGES) {
    return {
      code: 'too-large',
      reason: `The page has more than ${MAX_IMAGES.toLocaleString('en')} images; it is too large to read.`,
    };
  }
  // Last: the one limit that asking lifts, so a page it names is one Folio can read when asked.
  if (survey.elements.length > MAX_ELEMENTS && !asked) {
    return {
      code: 'very-large',
      reason: `The page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements; reading it could take several seconds.`,
    };
  }
  return null;
}

/** The limit on the amount of text (`chars`: the length of the body's text). */
export function checkTextLength(chars: number): GuardFailure | null {
  if (chars > MAX_TEXT_CHARS) {
    return {
      code: 'too-large',
      reason: `The page holds ${(chars / 1e6).toFixed(1)} million characters of text; it is too large to read.`,
    };
  }
  return null;
}
