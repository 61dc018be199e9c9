/**
 * Readability's link density of its candidates, all read in one walk.
 *
 * After scoring the paragraphs, Readability weighs every candidate (each
 * paragraph's parent and ancestors, up to five levels) by its link density,
 * `_getLinkDensity`: the candidate's whole text, trimmed and its whitespace
 * collapsed, and the same for every link inside it. Candidates are nested, so
 * the text of the page's main block is read again for each level above it, and
 * each link once per candidate holding it.
 *
 * Here the first of those calls reads the text of all candidates and of their
 * links in one walk, and the calls that follow, for the next candidates in
 * the order Readability made them, are answered from it: the same numbers,
 * made with the same additions in the same order. Any other call goes to
 * Readability's own method, and so does every call after the page changes
 * (a MutationObserver tells: the walk's figures are only true of the page
 * they were read from).
 */
import { isSpace } from './cleanup/dom-utils';
import { acquireObserver, releaseObserver } from './observer-pool';

/** What the walk keeps of each candidate: its collapsed text length and its links' span in `terms`. */
interface Measured {
  textLength: number;
  firstLink: number;
  endLink: number;
}

type Method = (node: Element) => number;
type Init = (node: Element) => void;

/** An element `getElementsByTagName('a')` lists. */
function isLink(el: Element): boolean {
  return el.localName === 'a' && !el.prefix;
}

/**
 * Reads, in one walk of the subtrees holding them, what `_getLinkDensity`
 * needs of each of `candidates`. `hashUrl` is Readability's own pattern for
 * links within the page (weighed 0.3). Returns each link's weighed length in
 * document order (`terms`), per candidate its text length and the span of
 * its links in `terms`, and the subtrees it read (`roots`).
 *
 * The length Readability measures is the text trimmed, with runs of
 * whitespace made one space: the characters that are not whitespace plus one
 * for each run of whitespace between two of them. The walk counts both over
 * the whole text (`chars`; `gaps`: whitespace runs that end in a character),
 * and an element's length is the difference between its end and its start,
 * less the run before its first character, which lies outside it.
 */
export function measureCandidates(
  candidates: readonly Element[],
  hashUrl: RegExp,
): { roots: Element[]; terms: number[]; measured: Map<Element, Measured> } {
  const wanted = new Set(candidates);
  const terms: number[] = [];
  const measured = new Map<Element, Measured>();
  let chars = 0;
  let gaps = 0;
  let inSpace = false;
  // Elements entered since the last character: their first one decides whether to drop a gap.
  let pending: Start[] = [];

  interface Start {
    el: Element;
    chars: number;
    gaps: number;
    gapBefore: boolean;
    link: number;
    firstLink: number;
  }

  const enter = (el: Element): Start | null => {
    const link = isLink(el) ? terms.push(0) - 1 : -1;
    if (link < 0 && !wanted.has(el)) return null;
    const start: Start = { el, chars, gaps, gapBefore: false, link, firstLink: terms.length };
    pending.push(start);
    return start;
  };

  const leave = (start: Start): void => {
    const own = chars - start.chars;
    const length = own === 0 ? 0 : own + (gaps - start.gaps) - (start.gapBefore ? 1 : 0);
    if (start.link >= 0) {
      const href = start.el.getAttribute('href');
      const coefficient = href && hashUrl.test(href) ? 0.3 : 1;
      terms[start.link] = length * coefficient;
    }
    if (wanted.has(start.el))
      measured.set(start.el, { textLength: length, firstLink: start.firstLink, endLink: terms.length });
  };

  const readText = (data: string): void => {
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        inSpace = true;
        continue;
      }
      if (pending.length) {
        for (const start of pending) start.gapBefore = inSpace;
        pending = [];
      }
      if (inSpace) gaps++;
      chars++;
      inSpace = false;
    }
  };

  const roots = outermost(candidates, wanted);
  for (const root of roots) {
    pending = [];
    const open: Element[] = [root];
    const starts: (Start | null)[] = [enter(root)];
    let node: Node | null = root.firstChild;
    for (;;) {
      if (node) {
        const type = node.nodeType;
        if (type === 1) {
          const el = node as Element;
          const start = enter(el);
          if (el.firstChild) {
            open.push(el);
            starts.push(start);
            node = el.firstChild;
            continue;
          }
          if (start) leave(start);
        } else if (type === 3 || type === 4) readText((node as CharacterData).data);
        node = node.nextSibling;
        continue;
      }
      // The last child of the innermost open element is read: close it, go on after it.
      const done = open.pop()!;
      const start = starts.pop();
      if (start) leave(start);
      if (!open.length) break;
      node = done.nextSibling;
    }
  }
  return { roots, terms, measured };
}

