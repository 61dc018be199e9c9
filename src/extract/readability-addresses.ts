/**
 * Readability's last step (`_fixRelativeUris`) makes every address of the
 * article absolute: `new URL(address, base)` for each link, picture, source
 * and `srcset` candidate, then writes the answer back, even when the address
 * was absolute already, as nearly all are on news pages. In a Firefox
 * profile the step was about a twentieth of Readability's time on Folio's
 * prepared page, most of it in the URL parser.
 * Here an address written exactly as the URL parser writes it (see
 * isCanonicalAddress) is taken as its own answer, and a value is written back
 * only when it changed; every other address goes through Readability's own
 * resolution. The same article either way (a unit test compares both on
 * real pages and on addresses written to reach each edge).
 */

/** The parts of Readability's instance this module uses (all checked before use). */
interface ReadabilityInternals {
  _fixRelativeUris?: (article: Element) => void;
  _doc?: Document;
  REGEXPS?: { srcsetUrl?: RegExp };
}

/**
 * An http(s) address that the URL parser gives back unchanged whatever the
 * base: lower-case scheme and host name (a name, not a number: the parser
 * rewrites numeric hosts), no port or user, a path that starts with `/`,
 * and only characters that no part of the parser escapes or rewrites
 * (letters, digits, `-._~!$&()*+,;=:@/`, and `?` after the path). Query and
 * fragment, when present, are not empty. Dot segments (`/./`, `/../`) and
 * punycode labels (`xn--`, checked and re-encoded by the parser) are left to
 * the parser.
 */
const CANONICAL =
  /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[\w\-.~!$&()*+,;=:@/]*(?:\?[\w\-.~!$&()*+,;=:@/?]+)?(?:#[\w\-.~!$&()*+,;=:@/?]+)?$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/;

export function isCanonicalAddress(address: string): boolean {
  return CANONICAL.test(address) && !DOT_SEGMENT.test(address) && !address.includes('xn--');
}

export function withFastAddresses(reader: object): void {
  const own = reader as ReadabilityInternals;
  const doc = own._doc;
  const srcsetUrl = own.REGEXPS?.srcsetUrl;
  if (typeof own._fixRelativeUris !== 'function' || !doc || !(srcsetUrl instanceof RegExp)) return;
  Object.defineProperty(reader, '_fixRelativeUris', {
    value: (article: Element): void => fixAddresses(doc, article, srcsetUrl),
  });
}

/** Readability's `_fixRelativeUris`, step for step, with the two shortcuts above. */
function fixAddresses(doc: Document, article: Element, srcsetUrl: RegExp): void {
  const baseURI = doc.baseURI;
  const documentURI = doc.documentURI;
  const toAbsolute = (uri: string): string => {
    // Readability leaves in-page links alone when the page has no other base.
    if (baseURI == documentURI && uri.charAt(0) == '#') return uri;
    if (isCanonicalAddress(uri)) return uri;
    try {
      return new URL(uri, baseURI).href;
    } catch {
      return uri;
    }
  };
  const write = (el: Element, name: string, before: string, after: string): void => {
    if (after !== before) el.setAttribute(name, after);
  };
  for (const link of Array.from(article.querySelectorAll('a'))) {
    const href = link.getAttribute('href');
    if (!href) continue;
    if (href.indexOf('javascript:') === 0) {
      // A script link does nothing once scripts are gone: its content stays, as text.
      if (link.childNodes.length === 1 && link.childNodes[0]!.nodeType === 3) {
        link.parentNode?.replaceChild(doc.createTextNode(link.textContent ?? ''), link);
      } else {
        const container = doc.createElement('span');
        while (link.firstChild) container.appendChild(link.firstChild);
        link.parentNode?.replaceChild(container, link);
      }
    } else {
      write(link, 'href', href, toAbsolute(href));
    }
  }
  for (const media of Array.from(article.querySelectorAll('img,picture,figure,video,audio,source'))) {
    const src = media.getAttribute('src');
    const poster = media.getAttribute('poster');
    const srcset = media.getAttribute('srcset');
    if (src) write(media, 'src', src, toAbsolute(src));
    if (poster) write(media, 'poster', poster, toAbsolute(poster));
    if (srcset) {
      const resolved = srcset.replace(
        srcsetUrl,
        (_: string, address: string, size: string | undefined, end: string) =>
          toAbsolute(address) + (size || '') + end,
      );
      write(media, 'srcset', srcset, resolved);
    }
  }
}
