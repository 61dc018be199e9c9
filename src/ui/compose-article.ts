/**
 * The article's HTML with the removed blocks the person chose to put back.
 * The extractor leaves an empty `<span data-folio-removed="{position}">`
 * where each removed block stood; putting one back replaces that marker with
 * the block, wrapped so the view can show that it was put back.
 */
import { markerInRunningText } from '../extract/output/marker-place';
import type { RemovedBlock } from '../extract/types';

export const RESTORED_CLASS = 'folio-restored';

export function composeArticleHtml(
  contentHtml: string,
  removed: readonly RemovedBlock[],
  restored: ReadonlySet<number>,
): string {
  if (restored.size === 0) return contentHtml;
  // A <template> parses without running scripts or loading images; the result
  // is sanitized again before it is shown (SafeHtml).
  const template = document.createElement('template');
  template.innerHTML = contentHtml; // eslint-disable-line no-unsanitized/property -- inert template, sanitized on render
  // Elements made in the template's own document are inert too; ones made in
  // `document` would load images (and fire handlers) as soon as parsed.
  const inert = template.content.ownerDocument;
  for (const block of removed) {
    if (!restored.has(block.position)) continue;
    const marker = template.content.querySelector(`[data-folio-removed="${block.position}"]`);
    const inline = marker ? markerInRunningText(marker) : false;
    const wrapper = inert.createElement(inline ? 'span' : 'div');
    wrapper.className = RESTORED_CLASS;
    wrapper.setAttribute('data-folio-restored', String(block.position));
    wrapper.innerHTML = block.html; // eslint-disable-line no-unsanitized/property -- inert template, sanitized on render
    if (marker) marker.replaceWith(wrapper);
    // No marker (an older extraction): show it at the end rather than not at all.
    else template.content.append(wrapper);
  }
  return template.innerHTML;
}
