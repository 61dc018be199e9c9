import DOMPurify from 'dompurify';
import { useMemo } from 'preact/hooks';

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

/**
 * Sanitized once per HTML string, not on every render: the views render
 * again as settings and the reading-list state arrive, often before the
 * first paint, and sanitizing a whole article again each time delayed it.
 */
export function SafeHtml({ html, class: className }: { html: string; class?: string }) {
  const clean = useMemo(() => sanitize(html), [html]);
  return <div class={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
