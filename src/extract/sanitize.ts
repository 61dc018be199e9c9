import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';
import { isTrackingPixel } from './output/tracking-pixels';
import { BLOCK_TAGS } from './cleanup/block-tags';
import { walkElements } from './walk';

/** Thrown when no window able to run DOMPurify is available: a setup error, not a page problem. */
export class SanitizerUnavailableError extends Error {
  constructor() {
    super(
      'DOMPurify needs a standards-compliant DOM window (a browser window or a jsdom window); ' +
        'pass one as `options.window` when the document has none (linkedom, cloned documents).',
    );
    this.name = 'SanitizerUnavailableError';
  }
}

const CONFIG: Config = {
  // Forms, frames and embeds have no place in a reading view; styles could
  // pull remote URLs or hide text.
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'iframe',
    'frame',
    'object',
    'embed',
    'link',
    'meta',
    'base',
  ],
  // Page classes would clash with the reader's own styles; `srcset` is promoted to `src` before.
  FORBID_ATTR: ['style', 'class', 'srcset', 'action', 'formaction', 'ping'],
  // data-folio-* attributes (refs to the original page, removal markers, captions) must survive.
  ALLOW_DATA_ATTR: true,
  // Folio takes the result as a string and writes it into no Trusted Types
  // sink, so DOMPurify needs no policy of its own. With one (its default where
  // the browser has Trusted Types, as Chromium does), it asks the browser the
  // Trusted Type of every attribute it keeps: a tenth of its time there.
  TRUSTED_TYPES_POLICY: null,
};

/** How a DOMPurify instance is used: each mode has its own instance, configured once. */
type Mode = 'html' | 'inPlace' | 'fragment';

const MODE_CONFIG: Record<Mode, Config> = {
  html: CONFIG,
  inPlace: { ...CONFIG, IN_PLACE: true },
  fragment: { ...CONFIG, RETURN_DOM_FRAGMENT: true },
};

const instances = new WeakMap<object, Partial<Record<Mode, DOMPurify>>>();

/**
 * A DOMPurify bound to `win` and configured for `mode`, created once per
 * window and mode; throws when `win` cannot run it. The configuration is set
 * once (`setConfig`): passed to every call, DOMPurify parses it again each
 * time, a tenth of its work on an article.
 */
function purifier(win: Window, mode: Mode = 'html'): DOMPurify {
  let byMode = instances.get(win);
  if (!byMode) instances.set(win, (byMode = {}));
  let purify = byMode[mode];
  if (!purify) {
    purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    if (purify.isSupported) purify.setConfig(MODE_CONFIG[mode]);
    byMode[mode] = purify;
  }
  // DOMPurify returns its input unchanged when unsupported (e.g. on linkedom): never accept that.
  if (!purify.isSupported) throw new SanitizerUnavailableError();
  return purify;
}

/**
 * True when DOMPurify can run in `win`. Asked of the in-place instance, the
 * one extraction uses in a browser: a second instance only to ask would cost
 * the content script its setup on every injection.
 */
function usable(win: Window | null | undefined): win is Window {
  if (!win || !win.document) return false;
  try {
    return purifier(win, 'inPlace') !== null;
  } catch {
    return false;
  }
}

/**
 * The window to sanitize with: the document's own when DOMPurify can run in
 * it (a browser or jsdom document), else `fallback` (a jsdom window in Node
 * for linkedom documents), else the global one (the content script's, where
 * a cloned document has none). Throws SanitizerUnavailableError otherwise.
 */
export function sanitizerWindow(doc: Document, fallback?: Window): Window {
  const global = typeof window !== 'undefined' ? (globalThis as unknown as Window) : undefined;
  for (const candidate of [doc.defaultView, fallback, global]) if (usable(candidate)) return candidate;
  throw new SanitizerUnavailableError();
}

/**
 * Sanitizes article HTML so it is safe to render in an extension page.
 * `win` is the window the HTML will be parsed in: the content script's window
 * in the browser, a jsdom window in Node.
 */
export function sanitizeHtml(html: string, win: Window): string {
  return purifier(win).sanitize(html);
}

/** True when `el` lives in `win`'s realm, so DOMPurify can clean it where it is. */
function sameRealm(el: Element, win: Window): boolean {
  const ElementClass = (win as unknown as { Element?: typeof Element }).Element;
  return el.ownerDocument.defaultView === win || (ElementClass !== undefined && el instanceof ElementClass);
}

/**
 * Sanitizes elements and returns their inner HTML, in order. Elements of
 * `win`'s realm are cleaned in place (no serialize-and-parse round trip);
 * others (linkedom) go through one HTML string.
 */
export function sanitizeElements(elements: readonly Element[], win: Window): string[] {
  for (const el of elements) stripPageAttributes(el);
  const first = elements[0];
  if (!first || !sameRealm(first, win))
    return sanitizeParts(
      elements.map((el) => el.innerHTML),
      win,
    );
  // One wrapper per element, all under one root: one DOMPurify pass, and a
  // forbidden element (a removed <form>) is never the root of the pass.
  const doc = first.ownerDocument;
  const root = doc.createElement('div');
  for (const el of elements) {
    const part = doc.createElement('div');
    while (el.firstChild) part.appendChild(el.firstChild);
    root.appendChild(part);
  }
  purifier(win, 'inPlace').sanitize(root);
  return Array.from(root.children).map((part) => part.innerHTML);
}

