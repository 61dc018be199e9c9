/**
 * MathML survives extraction as `<math>`. Renderers such as MathJax wrap it
 * in custom elements (`<mjx-container>`) beside a visual copy that is hidden
 * from assistive technology; Readability drops those wrappers and the math
 * with them. Each wrapper is replaced by its MathML.
 */

/** Replaces custom-element wrappers around each of `maths` with the math itself. */
export function unwrapMath(maths: readonly Element[]): void {
  for (const math of maths) {
    let outer: Element = math;
    for (let el = math.parentElement; el && el.tagName.includes('-'); el = el.parentElement) outer = el;
    if (outer === math || !outer.parentNode) continue;
    outer.parentNode.replaceChild(math, outer);
  }
}
