/**
 * Document-order walks without recursion or live collections. jsdom's live
 * `getElementsByTagName('*')` turned quadratic when copied to an array (two
 * minutes on a large Wikipedia page), and linkedom returns nothing for '*'.
 */

/**
 * Calls `visit(el, depth)` for every element under `root` (not `root`
 * itself) in document order; depth 1 is a child of `root`. The walk stops
 * when `visit` returns false.
 */
export function walkElements(root: Element, visit: (el: Element, depth: number) => boolean | void): void {
  let depth = 1;
  let el = root.firstElementChild;
  while (el) {
    if (visit(el, depth) === false) return;
    const child = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    // Up to the first ancestor with a next sibling; each sibling is read once (a DOM call).
    let next: Element | null = null;
    while (el && el !== root) {
      next = el.nextElementSibling;
      if (next) break;
      el = el.parentElement;
      depth--;
    }
    el = next;
  }
}

/** All elements under `root` in document order. */
export function elementsUnder(root: Element): Element[] {
  const out: Element[] = [];
  walkElements(root, (el) => {
    out.push(el);
  });
  return out;
}
