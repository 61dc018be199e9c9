/**
 * Third cleanup pass: clutter recognised by its place in the article —
 * link lists under a promo heading, headings left with nothing under them,
 * lead-ins to media that is gone, and link lists trailing the article.
 */
import type { RemovedKind } from '../types';
import { HEADING_TAGS, linkRatio, normText } from './dom-utils';
import type { Removals } from './removals';
import { sequence } from './sequence';
import { removePromoRuns, removeTeaserArticles } from './promo-runs';
import type { SequenceItem } from './sequence';
import { isMediaLeadIn, textKind } from './text-patterns';

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

/** Removes clutter that only its position gives away. */
export function structurePass(root: Element, removals: Removals): void {
  removeTeaserArticles(root, removals);
  removePromoLists(root, removals);
  removePromoRuns(root, removals);
  removeOrphans(root, removals);
}

/** A list of links right after a promo lead-in ("Related:", "More:"), or marked promo itself. */
function removePromoLists(root: Element, removals: Removals): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    if (!list.parentNode || !isLinkList(list)) continue;
    const prev = previousMeaningful(list);
    if (!prev) continue;
    const prevKind = removals.kindAt(prev);
    const prevText = normText(prev);
    const leadKind = prevKind ?? (prevText.length < 80 ? textKind(prevText) : null);
    if (leadKind === 'promo' || (leadKind === null && /[:：]$/.test(prevText) && prevText.length < 40)) {
      if (!prevKind) removals.remove(prev, 'promo');
      removals.remove(list, 'promo');
    }
  }
}

/** True when most items of a list are links. */
function isLinkList(list: Element): boolean {
  const items = Array.from(list.children).filter((li) => li.tagName === 'LI');
  if (items.length === 0) return false;
  const linked = items.filter((li) => linkRatio(li) > 0.8).length;
  return linked / items.length >= 0.75;
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
