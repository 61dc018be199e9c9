/**
 * Where a removed block's marker stands: as a block of its own, or inside
 * running text. One answer for the plain text (`Article.text` and each
 * removal's `line`) and for the views that put a block back, so both read
 * the article the same way. Imported by the interface: no other imports.
 */

/**
 * Elements whose children stand as blocks (lines of text) of their own; in
 * any other (a `<p>`, a heading, a `<span>`, a table row, whose cells share
 * a line) a marker is inside running text.
 */
const BLOCK_PARENTS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'HEADER',
  'HGROUP',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'UL',
]);

/**
 * True when the marker sits inside running text (a hover card beside a
 * linked name, a credit inside a paragraph): the sentence around it is one
 * line, and a block put back there goes in as inline content (a `<div>`
 * would split the paragraph when parsed). A marker with no parent stands alone.
 */
export function markerInRunningText(marker: Element): boolean {
  const parent = marker.parentElement;
  return parent !== null && !BLOCK_PARENTS.has(parent.tagName.toUpperCase());
}
