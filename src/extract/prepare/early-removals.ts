/**
 * Small clutter the page labels clearly (ad slots, share bars) is taken out
 * before Readability runs, so the source panel can list it even where
 * Readability would have dropped it silently. Each removal leaves an anchor
 * attribute on the element that followed it (Readability keeps attributes
 * when it renames elements); after Readability, anchors inside the article
 * become removal markers and the rest (page chrome) are forgotten.
 */
import { findLabelledClutter, type Labelled } from '../cleanup/hint-pass';
import { normText } from '../cleanup/dom-utils';
import type { Removals } from '../cleanup/removals';
import { HINT_ATTR } from '../cleanup/hints';
import type { RemovedKind } from '../types';

/** On the element after a removed block: the ids of the blocks that stood before it. */
const BEFORE_ATTR = 'data-folio-before';
/** On the parent of a removed last child: the ids of the blocks that closed it. */
const APPEND_ATTR = 'data-folio-append';

/**
 * Only small ad slots and share bars go early: their labels are reliable and
 * they are too small to change which container Readability picks (removing
 * larger labelled blocks early was measured to make that choice worse).
 */
const EARLY_KINDS: ReadonlySet<RemovedKind> = new Set(['ad', 'share']);
const EARLY_MAX_CHARS = 100;

export interface EarlyRemoval {
  kind: RemovedKind;
  element: Element;
}

/**
 * Removes small labelled clutter from `doc.body` (`declared`: the page's
 * labelled elements in document order; `bodyChars`: the length of its text,
 * whitespace collapsed) and returns it indexed by anchor id. Larger labelled
 * blocks stay for Readability to judge, but their label is copied onto their
 * only child: Readability replaces a `<div>` that holds a single `<p>` by
 * that `<p>`, and the `<div>`'s class would be lost.
 */
export function removeEarly(doc: Document, declared: Labelled, bodyChars: number): EarlyRemoval[] {
  const body = doc.body;
  if (!body) return [];
  const labelled = findLabelledClutter(body, bodyChars, declared);
  const found = labelled.filter(
    ([el, kind]) => EARLY_KINDS.has(kind) && normText(el).length <= EARLY_MAX_CHARS,
  );
  const removed = new Set(found.map(([el]) => el));
  for (const [el, kind] of labelled) if (!removed.has(el)) labelOnlyChildren(el, kind);
  found.forEach(([el], id) => {
    let next = el.nextElementSibling;
    while (next && removed.has(next)) next = next.nextElementSibling;
    if (next) addId(firstInside(next, removed), BEFORE_ATTR, id);
    else if (el.parentElement) addId(el.parentElement, APPEND_ATTR, id);
  });
  for (const [el] of found) el.remove();
  return found.map(([element, kind]) => ({ kind, element }));
}

/** Sets the label on `el` and down its chain of only children. */
function labelOnlyChildren(el: Element, kind: RemovedKind): void {
  for (let node: Element | null = el; node; node = onlyChild(node)) node.setAttribute(HINT_ATTR, kind);
}

/** The single child element of `el` when `el` has no text of its own. */
function onlyChild(el: Element): Element | null {
  const child = el.firstElementChild;
  if (!child || child.nextElementSibling) return null;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return null;
  }
  return child;
}

/**
 * The innermost element that starts where `el` starts (no text before it):
 * an anchor that survives Readability unwrapping `el`. Blocks removed with
 * this pass (`removed`) are not entered and stand for nothing before an
 * element: an anchor put inside one would leave with it, and its removal
 * would never be listed.
 */
function firstInside(el: Element, removed: ReadonlySet<Element>): Element {
  let node = el;
  for (;;) {
    let child = node.firstElementChild;
    while (child && removed.has(child)) child = child.nextElementSibling;
    if (!child || somethingBefore(child, removed)) return node;
    node = child;
  }
}

/** True when text, or a node other than whitespace and removed blocks, comes before `child` in its parent. */
function somethingBefore(child: Element, removed: ReadonlySet<Element>): boolean {
  for (let before = child.previousSibling; before; before = before.previousSibling) {
    if (before.nodeType === 3) {
      if ((before.textContent ?? '').trim()) return true;
    } else if (before.nodeType !== 1 || !removed.has(before as Element)) return true;
  }
  return false;
}

function addId(el: Element, attr: string, id: number): void {
  const current = el.getAttribute(attr);
  el.setAttribute(attr, current ? `${current} ${id}` : String(id));
}

/** Turns the anchors inside the article into removal markers, in document order. */
export function placeEarlyRemovals(root: Element, early: readonly EarlyRemoval[], removals: Removals): void {
  const ids = (el: Element, attr: string): EarlyRemoval[] =>
    (el.getAttribute(attr) ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => early[Number(id)])
      .filter((r): r is EarlyRemoval => r !== undefined);
  // Each removal is placed once, even if the page itself wrote an anchor attribute.
  const placed = new Set<EarlyRemoval>();
  const fresh = (r: EarlyRemoval): boolean => !placed.has(r) && placed.add(r) !== undefined;
  for (const el of Array.from(root.querySelectorAll(`[${BEFORE_ATTR}], [${APPEND_ATTR}]`))) {
    for (const r of ids(el, BEFORE_ATTR).filter(fresh)) removals.insert(r.element, r.kind, el.parentNode, el);
    for (const r of ids(el, APPEND_ATTR).filter(fresh)) removals.insert(r.element, r.kind, el, null);
    el.removeAttribute(BEFORE_ATTR);
    el.removeAttribute(APPEND_ATTR);
  }
}
