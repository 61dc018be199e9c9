/**
 * Records what the cleanup takes out. Each removed block leaves an empty
 * marker element where it stood, so the interface can put it back exactly
 * there (see `RemovedBlock.position`).
 */
import type { RemovedKind } from '../types';
import { normText } from './dom-utils';

/** Attribute of the empty marker left where a removed block stood. */
export const MARKER_ATTR = 'data-folio-removed';

export interface PendingRemoval {
  kind: RemovedKind;
  /** The removed element, detached from the article. */
  element: Element;
}

export class Removals {
  private readonly pending = new Map<string, PendingRemoval>();
  private next = 0;
  private readonly texts = new Map<Element, string>();

  /** Replaces `el` with a marker and remembers it under `kind`. */
  remove(el: Element, kind: RemovedKind): void {
    const parent = el.parentNode;
    if (!parent) return;
    parent.replaceChild(this.marker(el, kind), el);
    // The text of everything that held `el` lost `el`'s text.
    if (this.texts.size > 0)
      for (let node: Node | null = parent; node; node = node.parentNode) this.texts.delete(node as Element);
  }

  /**
   * The text of `el` as normText gives it, read once: the cleanup passes ask
   * for the same blocks' text one after another, and all their changes to
   * the article go through `remove`, which forgets the text of what held the
   * removed block (a marker adds no text, see `insert`).
   */
  text(el: Element): string {
    let text = this.texts.get(el);
    if (text === undefined) {
      text = normText(el);
      this.texts.set(el, text);
    }
    return text;
  }

  /** Records an already detached `el` and puts its marker into `parent` before `before`. */
  insert(el: Element, kind: RemovedKind, parent: Node | null, before: Node | null): void {
    if (parent) parent.insertBefore(this.marker(el, kind), before);
  }

  private marker(el: Element, kind: RemovedKind): Element {
    const id = String(this.next++);
    const marker = el.ownerDocument.createElement('span');
    marker.setAttribute(MARKER_ATTR, id);
    this.pending.set(id, { kind, element: el });
    return marker;
  }

  /** True when `node` is a marker left by `remove`. */
  static isMarker(node: Element): boolean {
    return node.tagName === 'SPAN' && node.hasAttribute(MARKER_ATTR);
  }

  /** The kind removed at a marker, or null for other elements. */
  kindAt(node: Element): RemovedKind | null {
    if (!Removals.isMarker(node)) return null;
    return this.pending.get(node.getAttribute(MARKER_ATTR) ?? '')?.kind ?? null;
  }

  /**
   * Renumbers the markers still inside `root` in document order and returns
   * their removals in that order; markers nested inside removed blocks are
   * dropped from the removed HTML (their content is already there).
   */
  finalize(root: Element): PendingRemoval[] {
    const out: PendingRemoval[] = [];
    for (const marker of Array.from(root.querySelectorAll(`span[${MARKER_ATTR}]`))) {
      const removal = this.pending.get(marker.getAttribute(MARKER_ATTR) ?? '');
      // A marker the page wrote itself, or a second one for the same block: drop it.
      if (!removal || out.includes(removal)) {
        marker.remove();
        continue;
      }
      marker.setAttribute(MARKER_ATTR, String(out.length));
      out.push(removal);
    }
    for (const removal of out) restoreNested(removal.element, this.pending);
    return out;
  }
}

/** Puts blocks removed from inside an already removed block back into it. */
function restoreNested(el: Element, pending: Map<string, PendingRemoval>): void {
  const markers = Array.from(el.querySelectorAll(`span[${MARKER_ATTR}]`));
  for (const marker of markers) {
    const inner = pending.get(marker.getAttribute(MARKER_ATTR) ?? '');
    if (inner) {
      restoreNested(inner.element, pending);
      marker.replaceWith(inner.element);
    } else marker.remove();
  }
}