/** The candidates that no other candidate holds, in order: the walk reads each of their subtrees once. */
function outermost(candidates: readonly Element[], wanted: ReadonlySet<Element>): Element[] {
  return candidates.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (wanted.has(up)) return false;
    return true;
  });
}

interface Batch {
  /** The candidates in the order Readability made them, so in the order it asks. */
  order: Element[];
  next: number;
  terms: number[];
  measured: Map<Element, Measured>;
  observer: MutationObserver;
}

/** `_getLinkDensity` as Readability computes it, from the walk's figures. */
function densityOf(batch: Batch, el: Element): number {
  const m = batch.measured.get(el)!;
  if (m.textLength === 0) return 0;
  let linkLength = 0;
  for (let i = m.firstLink; i < m.endLink; i++) linkLength += batch.terms[i]!;
  return linkLength / m.textLength;
}

/**
 * Installs the batched link density on one Readability instance (see the
 * top of this file). Installed only while Readability still has the two
 * methods and its pattern for links within the page; a unit test compares
 * every answer with Readability's own on real pages.
 */
export function withBatchedLinkDensity(reader: object): void {
  const own = reader as Record<string, unknown> & { REGEXPS?: { hashUrl?: unknown } };
  const density = own['_getLinkDensity'];
  const init = own['_initializeNode'];
  const hashUrl = own.REGEXPS?.hashUrl;
  if (typeof density !== 'function' || typeof init !== 'function') return;
  if (!(hashUrl instanceof RegExp) || hashUrl.global || hashUrl.sticky) return;
  const ownDensity = density as Method;
  const ownInit = init as Init;
  // Candidates made since Readability last asked a density: the next candidate loop's order.
  let made: Element[] = [];
  let batch: Batch | null = null;
  const end = (): void => {
    if (batch) releaseObserver(batch.observer);
    batch = null;
  };
  const begin = (order: Element[]): Batch | null => {
    const observer = acquireObserver(order[0]!.ownerDocument);
    if (!observer) return null;
    const measured = measureCandidates(order, hashUrl);
    // The walk read these subtrees and nothing else (they need not be in the document).
    for (const root of measured.roots)
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['href'],
      });
    return { order, next: 0, observer, ...measured };
  };
  Object.defineProperty(reader, '_initializeNode', {
    value: (node: Element): void => {
      ownInit.call(reader, node);
      end();
      made.push(node);
    },
  });
  Object.defineProperty(reader, '_getLinkDensity', {
    value: (el: Element): number => {
      if (batch && el === batch.order[batch.next] && batch.observer.takeRecords().length === 0) {
        batch.next++;
        const value = densityOf(batch, el);
        if (batch.next === batch.order.length) end();
        return value;
      }
      end();
      const at = made.indexOf(el);
      const order = at >= 0 && made.length - at > 1 ? made.slice(at) : null;
      made = [];
      batch = order ? begin(order) : null;
      if (!batch) return ownDensity.call(reader, el);
      batch.next = 1;
      return densityOf(batch, el);
    },
  });
}
