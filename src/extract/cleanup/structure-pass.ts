/**
 * Third cleanup pass: clutter recognised by its place in the article —
 * link lists under a promo heading, headings left with nothing under them,
 * lead-ins to media that is gone, and link lists trailing the article.
 */
import type { RemovedKind } from '../types';
import { HEADING_TAGS, linkRatio, normText } from './dom-utils';
import { Removals } from './removals';
import { sequence } from './sequence';
import { removePromoRuns, removeTeaserArticles } from './promo-runs';
import type { SequenceItem } from './sequence';
import { isMediaLeadIn, textKind } from './text-patterns';
import { hostKey } from '../output/links';
import { isCaption } from './captions';

/** Kinds whose marker means "the media or promo this line pointed at is gone". */
const GONE: ReadonlySet<RemovedKind> = new Set([
  'video',
  'debris',
  'ad',
  'promo',
  'share',
  'caption',
  'other',
]);

/** Removes clutter that only its position gives away; `hosts` are the page's own hosts (see hostKey). */
export function structurePass(
  root: Element,
  removals: Removals,
  hosts: ReadonlySet<string> = new Set(),
): void {
  removeTeaserArticles(root, removals);
  removePromoLists(root, removals);
  removeTrailingSiteLists(root, removals, hosts);
  removePromoRuns(root, removals);
  removeOrphans(root, removals);
}

/**
 * A list of links right after a promo lead-in ("Related:", "More Great
 * Stories"), or after a short line ending in a colon. Under a promo lead-in
 * an item may be a headline with only part of it linked ("YouTubers must
 * unionize, <a>no matter what Google says</a>"); under a bare colon line the
 * items must be links through and through.
 */
function removePromoLists(root: Element, removals: Removals): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    if (!list.parentNode) continue;
    const prev = previousMeaningful(list);
    if (!prev) continue;
    const prevKind = removals.kindAt(prev);
    const prevText = normText(prev);
    const leadKind = prevKind ?? (prevText.length < 80 ? textKind(prevText) : null);
    const promo =
      leadKind === 'promo'
        ? isLinkList(list) || isHeadlineList(list)
        : leadKind === null && /[:：]$/.test(prevText) && prevText.length < 40 && isLinkList(list);
    if (promo) {
      if (!prevKind) removals.remove(prev, 'promo');
      removals.remove(list, 'promo');
    }
  }
}

/** A list's children but the markers of items the cleanup already took. */
function listItems(list: Element): Element[] {
  return Array.from(list.children).filter((el) => !Removals.isMarker(el));
}

/** Longest list item still read as a headline. */
const MAX_HEADLINE_CHARS = 200;

/** Every item a short line with a link in it. */
function isHeadlineList(list: Element): boolean {
  const items = listItems(list);
  return (
    items.length > 0 &&
    items.every(
      (li) =>
        li.tagName === 'LI' &&
        li.querySelector('a[href]') !== null &&
        normText(li).length <= MAX_HEADLINE_CHARS,
    )
  );
}

/** True when most items of a list are links. */
function isLinkList(list: Element): boolean {
  const items = Array.from(list.children).filter((li) => li.tagName === 'LI');
  if (items.length === 0) return false;
  const linked = items.filter((li) => linkRatio(li) > 0.8).length;
  return linked / items.length >= 0.75;
}

/** At most this much kept text may follow a list for it to count as trailing the article. */
const MAX_TRAILING_CHARS = 300;

/**
 * A list of bare links to the page's own host with no heading of its own,
 * at the end of the article (a line or two may follow: "Originally published
 * on…"): the site's related stories, as CMS plugins append them. Links to
 * other hosts (other sites, the site's own bug tracker or shop) are sources
 * and stay; a list under a heading is one the author titled ("See also") and
 * stays too.
 */
function removeTrailingSiteLists(root: Element, removals: Removals, hosts: ReadonlySet<string>): void {
  if (hosts.size === 0) return;
  const lists = Array.from(root.querySelectorAll('ul, ol')).filter((list) => isSiteLinkList(list, hosts));
  if (lists.length === 0) return;
  const items = sequence(root, (el) => removals.text(el));
  // From the last list back: once one has the article going on after it, so do those before it.
  for (let i = lists.length - 1; i >= 0; i--) {
    const list = lists[i]!;
    if (!root.contains(list) || HEADING_TAGS.has(previousMeaningful(list)?.tagName ?? '')) continue;
    if (!isTrailing(list, items, root)) break;
    removals.remove(list, 'promo');
  }
}

