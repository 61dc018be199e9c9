/**
 * When the page marks up its story with one `<article>` that holds nearly all
 * of its paragraph text, Readability needs to look nowhere else: everything
 * outside it (navigation, rails, footers, teaser grids) is clutter it would
 * score and reject, and on most news pages that is most of its time.
 */
import { collapsedLength } from './cleanup/dom-utils';
import { tagged } from './survey';
import { walkElements } from './walk';
import type { Survey } from './survey';

/** The share of the page's paragraph text the article must hold. */
const MIN_SHARE = 0.9;
/** Below this much paragraph text the markup says too little to trust it. */
const MIN_CHARS = 500;
/**
 * The share of the body's text the article must hold: prose outside `<p>`
 * (text broken by `<br>`, which Readability turns into paragraphs itself)
 * does not count above, and must not be left outside. On the benchmark pages
 * that pass the rule above, the article holds 39% or more.
 */
const MIN_BODY_SHARE = 0.25;

/**
 * The page's dominant `<article>`: outermost, holding MIN_SHARE of the text
 * in `<p>` elements and MIN_BODY_SHARE of `bodyChars` (the body's text,
 * whitespace collapsed). Null when no article does. Asked before the early
 * cleanup, which then labels only what lies around it (searchedElements).
 */
export function dominantArticle(survey: Survey, bodyChars: number): Element | null {
  const articles = tagged(survey, 'ARTICLE').filter(
    (el) => el.isConnected && !el.parentElement?.closest('article'),
  );
  if (!articles.length) return null;
  const inside = new Map<Element, number>();
  let total = 0;
  for (const p of tagged(survey, 'P')) {
    if (!p.isConnected) continue;
    const chars = p.textContent?.length ?? 0;
    total += chars;
    const outer = articles.length === 1 ? articles[0]! : outermostArticle(p);
    if (outer?.contains(p)) inside.set(outer, (inside.get(outer) ?? 0) + chars);
  }
  let best: Element | null = null;
  let bestChars = 0;
  for (const [el, chars] of inside) if (chars > bestChars) [best, bestChars] = [el, chars];
  if (!best || bestChars < MIN_CHARS || bestChars < MIN_SHARE * total) return null;
  return collapsedLength(best.textContent ?? '') >= MIN_BODY_SHARE * bodyChars ? best : null;
}

function outermostArticle(el: Element): Element | null {
  let found: Element | null = null;
  for (let at = el.closest('article'); at; at = at.parentElement?.closest('article') ?? null) found = at;
  return found;
}

/**
 * The elements that matter to the article when Readability's search is
 * confined to `scope`, in document order: the head and all it holds,
 * `scope` and all it holds, and each of `scope`'s ancestors with its
 * children but not what those hold. The rest leaves the document before the
 * search (confineToScope) and is never shown, so the early cleanup labels,
 * and the attribute limits check, only these. The ancestors' children count
 * because a block removed early marks its place on the element after it, or
 * on its parent when it was the last (prepare/early-removals.ts): an ad slot
 * just before the article is listed at the article's start. Without a
 * scope, every element of the page.
 */
export function searchedElements(survey: Survey, doc: Document, scope: Element | null): readonly Element[] {
  if (!scope) return survey.elements;
  const chain: Element[] = [];
  for (let el: Element | null = scope; el; el = el.parentElement) chain.push(el);
  const seen: Element[] = [];
  const withAll = (el: Element): void => {
    seen.push(el);
    walkElements(el, (inner) => void seen.push(inner));
  };
  // From the root down the chain; recursion as deep as `scope` (the limits keep it under 400).
  const visit = (depth: number): void => {
    const el = chain[depth]!;
    if (el === scope) return withAll(el);
    seen.push(el);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (child === chain[depth - 1]) visit(depth - 1);
      else if (child === doc.head) withAll(child);
      else seen.push(child);
    }
  };
  visit(chain.length - 1);
  return seen;
}

/** The parts of Readability's instance this module uses (all checked before use). */
interface ReadabilityInternals {
  _grabArticle?: (page?: Element) => unknown;
  _isProbablyVisible?: (node: Element) => boolean;
  _isValidByline?: (node: Element, matchString: string) => boolean;
  _hasAncestorTag?: (node: Element, tagName: string) => boolean;
  UNLIKELY_ROLES?: readonly string[];
  _articleByline?: string | null;
  _metadata?: { byline?: string | null };
  REGEXPS?: { unlikelyCandidates?: RegExp; okMaybeItsACandidate?: RegExp };
}

