/**
 * Folio's extraction engine: pure DOM code, run on a clone of the live page
 * in the content script and on jsdom or linkedom documents in Node.
 *
 * Pipeline: limits → page metadata → readerable check → fidelity pass →
 * Readability → cleanup → text, links, sanitize.
 */
import { dominantArticle, searchedElements } from './article-scope';
import { buildArticle } from './build-article';
import {
  MAX_ELEMENTS,
  MAX_ELEMENTS_ASKED,
  checkBody,
  checkDocument,
  checkShape,
  checkTextLength,
} from './guards';
import { collapsedLength } from './cleanup/dom-utils';
import { surveyDocument, tagged } from './survey';
import type { Survey } from './survey';
import { readLabels } from './metadata/labels';
import { readPageMetadata } from './metadata/page-metadata';
import { baseUrl } from './output/resolve-urls';
import { prepareDocument, removeScripts } from './prepare';
import { putBackInlineImages, setAsideInlineImages } from './prepare/inline-images';
import { looksLikeArticle } from './readerable';
import { pageHtmlBeforeSearch, runReadability } from './run-readability';
import type { PageMetadata } from './metadata/page-metadata';
import type { EarlyRemoval } from './prepare';
import { SanitizerUnavailableError, sanitizerWindow } from './sanitize';
import type { ExtractOptions, ExtractResult, NotAnArticle, NotArticleCode } from './types';

export type * from './types';
export { SanitizerUnavailableError } from './sanitize';

/** Fewer words than this after cleanup is not an article (unless forced). */
const MIN_WORDS = 25;

/**
 * Below this much body text Readability keeps its own copy of the page for
 * a second search, as it does without `freshCopy`: its first search finds
 * under 500 characters on many such pages, and on a page this small that
 * copy costs far less than preparing a fresh copy again would.
 */
const OWN_COPY_BELOW_CHARS = 1000;

/**
 * Extracts the article of `doc`. `doc` is consumed: pass a clone of a live
 * document (Readability and the cleanup rewrite the DOM they are given).
 *
 * Returns `{kind: 'article'}` or `{kind: 'not-article', reason, code}`; it
 * never throws for a bad page. It throws `SanitizerUnavailableError` only when
 * no window can run DOMPurify (pass `options.window` in Node with linkedom).
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  try {
    const ready = readyForReadability(doc, url, options);
    if (ready.kind === 'not-article') return ready;
    const { meta, labels, base, early, scope, win, inline, bodyChars } = ready;
    const { freshCopy } = options;
    const pageCopy =
      freshCopy && bodyChars >= OWN_COPY_BELOW_CHARS
        ? () => pageBeforeSearch(freshCopy(), url, options)
        : undefined;
    const readability = runReadability(doc, scope, pageCopy);
    if (!readability) return notArticle('no-content', 'No article text was found on this page.');
    putBackInlineImages(readability.root, inline, true);
    for (const removal of early) putBackInlineImages(removal.element, inline, false);
    const article = buildArticle({ url, base, meta, labels, readability, early, win });
    if (!options.force && article.wordCount < MIN_WORDS) {
      return notArticle('no-content', 'Too little text was found on this page to show it as an article.');
    }
    return { kind: 'article', article };
  } catch (error) {
    if (error instanceof SanitizerUnavailableError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return notArticle('failed', `Extraction failed on this page: ${message}`, message);
  }
}

interface Ready {
  kind: 'ready';
  meta: PageMetadata;
  labels: string[];
  base: string;
  early: EarlyRemoval[];
  scope: Element | null;
  win: Window;
  /** The long inline image addresses set aside while Readability runs (prepare/inline-images). */
  inline: string[];
  /** The body's text length, whitespace collapsed. */
  bodyChars: number;
}