/** Most items (blocks, media, markers) a trailing list may have after it. */
const MAX_TRAILING_ITEMS = 100;

/**
 * True when at most MAX_TRAILING_CHARS of running text follow `list` (a
 * picture's caption is no sign the article goes on). Reads the sequence from
 * its end back to the list's own items, and gives up after
 * MAX_TRAILING_ITEMS items.
 */
function isTrailing(list: Element, items: readonly SequenceItem[], root: Element): boolean {
  let after = 0;
  const first = Math.max(0, items.length - 1 - MAX_TRAILING_ITEMS);
  for (let i = items.length - 1; i >= first; i--) {
    const { el, type, text } = items[i]!;
    if (list.contains(el)) return true;
    // Blocks of a list removed just before are no longer in the article.
    if (type !== 'block' || isCaption(el) || !root.contains(el)) continue;
    after += text.length;
    if (after > MAX_TRAILING_CHARS) return false;
  }
  return false;
}

/** Two items or more, each one link and nothing else, every link to one of `hosts`. */
function isSiteLinkList(list: Element, hosts: ReadonlySet<string>): boolean {
  const items = listItems(list);
  if (items.length < 2) return false;
  return items.every((li) => {
    if (li.tagName !== 'LI') return false;
    const links = li.querySelectorAll('a[href]');
    const link = links[0];
    if (links.length !== 1 || !link) return false;
    const text = normText(li);
    if (!text || normText(link).length < 0.9 * text.length) return false;
    try {
      return hosts.has(hostKey(new URL(link.getAttribute('href') ?? '').hostname));
    } catch {
      return false;
    }
  });
}

function previousMeaningful(el: Element): Element | null {
  let prev = el.previousElementSibling;
  while (prev && !normText(prev) && !prev.hasAttribute('data-folio-removed'))
    prev = prev.previousElementSibling;
  return prev;
}

/** Headings with nothing left under them, and lead-ins to removed media. */
function removeOrphans(root: Element, removals: Removals): void {
  const items = sequence(root, (el) => removals.text(el));
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (!item || item.type !== 'block' || !item.el.parentNode) continue;
    if (HEADING_TAGS.has(item.el.tagName)) {
      // A heading the page itself set right above another (or last) heads nothing the cleanup took.
      const { next, removed } = following(items, i, removals);
      if (removed && isOrphanHeading(item.el, next))
        removals.remove(item.el, headingKind(item, items[i + 1], removals));
    } else if (isMediaLeadIn(item.text) && pointsAtNothing(items[i + 1], removals)) {
      removals.remove(item.el, 'debris');
    }
  }
}

/**
 * What follows item `i`: the next text block or media still in the article
 * (markers and removed blocks skipped), and whether the cleanup removed
 * something on the way. A removed dateline or byline does not count: it was
 * never what a heading above it introduced.
 */
function following(
  items: SequenceItem[],
  i: number,
  removals: Removals,
): { next: SequenceItem | null; removed: boolean } {
  let removed = false;
  for (let j = i + 1; j < items.length; j++) {
    const item = items[j];
    if (!item) continue;
    if (item.type === 'marker') {
      if (removals.kindAt(item.el) !== 'byline') removed = true;
    } else if (!item.el.parentNode) removed = true;
    else return { next: item, removed };
  }
  return { next: null, removed };
}

/** True when what follows a lead-in is the end, or something the cleanup removed. */
function pointsAtNothing(next: SequenceItem | undefined, removals: Removals): boolean {
  if (!next) return true;
  if (next.type === 'marker') {
    const kind = removals.kindAt(next.el);
    return kind !== null && GONE.has(kind);
  }
  return next.type === 'block' && !next.el.parentNode;
}

function isOrphanHeading(heading: Element, next: SequenceItem | null): boolean {
  if (!next) return true;
  if (!HEADING_TAGS.has(next.el.tagName)) return false;
  return Number(next.el.tagName[1]) <= Number(heading.tagName[1]);
}

function headingKind(item: SequenceItem, after: SequenceItem | undefined, removals: Removals): RemovedKind {
  const own = textKind(item.text);
  if (own) return own;
  return (after && removals.kindAt(after.el)) || 'other';
}
