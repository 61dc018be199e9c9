import DOMPurify from 'dompurify';
import { useMemo } from 'preact/hooks';
import { t } from '../platform/browser';

/**
 * Renders HTML that came from a web page. The extractor already sanitized it,
 * but it crossed a message boundary from a page we do not trust, so it is
 * sanitized again here, in the extension page that shows it.
 */
const purify = DOMPurify(window);

/**
 * Roles that describe content and hold without the page around them; the
 * others are the page's widgets (button, tab, slider…), meaningless in a
 * reading view and often pointing at parts Folio removed.
 */
const CONTENT_ROLES = new Set(['img', 'presentation', 'none', 'math', 'figure', 'note']);

/** Elements an `aria-label` may name (a picture described only there, an icon link). */
const NAMED_BY_LABEL = new Set(['A', 'IMG', 'svg', 'FIGURE', 'TABLE']);

/**
 * The page's own accessibility markup is kept only where it still tells the
 * truth here: states, references to other elements (`aria-labelledby`,
 * `aria-controls`…) and tab stops went with the page's scripts and layout,
 * and screen readers would meet dead widgets and names of missing elements.
 * Links, pictures, figures and tables keep their `aria-label`, their only name at times;
 * `aria-hidden` stays (a formula's picture beside its MathML, an icon).
 */
function dropPageAccessibility(node: Element): void {
  const role = node.getAttribute('role');
  const keepsRole = role !== null && CONTENT_ROLES.has(role.trim().toLowerCase());
  if (role !== null && !keepsRole) node.removeAttribute('role');
  const labelled = keepsRole || NAMED_BY_LABEL.has(node.tagName);
  for (const name of node.getAttributeNames()) {
    const kept = name === 'aria-hidden' || (labelled && name === 'aria-label');
    if (name === 'tabindex' || (name.startsWith('aria-') && !kept)) node.removeAttribute(name);
  }
}

/** True when `link` holds no text and nothing seen (picture, drawing, formula, player). */
function showsNothing(link: Element): boolean {
  return (
    !(link.textContent ?? '').trim() && !link.querySelector('img, svg, picture, video, audio, canvas, math')
  );
}

const PICTURE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)$/i;

/**
 * A name for a link whose only content is pictures without a description
 * (the page gave none): where it leads, so a screen reader says more than
 * "link" or reads out the whole address. Null when the link has a name.
 */
function pictureLinkName(link: Element): string | null {
  if (link.hasAttribute('aria-label') || (link.textContent ?? '').trim()) return null;
  if (!link.querySelector('img, svg, picture')) return null;
  for (const img of Array.from(link.querySelectorAll('img')))
    if ((img.getAttribute('alt') ?? '').trim() || img.hasAttribute('aria-label')) return null;
  let url: URL;
  try {
    url = new URL(link.getAttribute('href') ?? '');
  } catch {
    return null;
  }
  if (PICTURE_FILE.test(url.pathname)) return t('linkFullPicture');
  return t('linkPictureTo', url.hostname.replace(/^www\./, ''));
}

purify.addHook('afterSanitizeAttributes', (node) => {
  dropPageAccessibility(node);
  // Code and tables scroll sideways in their own box (styles/article.css): a
  // tab stop each, so the keyboard can scroll them as well as the mouse.
  if (node.tagName === 'PRE' || node.tagName === 'TABLE') node.setAttribute('tabindex', '0');
  if (node.tagName === 'A' && showsNothing(node)) {
    // A link around nothing (its picture or text went with the clutter, or never
    // was): an invisible tab stop without a name. Out of the keyboard's way.
    node.setAttribute('tabindex', '-1');
    node.setAttribute('aria-hidden', 'true');
  } else if (node.tagName === 'A') {
    const name = pictureLinkName(node);
    if (name) node.setAttribute('aria-label', name);
  }
  // Links open in a new tab without telling the site who sent them (a link
  // followed inside the reader frame would replace the reader); images load
  // lazily and without a referrer. In-page anchors (#note-1) stay as they are.
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
