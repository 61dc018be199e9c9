/**
 * Four small questions Readability asks of the page's tree as it walks it,
 * for every `<div>` and often for each of its children, answered here with
 * fewer calls into the DOM: the same answers (a unit test compares each with
 * Readability's own on every node of real pages and of edge cases).
 * - `_hasSingleTagInsideElement`: asked `element.children` (a live list
 *   built for the question) its length; here the first element child and
 *   its next sibling.
 * - `_hasChildBlockElement`: recursed into every child node, text included;
 *   text has no children, so here only elements are visited.
 * - `_isPhrasingContent`: searched an array of 40 tag names; here a set.
 * - `_isWhitespace`: copied and trimmed the whole text of a text node to
 *   see whether anything was left; here it stops at the first character that
 *   is not whitespace (the same characters `trim` removes).
 * Each is installed only while Readability still has the method and the
 * lists and patterns it reads from the instance.
 */
import { allSpace } from './cleanup/dom-utils';
import { replaceMethod } from './readability-method';

/** The parts of Readability's instance this module reads (all checked before use). */
interface ReadabilityInternals {
  REGEXPS?: { hasContent?: unknown };
  PHRASING_ELEMS?: unknown;
  DIV_TO_P_ELEMS?: unknown;
}

export function withFastTreeChecks(reader: object): void {
  const own = reader as ReadabilityInternals;
  const replace = (name: string, fast: unknown): void => replaceMethod(reader, name, fast);
  const hasContent = own.REGEXPS?.hasContent;
  // A global or sticky pattern would carry state between tests: Readability's is neither.
  if (hasContent instanceof RegExp && !hasContent.global && !hasContent.sticky)
    replace('_hasSingleTagInsideElement', (element: Element, tag: string): boolean => {
      const only = element.firstElementChild;
      if (!only || only.nextElementSibling || only.tagName !== tag) return false;
      for (let node = element.firstChild; node; node = node.nextSibling)
        if (node.nodeType === 3 && hasContent.test((node as Text).data)) return false;
      return true;
    });
  const blockTags = own.DIV_TO_P_ELEMS;
  if (blockTags instanceof Set) {
    const hasBlock = (element: Element): boolean => {
      for (let child = element.firstElementChild; child; child = child.nextElementSibling)
        if (blockTags.has(child.tagName) || hasBlock(child)) return true;
      return false;
    };
    replace('_hasChildBlockElement', hasBlock);
  }
  const phrasingTags = own.PHRASING_ELEMS;
  if (Array.isArray(phrasingTags)) {
    const phrasing = new Set<unknown>(phrasingTags);
    // Links and edits are phrasing when all they hold is.
    const isPhrasing = (node: Node): boolean => {
      if (node.nodeType === 3) return true;
      const tag = (node as Element).tagName;
      if (phrasing.has(tag)) return true;
      if (tag !== 'A' && tag !== 'DEL' && tag !== 'INS') return false;
      for (let child = node.firstChild; child; child = child.nextSibling)
        if (!isPhrasing(child)) return false;
      return true;
    };
    replace('_isPhrasingContent', isPhrasing);
  }
  replace(
    '_isWhitespace',
    (node: Node): boolean =>
      (node.nodeType === 3 && allSpace((node as Text).data)) ||
      (node.nodeType === 1 && (node as Element).tagName === 'BR'),
  );
}
