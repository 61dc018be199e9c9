/**
 * Absolute addresses in the article. Readability resolves them against the
 * document's base URI, which a parsed string (linkedom, jsdom without a URL)
 * does not have; the page address passed to `extractArticle` is the truth.
 */

const URL_ATTRS: ReadonlyArray<readonly [string, string]> = [
  ['a[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
];

/** The base address of a page: its first `<base href>` resolved against the page address. */
export function baseUrl(bases: readonly Element[], pageUrl: string): string {
  const base = bases.find((el) => el.hasAttribute('href'))?.getAttribute('href');
  if (base) {
    try {
      return new URL(base, pageUrl).href;
    } catch {
      // An invalid <base> is ignored, as browsers do.
    }
  }
  return pageUrl;
}

/** Rewrites relative addresses under `root` to absolute ones. */
export function resolveUrls(root: Element, base: string): void {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(base)) return;
  for (const [selector, attr] of URL_ATTRS) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      const value = el.getAttribute(attr)?.trim() ?? '';
      if (!value || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
      try {
        el.setAttribute(attr, new URL(value, base).href);
      } catch {
        // Leave what cannot be resolved; the sanitizer drops unsafe values.
      }
    }
  }
}
