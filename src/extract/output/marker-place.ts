/**
 * Where a removed block's marker stands: as a block of its own, or inside
 * running text. One answer for the plain text (`Article.text` and each
 * removal's `line`) and for the views that put a block back, so both read
 * the article the same way. The interface imports it: keep it to constants.
 */
import { BLOCK_TAGS } from '../cleanup/block-tags';

/** Block elements whose content is one line of running text (a table row's cells share a line). */
const RUNNING_TEXT = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DT',
  'PRE',
  'CAPTION',
  'SUMMARY',
  'TR',
  'HR',
]);

/** Elements whose children stand as blocks of their own: the other block elements, and the body. */
const BLOCK_PARENTS = new Set(['BODY', ...[...BLOCK_TAGS].filter((tag) => !RUNNING_TEXT.has(tag))]);

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
