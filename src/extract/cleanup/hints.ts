/**
 * Class and id hints: what a page's own markup says a block is. Used as
 * general signals (the same words across sites), never per-site rules.
 */
import type { RemovedKind } from '../types';

/**
 * CMS taxonomy classes describe the post, not the block (WordPress puts
 * `tag-share` or `category-video` on the article itself), so they are ignored.
 */
const TAXONOMY = /^(tag|tags|category|categories|post|format|status|type|has|postid|page|term|author-id)[-_]/;

/** Classes that say what a block lacks ("no_caption", "no-comments", "without-ads") name nothing it is. */
const NEGATED = /^(no|non|not|without)[-_]/;

/** Hints in the order they are tried: the first kind that matches wins. */
const HINTS: ReadonlyArray<readonly [RemovedKind, RegExp]> = [
  [
    'comments',
    /(^|[ _-])(comments?|comment-?(list|section|area|thread|form|count|wrap\w*|box)|disqus\w*|respond|discussion|livefyre|replies|commentlist)([ _-]|$)/,
  ],
  [
    'newsletter',
    /newsletter|sign-?up|subscri(be|ption)|opt-?in|email-?(capture|form|alert)|mailchimp|mc4wp|\bcta\b|call-?to-?action|paywall|regwall|app-?promo/,
  ],
  ['share', /\bshare|sharing|social|addthis|sharethis|share-?bar|follow-?us/],
  [
    'promo',
    /related|recommend|read-?more|more-?(stories|articles|news|from)|also-?read|see-?also|\bpromo|teaser|trending|popular|most-?(read|viewed|shared)|outbrain|taboola|zergnet|up-?next|next-?(post|article|story)|you-?may|around-?the-?web|\bpartner|affiliate|sponsored-?links|\bmore-?on\b|storylink|inline-?link|also-?on|rail\b/,
  ],
  [
    'ad',
    /(^|[ _-])(ad|ads|adv|advert\w*|adunit|adslot|adbox|adzone|dfp|gpt|banner-?ad|adsbygoogle|ad\d+)([ _-]|$)|advertis|ad-?(slot|unit|container|wrap\w*|label|block|holder|placeholder)|div-gpt-ad|google-?ad|doubleclick/,
  ],
  [
    'caption',
    /caption|credit|wp-caption-text|image-?(meta|source)|photo-?(meta|source)|getty|copyright-?(image|photo)/,
  ],
  [
    'byline',
    /byline|author|dateline|time-?stamp|\bdate\b|pubdate|published|posted-?on|entry-?meta|post-?meta|article-?meta|\bmeta\b|contributor|writer|\bbio\b/,
  ],
  [
    'tags',
    /(^|[ _-])(tags?|tag-?list|tagcloud|topics?|keywords|filed-?under|post-?categories|entry-?categories|postinfo)([ _-]|$)/,
  ],
  ['copyright', /copyright|disclaimer|legal|footer/],
  [
    'other',
    /breadcrumb|(^|[ _-])nav([ _-]|$)|navbar|navigation|menu|skip-?(link|to)|toolbar|pagination|pager|print-?(header|only)|cookie|consent|gdpr|rating|reactions|audio-?player|byline-?flyout|screen-?reader|sr-only|visually-?hidden/,
  ],
];

/** Hint text of raw `id class` text: non-taxonomy tokens, lower case, camelCase split. */
function hintOf(raw: string): string {
  return raw
    .split(/\s+/)
    .filter((token) => token && !TAXONOMY.test(token.toLowerCase()) && !NEGATED.test(token.toLowerCase()))
    .map((token) => token.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase())
    .join(' ');
}

/** The hint text of an element: id and non-taxonomy classes, lower case, camelCase split. */
export function hintText(el: Element): string {
  return hintOf(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`);
}

/** Any hint at all, tested first: most elements match none, and one test is cheaper than ten. */
const ANY_HINT = new RegExp(HINTS.map(([, pattern]) => pattern.source).join('|'));

/**
 * Hint index (into HINTS; -1 for none) by raw class or id text. Pages repeat
 * the same class lists (menu items, list rows), so most lookups are hits;
 * cleared when it grows large. Class and id are looked up apart, never
 * joined: no pattern spans a space, and joining them built a new string to
 * hash for every element of the page.
 */
const cache = new Map<string, number>();

function hintIndex(raw: string): number {
  if (raw.length < 2) return -1;
  let index = cache.get(raw);
  if (index === undefined) {
    if (cache.size > 20_000) cache.clear();
    index = -1;
    if (ANY_HINT.test(raw.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase())) {
      const hint = hintOf(raw);
      index = HINTS.findIndex(([, pattern]) => pattern.test(hint));
    }
    cache.set(raw, index);
  }
  return index;
}

/**
 * Attribute carrying a label found before Readability (which may drop the
 * labelled wrapper but keep its content); removed before output.
 */
export const HINT_ATTR = 'data-folio-hint';

/**
 * The clutter kind an element's class or id declares, or a label carried from
 * before Readability; null for none.
 */
export function hintKind(el: Element): RemovedKind | null {
  const label = el.getAttribute(HINT_ATTR);
  if (label) return carriedKind(label);
  return hintKindOf(classText(el), el.id ?? '');
}

/**
 * The element's class attribute text. Read as the `className` property: the
 * browser and jsdom answer it without an attribute lookup by name, several
 * times faster; SVG's `className` is an object, so there the attribute is read.
 */
export function classText(el: Element): string {
  const name = el.className as unknown;
  return typeof name === 'string' ? name : (el.getAttribute('class') ?? '');
}

/** The kind a carried label names (null for a label that is no kind). */
export function carriedKind(label: string): RemovedKind | null {
  return HINTS.find(([kind]) => kind === label)?.[0] ?? null;
}

/** The clutter kind a class list and an id declare, or null. */
export function hintKindOf(cls: string, id: string): RemovedKind | null {
  const byClass = hintIndex(cls);
  const byId = hintIndex(id);
  // The kind tried first wins, as if class and id were one hint text.
  const index = byClass < 0 ? byId : byId < 0 ? byClass : Math.min(byClass, byId);
  return index < 0 ? null : HINTS[index]![0];
}
