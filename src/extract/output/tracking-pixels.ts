/**
 * Tracking pixels: images a page declares one pixel square (or smaller) so
 * that loading them tells an ad or analytics server the page was read. They
 * show nothing; in Folio's views every load would tell that server again,
 * each time a saved copy is opened. They are dropped from the article and
 * from the removed blocks, like scripts: no content is lost, so they are not
 * listed among the removals.
 */

/** A declared size of at most one pixel: "0", "1", "1px". */
const AT_MOST_ONE_PIXEL = /^\s*[01](?:\.0*)?\s*(?:px)?\s*$/i;

/** True for an `<img>` whose declared width and height are both at most one pixel. */
export function isTrackingPixel(img: Element): boolean {
  const width = img.getAttribute('width');
  const height = img.getAttribute('height');
  return width !== null && height !== null && AT_MOST_ONE_PIXEL.test(width) && AT_MOST_ONE_PIXEL.test(height);
}
