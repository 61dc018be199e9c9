import DOMPurify from 'dompurify';

/**
 * Renders HTML that came from a web page. The extractor already sanitized it,
 * but it crossed a message boundary from a page we do not trust, so it is
 * sanitized again here, in the extension page that shows it.
 */
const purify = DOMPurify(window);

// Links open in a new tab without telling the site who sent them (a link
// followed inside the reader frame would replace the reader); images load
// lazily and without a referrer. In-page anchors (#note-1) stay as they are.
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && !(node.getAttribute('href') ?? '').startsWith('#')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.tagName === 'IMG') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    node.setAttribute('referrerpolicy', 'no-referrer');
  }
});

export function sanitize(html: string): string {
  return purify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'ping'],
    ADD_ATTR: ['target'],
  });
}

export function SafeHtml({ html, class: className }: { html: string; class?: string }) {
  return <div class={className} dangerouslySetInnerHTML={{ __html: sanitize(html) }} />;
}
