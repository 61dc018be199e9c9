/**
 * The article's HTML with the removed blocks the person chose to put back.
 * The extractor leaves an empty `<span data-folio-removed="{position}">`
 * where each removed block stood; putting one back replaces that marker with
 * the block, wrapped so the view can show that it was put back.
 */
import type { RemovedBlock } from '../extract/types';

export const RESTORED_CLASS = 'folio-restored';

/** Elements a <div> may stand in; in any other (a <p>, a <span>) a marker is inside running text. */
const FLOW_PARENTS = new Set([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'HEADER',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'SECTION',
  'TD',
  'TH',
  'UL',
]);

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
    // Inside a sentence (a hover card beside a name) the block goes back as
    // inline content: a <div> there would split the paragraph when parsed.
    const inline = marker?.parentElement ? !FLOW_PARENTS.has(marker.parentElement.tagName) : false;
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
