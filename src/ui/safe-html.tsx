import DOMPurify from 'dompurify';

/**
 * Renders HTML that came from a web page. The extractor already sanitized it,
 * but it crossed a message boundary from a page we do not trust, so it is
 * sanitized again here, in the extension page that shows it.
 */
export function SafeHtml({ html, class: className }: { html: string; class?: string }) {
  const clean = DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'ping'],
  });
  return <div class={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