/** Everything before Readability: limits, metadata, the readerable check, the fidelity pass and early cleanup. */
function readyForReadability(doc: Document, url: string, options: ExtractOptions): Ready | NotAnArticle {
  const checked = checkedPage(doc, options);
  if (checked.kind === 'not-article') return checked;
  const { survey, bodyText } = checked;
  const win = sanitizerWindow(doc, options.window);
  const meta = readPageMetadata(doc, survey, url);
  if (!options.force && !looksLikeArticle(doc, meta)) {
    return notArticle('not-readerable', 'This page does not look like an article.');
  }
  const labels = readLabels(doc, survey, url, meta);
  return { kind: 'ready', meta, labels, win, ...prepareForSearch(doc, survey, bodyText, url) };
}

interface Checked {
  kind: 'checked';
  survey: Survey;
  /** The body's text, its scripts removed. */
  bodyText: string;
}

/**
 * The limits every copy of the page is held to, the fresh one for a second
 * search too (the live page it is copied from may have grown since).
 */
function checkedPage(doc: Document, options: ExtractOptions): Checked | NotAnArticle {
  const noBody = checkBody(doc);
  if (noBody) return notArticle(noBody.code, noBody.reason);
  const survey = surveyDocument(doc, MAX_ELEMENTS_ASKED);
  const shape = checkShape(survey, options.force || options.large);
  if (shape) return notArticle(shape.code, shape.reason);
  // Script text is not page text: removed before the body's text is read, once, for
  // the size limit and for the share limits of the early cleanup.
  removeScripts(survey);
  const bodyText = doc.body?.textContent ?? '';
  const size = checkTextLength(bodyText.length);
  if (size) return notArticle(size.code, size.reason);
  return { kind: 'checked', survey, bodyText };
}

/**
 * The steps of readyForReadability that change the page (its scripts already
 * removed): the article found, the fidelity pass and early cleanup, the long
 * inline image addresses set aside. They alone make the page Readability
 * searches; the checks and readers around them only read it.
 */
function prepareForSearch(
  doc: Document,
  survey: Survey,
  bodyText: string,
  url: string,
): Pick<Ready, 'base' | 'early' | 'scope' | 'inline' | 'bodyChars'> {
  const base = baseUrl(tagged(survey, 'BASE'), url);
  const bodyChars = collapsedLength(bodyText);
  const scope = dominantArticle(survey, bodyChars);
  // The early labels and the attribute limits read the same elements, each value once:
  // the whole page, or what lies around the article the search is confined to.
  const early = prepareDocument(doc, survey, base, bodyChars, searchedElements(survey, doc, scope));
  const inline = setAsideInlineImages(tagged(survey, 'IMG'), tagged(survey, 'SOURCE'));
  return { base, early, scope, inline, bodyChars };
}

/**
 * The page's HTML as Readability keeps it before its search, made again
 * from `fresh`, a new copy of the same page, held to the same limits and
 * changed by the same steps (they give the same page again; the metadata
 * and labels it passed already are not read again); asked only for the
 * rare page searched twice.
 */
function pageBeforeSearch(fresh: Document, url: string, options: ExtractOptions): string {
  const checked = checkedPage(fresh, options);
  if (checked.kind === 'not-article')
    throw new Error(`the page's fresh copy gave another result: ${checked.reason}`);
  const { scope } = prepareForSearch(fresh, checked.survey, checked.bodyText, url);
  return pageHtmlBeforeSearch(fresh, scope);
}

function notArticle(code: NotArticleCode, reason: string, detail?: string): NotAnArticle {
  return { kind: 'not-article', reason, code, detail };
}

/**
 * The quick decision alone, without extracting: within the limits and
 * looking like an article. Does not change `doc`.
 */
export function isLikelyArticle(doc: Document, url: string): boolean {
  if (checkBody(doc)) return false;
  const survey = surveyDocument(doc, MAX_ELEMENTS);
  return checkDocument(doc, survey) === null && looksLikeArticle(doc, readPageMetadata(doc, survey, url));
}
