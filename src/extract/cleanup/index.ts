/**
 * The cleanup after Readability: removes what a reader does not need, records
 * each removal for the source panel, and marks captions.
 */
import { blockPass } from './block-pass';
import type { BlockContext } from './block-pass';
import { captionPass } from './captions';
import { collapsedLength } from './dom-utils';
import { hintPass } from './hint-pass';
import { removeInlineCards } from './inline-cards';
import { HINT_ATTR } from './hints';
import { Removals } from './removals';
import type { PendingRemoval } from './removals';
import { structurePass } from './structure-pass';
import { videoPass } from './videos';
import { placeEarlyRemovals } from '../prepare/early-removals';
import type { EarlyRemoval } from '../prepare/early-removals';

export type { PendingRemoval } from './removals';

export interface CleanupContext extends BlockContext {
  /** The page's own hosts (its address's and its canonical address's, see hostKey). */
  hosts?: ReadonlySet<string>;
}

/**
 * Cleans Readability's article element in place and returns the removals in
 * document order; each left an empty `span[data-folio-removed=<index>]`.
 */
export function cleanArticle(
  root: Element,
  ctx: CleanupContext,
  early: readonly EarlyRemoval[] = [],
): PendingRemoval[] {
  const removals = new Removals();
  placeEarlyRemovals(root, early, removals);
  videoPass(root, removals);
  hintPass(root, removals, collapsedLength(root.textContent ?? ''));
  removeInlineCards(root, removals);
  captionPass(root, removals);
  blockPass(root, removals, ctx);
  structurePass(root, removals, ctx.hosts);
  const removed = removals.finalize(root);
  for (const el of [root, ...removed.map((r) => r.element)]) {
    if (el.hasAttribute(HINT_ATTR)) el.removeAttribute(HINT_ATTR);
    for (const labelled of Array.from(el.querySelectorAll(`[${HINT_ATTR}]`)))
      labelled.removeAttribute(HINT_ATTR);
  }
  return removed;
}
