/** Readability, configured for the cleanup that follows it. */
import { Readability } from '@mozilla/readability';
import { confineToScope } from './article-scope';
import { withBatchedLinkDensity } from './candidate-link-density';
import { withKeptTexts } from './conditional-clean-text';
import { withPageCopyOnDemand } from './page-copy-on-demand';
import { withFastAddresses } from './readability-addresses';
import { replaceMethod } from './readability-method';
import { withFastTreeChecks } from './readability-tree-checks';
import { allSpace } from './cleanup/dom-utils';
import { withoutLoggedArticleHtml } from './unlogged-article-html';

export interface ReadabilityOutput {
  /** The article element (not serialized: the cleanup works on it directly). */
  root: Element;
  title: string;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
}

/** Folio's Readability on `doc`: configured for the cleanup, with the faster checks, its debug line unbuilt. */
function newReader(doc: Document): Readability<Element> {
  const reader = new Readability<Element>(doc, {
    // Class names are the cleanup's best hints; the sanitizer strips them afterwards.
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  withFastChecks(reader);
  withoutLoggedArticleHtml(reader);
  return reader;
}

/**
 * Runs Readability on `doc` (consumed), its search for the article body
 * confined to `scope` when there is one. Null when it finds no article.
 * With `pageCopy`, Readability's copy of the page for a second search is
 * made by it, only when needed (see withPageCopyOnDemand).
 */
export function runReadability(
  doc: Document,
  scope: Element | null = null,
  pageCopy?: () => string,
): ReadabilityOutput | null {
  const reader = newReader(doc);
  if (scope) confineToScope(reader, doc, scope);
  const parsed = pageCopy ? withPageCopyOnDemand(doc.body, pageCopy, () => reader.parse()) : reader.parse();
  const root = parsed?.content;
  if (!parsed || !root) return null;
  return {
    root,
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
  };
}

/** Thrown by the stand-in search of pageHtmlBeforeSearch, with the page's HTML at that point. */
class PageHtml {
  constructor(readonly html: string) {}
}

/**
 * The HTML Readability keeps of `doc` (a fresh copy of the page, prepared
 * as the first was) when its search for the article body starts: Readability
 * runs on it as runReadability runs it, up to that point, and stops there.
 */
export function pageHtmlBeforeSearch(doc: Document, scope: Element | null): string {
  const reader = newReader(doc);
  Object.defineProperty(reader, '_grabArticle', {
    configurable: true,
    value: (page?: Element): never => {
      throw new PageHtml((page ?? doc.body)?.innerHTML ?? '');
    },
  });
  if (scope) confineToScope(reader, doc, scope);
  try {
    reader.parse();
  } catch (stop) {
    if (stop instanceof PageHtml) return stop.html;
    throw stop;
  }
  throw new Error('Readability ended before its search for the article body');
}

type VisibilityCheck = (node: Element) => boolean;

/**
 * Readability asks every element of the page whether it is visible, first
 * through `node.style`, which makes the browser build a style object for each
 * one: a tenth of Readability's time. An element without a `style` attribute
 * has no inline display or visibility, so for those the same answer comes
 * from attributes alone; elements with one get Readability's own check.
 * Installed on this instance only, and only while Readability still has the
 * method (a unit test compares both answers on every kind of element).
 */
export function withFastVisibility(reader: object): void {
  const own = (reader as { _isProbablyVisible?: VisibilityCheck })._isProbablyVisible;
  if (typeof own !== 'function') return;
  const original = own.bind(reader);
  Object.defineProperty(reader, '_isProbablyVisible', {
    value: (node: Element): boolean => {
      if (node.hasAttribute('style')) return Boolean(original(node));
      if (node.hasAttribute('hidden')) return false;
      if (node.getAttribute('aria-hidden') !== 'true') return true;
      const cls = node.className as unknown;
      return typeof cls === 'string' && cls.includes('fallback-image');
    },
  });
}

/**
 * Readability's `_cleanStyles` asks every element of the article to remove
 * each of its twelve presentational attributes, present or not: twelve
 * calls into the DOM per element. Here an element without attributes is
 * passed over with one question, and the others remove only the names they
 * have, each once, as Readability's `removeAttribute` would (the same lists,
 * read from the instance; the same walk, `<svg>` left as it is).
 */
function withFastStyleCleaning(reader: Record<string, unknown>): void {
  const attributes = reader['PRESENTATIONAL_ATTRIBUTES'];
  const sizedTags = reader['DEPRECATED_SIZE_ATTRIBUTE_ELEMS'];
  if (typeof reader['_cleanStyles'] !== 'function' || !Array.isArray(attributes) || !Array.isArray(sizedTags))
    return;
  const presentational = new Set<unknown>(attributes);
  const sized = new Set<unknown>(sizedTags);
  const clean = (el: Element | null): void => {
    if (!el || el.tagName.toLowerCase() === 'svg') return;
    if (el.hasAttributes()) {
      const sizes = sized.has(el.tagName);
      const removed: string[] = [];
      for (const name of el.getAttributeNames()) {
        if (!presentational.has(name) && !(sizes && (name === 'width' || name === 'height'))) continue;
        // removeAttribute takes the first attribute of that name: Readability asks once per name.
        if (removed.includes(name)) continue;
        el.removeAttribute(name);
        removed.push(name);
      }
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) clean(child);
  };
  Object.defineProperty(reader, '_cleanStyles', { value: clean });
}

/** Readability's own pattern for byline class names and ids (read from the instance). */
type WithBylinePattern = { REGEXPS?: { byline?: RegExp } };

/** Whether any text under `root` is more than whitespace, stopping at the first that is. */
function hasText(root: Node): boolean {
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      if (!allSpace((node as CharacterData).data)) return true;
    } else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (!node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return false;
    }
    node = node.nextSibling;
  }
  return false;
}

