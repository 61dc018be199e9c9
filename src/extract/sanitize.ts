import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';

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
};

const instances = new WeakMap<object, DOMPurify>();

/** A DOMPurify bound to `win`, created once per window; throws when `win` cannot run it. */
function purifier(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    instances.set(win, purify);
  }
  // DOMPurify returns its input unchanged when unsupported (e.g. on linkedom): never accept that.
  if (!purify.isSupported) throw new SanitizerUnavailableError();
  return purify;
}

/**
 * The window to sanitize with: an explicit one, the document's own, or the
 * global one (the content script's, where a cloned document has none).
 */
export function sanitizerWindow(doc: Document, explicit?: Window): Window {
  const candidate =
    explicit ??
    doc.defaultView ??
    (typeof window !== 'undefined' ? (globalThis as unknown as Window) : undefined);
  if (!candidate || !candidate.document) throw new SanitizerUnavailableError();
  return candidate;
}

/**
 * Sanitizes article HTML so it is safe to render in an extension page.
 * `win` is the window the HTML will be parsed in: the content script's window
 * in the browser, a jsdom window in Node.
 */
export function sanitizeHtml(html: string, win: Window): string {
  return purifier(win).sanitize(html, CONFIG);
}

/**
 * Sanitizes several HTML fragments in one parse (the article and each
 * removed block), returning them in the same order.
 */
export function sanitizeParts(parts: readonly string[], win: Window): string[] {
  const joined = parts.map((html, i) => `<div data-folio-part="${i}">${html}</div>`).join('');
  const fragment = purifier(win).sanitize(joined, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  const out = parts.map(() => '');
  for (const child of Array.from(fragment.children)) {
    const index = Number(child.getAttribute('data-folio-part'));
    if (Number.isInteger(index) && index >= 0 && index < out.length) out[index] = child.innerHTML;
  }
  return out;
}
