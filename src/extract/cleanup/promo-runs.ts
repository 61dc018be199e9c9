/**
 * Promo blocks that only their neighbours give away: short all-link lines
 * right after a removed promo lead-in ("You may also like…", "DON'T MISS"),
 * and teaser `<article>`s beside the story when Readability picked a
 * container holding several articles.
 */
import { linkRatio, normText } from './dom-utils';
import type { Removals } from './removals';
import { sequence } from './sequence';

/** Longest line still taken for a headline link. */
const MAX_TEASER_CHARS = 200;

/** Removes the run of link lines that follows each removed promo lead-in. */
export function removePromoRuns(root: Element, removals: Removals): void {
  let afterPromo = false;
  for (const item of sequence(root, (el) => removals.text(el))) {
    if (item.type === 'marker') {
      if (removals.kindAt(item.el) === 'promo') afterPromo = true;
      continue;
    }
    if (item.type === 'media') continue;
    if (afterPromo && item.text.length <= MAX_TEASER_CHARS && linkRatio(item.el, item.text) >= 0.8) {
      removals.remove(item.el, 'promo');
    } else afterPromo = false;
  }
}

/**
 * When the article holds several top-level `<article>` elements, the one
 * with most text is the story; the others are removed when they look like
 * teasers (a linked heading, or little text).
 */
export function removeTeaserArticles(root: Element, removals: Removals): void {
  const articles = Array.from(root.querySelectorAll('article')).filter(
    (a) => !a.parentElement?.closest('article'),
  );
  if (articles.length < 2) return;
  const sizes = articles.map((a) => normText(a).length);
  const main = sizes.indexOf(Math.max(...sizes));
  articles.forEach((article, i) => {
    if (i === main) return;
    const size = sizes[i] ?? 0;
    const linkedHeading = article.querySelector('h1 a, h2 a, h3 a, h4 a, a h1, a h2, a h3, a h4') !== null;
    if (size < (sizes[main] ?? 0) / 3 && (linkedHeading || size < 500)) removals.remove(article, 'promo');
  });
}
