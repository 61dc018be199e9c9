/**
 * One pass over every element of the page, shared by the limits check, the
 * metadata readers and the fidelity pass: separate `querySelectorAll` calls
 * each walk the whole DOM again, which dominated Folio's own time.
 */

export interface Survey {
  /** All elements in document order. */
  elements: Element[];
  /** Deepest nesting (the root element is at depth 0). */
  maxDepth: number;
  /** Sum of every element's depth: how much nesting the page holds in all. */
  totalDepth: number;
  /** Elements by upper-case tag name, in document order. */
  byTag: Map<string, Element[]>;
}

import { walkElements } from './walk';

/** Tags the readers need; others are not indexed. */
const INDEXED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'META',
  'LINK',
  'TIME',
  'IMG',
  'SOURCE',
  'IFRAME',
  'VIDEO',
  'AUDIO',
  'EMBED',
  'OBJECT',
  'BLOCKQUOTE',
  'MATH',
  'ARTICLE',
  'BASE',
  'P',
]);

/** INDEXED in upper and lower case: the test for each element, before any string is made. */
const INDEXED_NAMES = new Set([...INDEXED, ...[...INDEXED].map((tag) => tag.toLowerCase())]);

/**
 * Surveys `doc`. Depth counts from the root element (depth 0). Stops after
 * `maxElements` + 1 elements: a page that large is refused anyway.
 */
export function surveyDocument(doc: Document, maxElements = Infinity): Survey {
  const elements: Element[] = [];
  const byTag = new Map<string, Element[]>();
  let maxDepth = 0;
  let totalDepth = 0;
  const record = (el: Element, depth: number): boolean => {
    elements.push(el);
    totalDepth += depth;
    if (depth > maxDepth) maxDepth = depth;
    // Tag names come upper case for HTML elements, lower case for MathML and XHTML.
    const name = el.tagName;
    if (INDEXED_NAMES.has(name)) {
      const tag = name.toUpperCase();
      const list = byTag.get(tag);
      if (list) list.push(el);
      else byTag.set(tag, [el]);
    }
    return elements.length <= maxElements;
  };
  const root = doc.documentElement;
  if (root) {
    record(root, 0);
    walkElements(root, record);
  }
  return { elements, maxDepth, totalDepth, byTag };
}

/** The surveyed elements of a tag (empty when none). */
export function tagged(survey: Survey, tag: string): Element[] {
  return survey.byTag.get(tag) ?? [];
}
