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

const EMBEDS = [
  'blockquote.twitter-tweet',
  'blockquote.twitter-video',
  'blockquote.instagram-media',
  'blockquote.tiktok-embed',
  'blockquote.reddit-card',
  'blockquote.reddit-embed-bq',
  'blockquote.bluesky-embed',
  'blockquote.mastodon-embed',
  'blockquote.threads-embed',
  'blockquote.fb-xfbml-parse-ignore',
].join(', ');

/** Marks embedded posts in `doc` and unwraps the wrappers around only them. */
export function keepSocialEmbeds(doc: Document): void {
  for (const quote of Array.from(doc.querySelectorAll(EMBEDS))) {
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
