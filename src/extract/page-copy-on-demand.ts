/** Readability's copy of the page for a second search, made only when it is used. */

/** What Readability's page element answers when asked for its HTML, standing for the copy not made. */
const COPY_ON_DEMAND = '<!-- Folio: this copy of the page is made when it is needed -->';

/** The browser's own `innerHTML` setter of `el` (found on its prototypes). */
function innerHtmlSetter(el: Element): ((this: Element, html: string) => void) | null {
  for (let proto: object | null = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const own = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (own) return own.set ?? null;
  }
  return null;
}

/**
 * Runs `parse` with Readability's copy of the page made only if it is used.
 * Before its search for the article body, Readability serializes the whole
 * page (`page.innerHTML`), for the rare page where the first search finds
 * under 500 characters: then it puts that HTML back and searches again,
 * less strictly. Here the page element answers that read
 * with a placeholder, and when Readability writes the placeholder back,
 * `pageCopy` makes the HTML it would have kept (from a fresh copy of the
 * page, see pageHtmlBeforeSearch in run-readability.ts). Readability reads no other HTML of the
 * page element, and writes only what it read.
 */
export function withPageCopyOnDemand<T>(body: HTMLElement | null, pageCopy: () => string, parse: () => T): T {
  const setter = body && innerHtmlSetter(body);
  if (!body || !setter) return parse();
  let html: string | null = null;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get: () => COPY_ON_DEMAND,
    set: (value: string) => setter.call(body, value === COPY_ON_DEMAND ? (html ??= pageCopy()) : value),
  });
  try {
    return parse();
  } finally {
    // The element's own accessors again.
    delete (body as unknown as Record<string, unknown>)['innerHTML'];
  }
}
