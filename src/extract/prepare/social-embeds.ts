/**
 * Embedded posts (tweets, Instagram, TikTok…) quote sources the article
 * discusses. Their fallback markup is a plain `<blockquote>` with the post's
 * text, but Readability drops the wrappers around them (named "social…",
 * or a link-dense `<div>`). Marking the quote and unwrapping wrappers that
 * hold nothing else keeps the quoted text; a `<blockquote>` itself is never
 * cleaned conditionally.
 */

/** Attribute marking an embedded post; the cleanup never removes its container. */
export const EMBED_ATTR = 'data-folio-embed';

/** Classes of the fallback `<blockquote>` of embedded posts. */
const EMBED_CLASS =
  /(^|\s)(twitter-tweet|twitter-video|instagram-media|tiktok-embed|reddit-card|reddit-embed-bq|bluesky-embed|mastodon-embed|threads-embed|fb-xfbml-parse-ignore)(\s|$)/;

/** Marks the embedded posts among `quotes` and unwraps the wrappers around only them. */
export function keepSocialEmbeds(doc: Document, quotes: readonly Element[]): void {
  for (const quote of quotes) {
    if (!EMBED_CLASS.test(quote.getAttribute('class') ?? '') || !quote.isConnected) continue;
    quote.setAttribute(EMBED_ATTR, '');
    const length = (quote.textContent ?? '').trim().length;
    let wrapper: Element | null = quote.parentElement;
    let depth = 0;
    while (wrapper && wrapper !== doc.body) {
      const parent: Element | null = wrapper.parentElement;
      if ((wrapper.textContent ?? '').trim().length > length + 40 || !parent) break;
      while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
      wrapper.remove();
      wrapper = parent;
      depth++;
      if (depth >= 3 || wrapper === doc.body) break;
    }
  }
}