/**
 * Confines Readability's search for the article body (`_grabArticle`) to
 * `scope`: when that search starts, everything beside `scope` and its
 * ancestors leaves the document. Readability has read the page's metadata
 * from the whole document by then. Its one other finding outside the article
 * is the byline (a header above the story often holds it). Its walk takes the
 * first byline in document order, so the page before `scope` is searched
 * first; a byline after `scope` counts only when neither the part before nor
 * the article itself (searched by Readability) has one.
 * Installed only while Readability has every method this relies on.
 */
export function confineToScope(reader: object, doc: Document, scope: Element): void {
  const own = reader as ReadabilityInternals;
  const grab = own._grabArticle;
  const body = doc.body;
  if (typeof grab !== 'function' || !body || !body.contains(scope) || scope === body) return;
  if (typeof own._isProbablyVisible !== 'function' || typeof own._isValidByline !== 'function') return;
  Object.defineProperty(reader, '_grabArticle', {
    value: (page?: Element): unknown => {
      let after: string | null = null;
      if (body.contains(scope)) {
        if (!own._articleByline && !own._metadata?.byline) {
          own._articleByline = bylineOutside(own, body, scope, 'before');
          // Read now: what follows the article leaves the document below.
          if (!own._articleByline) after = bylineOutside(own, body, scope, 'after');
        }
        pruneAround(body, scope);
      }
      const found = grab.call(reader, page);
      if (after && !own._articleByline) own._articleByline = after;
      return found;
    },
  });
}

/** Removes every sibling of `scope` and of each of its ancestors below `body`. */
function pruneAround(body: Element, scope: Element): void {
  for (let el: Element = scope; el !== body && el.parentElement; el = el.parentElement) {
    const parent = el.parentElement;
    for (let node = parent.firstChild; node;) {
      const next = node.nextSibling;
      if (node !== el) node.remove();
      node = next;
    }
  }
}

/**
 * The byline Readability's walk would take from the part of the page before
 * or after `scope` (document order), checking each element as it does: a
 * hidden subtree or a modal dialog is dropped unseen; then the element is
 * tried as a byline (before it can be dropped as an unlikely block); then an
 * unlikely block or one with an unlikely role (navigation, complementary…) is
 * dropped with everything inside it. An `itemprop="name"` inside the byline
 * wins.
 */
function bylineOutside(
  reader: ReadabilityInternals,
  body: Element,
  scope: Element,
  side: 'before' | 'after',
): string | null {
  const unlikely = reader.REGEXPS?.unlikelyCandidates;
  const maybe = reader.REGEXPS?.okMaybeItsACandidate;
  const roles = reader.UNLIKELY_ROLES ?? [];
  const inTableOrCode = (el: Element): boolean =>
    typeof reader._hasAncestorTag === 'function'
      ? reader._hasAncestorTag(el, 'table') || reader._hasAncestorTag(el, 'code')
      : el.closest('table, code') !== null;
  const holders = new Set<Element>();
  for (let el = scope.parentElement; el && el !== body; el = el.parentElement) holders.add(el);
  let node: Element | null = side === 'before' ? body.firstElementChild : nextOutside(scope);
  while (node && node !== scope) {
    if (holders.has(node)) {
      node = node.firstElementChild;
      continue;
    }
    const matchString = `${node.className} ${node.id}`;
    const unseen =
      !reader._isProbablyVisible!(node) ||
      (node.getAttribute('aria-modal') === 'true' && node.getAttribute('role') === 'dialog');
    if (!unseen && reader._isValidByline!(node, matchString)) {
      const named = Array.from(node.querySelectorAll('[itemprop]')).find((el) =>
        el.getAttribute('itemprop')!.includes('name'),
      );
      return (named ?? node).textContent?.trim() ?? null;
    }
    const dropped =
      unseen ||
      (unlikely?.test(matchString) === true &&
        maybe?.test(matchString) !== true &&
        node.tagName !== 'A' &&
        !inTableOrCode(node)) ||
      roles.includes(node.getAttribute('role') ?? '');
    node = !dropped && node.firstElementChild ? node.firstElementChild : nextOutside(node);
  }
  return null;
}

/** The next element after `node` and all it holds, in document order. */
function nextOutside(node: Element): Element | null {
  for (let at: Element | null = node; at; at = at.parentElement)
    if (at.nextElementSibling) return at.nextElementSibling;
  return null;
}
