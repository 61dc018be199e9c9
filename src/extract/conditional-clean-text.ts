/**
 * Readability's text of an element, read once per element while it judges
 * blocks for removal.
 *
 * `_cleanConditionally` decides, for every div, list, table and form of the
 * article, from the last to the first, whether it is clutter. For each one it
 * asks the element's whole text (`_getInnerText`: `textContent`, trimmed, its
 * whitespace collapsed) five or six times over — for the list share, the
 * comma count, the text length, the link density and the two text densities —
 * and the text of its lists, links and paragraphs, which the next block up
 * asks for again. While it runs, each element's text is kept once read, and
 * all of it is forgotten as soon as anything in the article changes (a block
 * removed, as a MutationObserver tells): every answer is the one Readability's
 * own method would give at that moment.
 */
import { acquireObserver, releaseObserver } from './observer-pool';

type InnerText = (el: Element, normalizeSpaces?: boolean) => string;
type Clean = (root: Element, tag: string) => void;

/** The texts read since the article last changed, with and without whitespace collapsed. */
interface Memo {
  root: Element;
  observer: MutationObserver;
  collapsed: Map<Element, string>;
  raw: Map<Element, string>;
}

/**
 * Installs the kept texts on one Readability instance, while it still has
 * both methods (a unit test compares every answer with Readability's own and
 * the article it finds).
 */
export function withKeptTexts(reader: object): void {
  const own = reader as Record<string, unknown>;
  const innerText = own['_getInnerText'];
  const clean = own['_cleanConditionally'];
  if (typeof innerText !== 'function' || typeof clean !== 'function') return;
  const ownInnerText = innerText as InnerText;
  const ownClean = clean as Clean;
  let memo: Memo | null = null;

  Object.defineProperty(reader, '_cleanConditionally', {
    value: (root: Element, tag: string): void => {
      const observer = root && !memo ? acquireObserver(root.ownerDocument) : null;
      if (!observer) return ownClean.call(reader, root, tag);
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      memo = { root, observer, collapsed: new Map(), raw: new Map() };
      try {
        ownClean.call(reader, root, tag);
      } finally {
        releaseObserver(observer);
        memo = null;
      }
    },
  });

  Object.defineProperty(reader, '_getInnerText', {
    value: (el: Element, normalizeSpaces?: boolean): string => {
      if (!memo || !memo.root.contains(el)) return ownInnerText.call(reader, el, normalizeSpaces);
      if (memo.observer.takeRecords().length) {
        memo.collapsed.clear();
        memo.raw.clear();
      }
      // Readability's default: collapsed unless told otherwise.
      const collapse = normalizeSpaces === undefined ? true : Boolean(normalizeSpaces);
      const texts = collapse ? memo.collapsed : memo.raw;
      let text = texts.get(el);
      if (text === undefined) {
        text = ownInnerText.call(reader, el, normalizeSpaces);
        texts.set(el, text);
      }
      return text;
    },
  });
}