/** Attribute names and values Readability takes as an image address (its own tests). */
const IMAGE_NAMES = new Set(['src', 'srcset', 'data-src', 'data-srcset']);
const IMAGE_VALUE = /\.(jpg|jpeg|png|webp)/i;

/** Readability's test for keeping an `<img>` before it unwraps `<noscript>` images. */
function mayHoldImage(img: Element): boolean {
  for (const name of img.getAttributeNames())
    if (IMAGE_NAMES.has(name) || IMAGE_VALUE.test(img.getAttribute(name) ?? '')) return true;
  return false;
}

type Unwrap = (doc: Pick<Document, 'getElementsByTagName' | 'createElement'>) => void;

/**
 * Readability's `_unwrapNoscriptImages` first drops every `<img>` of the page
 * without an attribute that may hold an address, reading each through
 * `img.attributes`: the browser makes an Attr node per attribute. Here that
 * first step reads names and values as strings, with the same tests;
 * Readability's own method then does the rest (the `<noscript>` images) on a
 * view of the document that lists no `<img>`, so its first step has nothing
 * left to do.
 */
function withFastImageCheck(reader: Record<string, unknown>): void {
  const own = reader['_unwrapNoscriptImages'];
  if (typeof own !== 'function') return;
  const unwrap = own as Unwrap;
  Object.defineProperty(reader, '_unwrapNoscriptImages', {
    value: (doc: Document): void => {
      for (const img of Array.from(doc.getElementsByTagName('img'))) if (!mayHoldImage(img)) img.remove();
      const withoutImages = {
        getElementsByTagName: ((tag: string) =>
          tag === 'img' ? [] : doc.getElementsByTagName(tag)) as Document['getElementsByTagName'],
        createElement: ((tag: string) => doc.createElement(tag)) as Document['createElement'],
      };
      try {
        unwrap.call(reader, withoutImages);
      } catch {
        // A Readability that asks the view for more than these two: its own method on the
        // document (the image step again finds nothing to drop; an unwrapped image is unwrapped again).
        unwrap.call(reader, doc);
      }
    },
  });
}

/**
 * Readability's visibility and image checks and its style cleaning (above),
 * its candidates' link density (candidate-link-density.ts), its texts while
 * it judges blocks (conditional-clean-text.ts), its questions about the
 * tree as it walks it (readability-tree-checks.ts), its last step, which
 * makes addresses absolute (readability-addresses.ts), and two more of its
 * checks, all made cheaper with the same answers. These two read the whole text
 * of an element (`textContent`) before their cheap tests: for every wrapper
 * of the page, the text of everything inside it.
 * - `_isElementWithoutContent`: looks for the first text that is not
 *   whitespace and stops there, instead of joining all the text to trim it;
 * - `_isValidByline`: tests the element's rel, itemprop and class before
 *   measuring its text (all but a few elements fail those tests).
 * Each is installed only while Readability still has the method (unit tests
 * compare every answer with Readability's own on real pages).
 */
export function withFastChecks(reader: object): void {
  withFastVisibility(reader);
  withBatchedLinkDensity(reader);
  withKeptTexts(reader);
  const own = reader as Record<string, unknown> & WithBylinePattern;
  withFastImageCheck(own);
  withFastStyleCleaning(own);
  withFastAddresses(reader);
  withFastTreeChecks(reader);
  const replace = (name: string, fast: unknown): void => replaceMethod(reader, name, fast);
  replace(
    '_isElementWithoutContent',
    (node: Element): boolean =>
      node.nodeType === 1 &&
      !hasText(node) &&
      (!node.children.length ||
        node.children.length ===
          node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length),
  );
  const byline = own.REGEXPS?.byline;
  if (byline instanceof RegExp && !byline.global && !byline.sticky)
    replace('_isValidByline', (node: Element, matchString: string): boolean => {
      const itemprop = node.getAttribute('itemprop');
      const named =
        node.getAttribute('rel') === 'author' ||
        (itemprop !== null && itemprop.includes('author')) ||
        byline.test(matchString);
      if (!named) return false;
      const length = (node.textContent ?? '').trim().length;
      return length > 0 && length < 100;
    });
}