/** Attributes never kept in the article (see FORBID_ATTR). */
const DROPPED = new Set(CONFIG.FORBID_ATTR);

/**
 * Takes from `root` and the elements under it the page attributes the
 * article never keeps: those DOMPurify forbids, and the page's own `data-`
 * attributes (script state: only Folio's `data-folio-` ones mean anything in
 * the reader). Done here, by name, because DOMPurify reads every attribute
 * through an Attr node, which cost more than this whole pass. The same walk
 * finds the tracking pixels, which go as a whole (output/tracking-pixels.ts),
 * and leaves DOMPurify fewer nodes that show nothing: whitespace the reader
 * would not render (dropUnrenderedSpace) and `<span>`s left without any
 * attribute, which are unwrapped (unwrapBareSpan). DOMPurify's cost is per
 * node, and on an article a third of its nodes were of these kinds.
 */
function stripPageAttributes(root: Element): void {
  const pixels: Element[] = [];
  const bare: Element[] = [];
  // Depth of the <pre> being walked (-1: none; the root is depth 0): its whitespace is text.
  let preDepth = -1;
  const strip = (el: Element, depth: number): void => {
    if (preDepth >= 0 && depth <= preDepth) preDepth = -1;
    if (preDepth < 0 && PRESERVES_SPACE.has(el.tagName)) preDepth = depth;
    else if (preDepth < 0 && BLOCK_TAGS.has(el.tagName)) dropUnrenderedSpace(el);
    if (el.hasAttributes()) {
      if (el.tagName === 'IMG' && isTrackingPixel(el)) pixels.push(el);
      for (const name of el.getAttributeNames()) {
        if (DROPPED.has(name) || (name.startsWith('data-') && !name.startsWith('data-folio-')))
          el.removeAttribute(name);
      }
    }
    // Asked after the strip: a span whose only attributes were the page's is bare too.
    if (depth > 0 && el.tagName === 'SPAN' && !el.hasAttributes()) bare.push(el);
  };
  strip(root, 0);
  walkElements(root, strip);
  for (const pixel of pixels) pixel.remove();
  for (const span of bare) unwrapBareSpan(span);
}

/** Elements whose whitespace shows as it is. */
const PRESERVES_SPACE = new Set(['PRE', 'LISTING', 'XMP', 'PLAINTEXT', 'TEXTAREA']);

/**
 * Removes from `block`'s children the text the reader never renders: comments,
 * and whitespace-only text beside a line's start or end — before or after a
 * block child, a `<br>`, or the block's own start or end. White space there
 * is collapsed away (CSS Text: spaces at the start and end of a line are
 * removed); between two inline children it is a word gap and stays. Mostly
 * source indentation.
 */
function dropUnrenderedSpace(block: Element): void {
  let before: Node | null = null;
  for (let node: ChildNode | null = block.firstChild; node;) {
    const next = node.nextSibling;
    const type = node.nodeType;
    if (type === 8) node.remove();
    else if (type === 3 && (endsLine(before) || endsLine(next)) && !NON_SPACE.test((node as Text).data))
      node.remove();
    else before = node;
    node = next;
  }
}

/** A block element, a line break, or no node at all (the start or end of the parent): a line ends there. */
function endsLine(node: Node | null): boolean {
  if (node === null) return true;
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName;
  return tag === 'BR' || BLOCK_TAGS.has(tag);
}

/**
 * Puts a `<span>` without attributes in its place with what it holds (it
 * means nothing once page classes and styles are gone), joining its first
 * and last text with the text beside it: one text node for DOMPurify where
 * there were up to three and an element.
 */
function unwrapBareSpan(span: Element): void {
  const parent = span.parentNode;
  if (!parent) return;
  const first = span.firstChild;
  const last = span.lastChild;
  while (span.firstChild) parent.insertBefore(span.firstChild, span);
  const after = span.nextSibling;
  span.remove();
  joinText(first?.previousSibling ?? null, first);
  // The last child may have been joined into the text before it.
  const end = last && last.parentNode === parent ? last : (after?.previousSibling ?? null);
  joinText(end, after);
}

/** Appends `b`'s text to `a` and removes `b` when both are text nodes. */
function joinText(a: Node | null, b: Node | null): void {
  if (a && b && a !== b && a.nodeType === 3 && b.nodeType === 3) {
    (a as Text).appendData((b as Text).data);
    (b as ChildNode).remove();
  }
}

/** HTML's whitespace: what it collapses and drops between blocks (not \u00a0). */
const NON_SPACE = /[^ \t\n\f\r]/;

/**
 * Sanitizes several HTML fragments in one parse (the article and each
 * removed block), returning them in the same order.
 */
export function sanitizeParts(parts: readonly string[], win: Window): string[] {
  const joined = parts.map((html, i) => `<div data-folio-part="${i}">${html}</div>`).join('');
  const fragment = purifier(win, 'fragment').sanitize(joined) as unknown as DocumentFragment;
  const out = parts.map(() => '');
  for (const child of Array.from(fragment.children)) {
    const index = Number(child.getAttribute('data-folio-part'));
    if (Number.isInteger(index) && index >= 0 && index < out.length) out[index] = child.innerHTML;
  }
  return out;
}
