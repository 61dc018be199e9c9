/**
 * The data model of an extracted article. Plain data only (JSON-serialisable):
 * it crosses the content-script → background → popup boundary and is stored
 * in IndexedDB as is.
 */

/** One outbound link of the article body: a source the article cites. */
export interface CitedLink {
  href: string;
  text: string;
  domain: string;
}

/** Kinds of block the cleanup pass removes; the source panel groups by kind. */
export type RemovedKind =
  | 'ad'
  | 'promo'
  | 'newsletter'
  | 'share'
  | 'comments'
  | 'debris'
  | 'video'
  | 'byline'
  | 'tags'
  | 'copyright'
  | 'duplicate'
  | 'caption'
  | 'other';

/**
 * One block the cleanup removed, kept so the interface can show and restore it.
 *
 * Where it stood: the cleanup leaves an empty marker element
 * `<span data-folio-removed="{position}"></span>` in `contentHtml` exactly
 * where the block was. To put the block back, replace that marker with
 * `html`; to hide it again, put the marker back. Markers carry no text, so
 * they change neither the rendering nor `text`.
 */
export interface RemovedBlock {
  kind: RemovedKind;
  /** Plain text of the removed block (truncated to 1,000 characters; `html` is complete). */
  text: string;
  /** Sanitized HTML of the removed block, for "put it back". */
  html: string;
  /**
   * Identifies this block's marker in `contentHtml`: the element with
   * `data-folio-removed="{position}"`. Equal to the block's index in
   * `SourceContext.removed`, which is in document order.
   */
  position: number;
  /**
   * For plain-text views: the number of lines of `Article.text` that came
   * before the block, i.e. it stood before line `line` (0-based; equal to the
   * line count when it stood at the end), or inside that line when it was
   * part of a sentence (a hover card beside a linked name). Always set by `extractArticle`;
   * optional only so hand-made fixtures need not invent it.
   */
  line?: number;
}

export interface SourceContext {
  /** Host name of the page, without a leading "www.". */
  domain: string;
  links: CitedLink[];
  removed: RemovedBlock[];
  /** Counts of `removed` by kind. */
  removedCounts: Partial<Record<RemovedKind, number>>;
  hasByline: boolean;
  hasDate: boolean;
  /** True when the page declares a canonical address other than its own. */
  canonicalDiffers: boolean;
  /** Labels the page declares about itself: opinion, sponsored, analysis… */
  labels: string[];
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, or null when the page gives no date. */
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  canonicalUrl: string | null;
  section: string | null;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Sanitized with DOMPurify: safe to render in an extension page. */
  contentHtml: string;
  /**
   * Plain text of the article's running prose, one block a line (words of
   * neighbouring blocks are never glued together; `<pre>` keeps its line
   * breaks). Figure captions and photo credits are left out: they stay with
   * their images in `contentHtml`, marked `data-folio-caption`.
   */
  text: string;
  sourceContext: SourceContext;
}

/** Why a page gave no article, for the interface to pick its wording. */
export type NotArticleCode =
  /** No `<body>`, or no document at all. */
  | 'no-body'
  /** Nested or sized beyond the limits that keep extraction fast and safe. */
  | 'too-deep'
  | 'too-large'
  /** Over the element count read unasked; read when forced ("Show anyway"), up to a higher limit. */
  | 'very-large'
  /** The readerable check and the page's own metadata say it is not an article. */
  | 'not-readerable'
  /** Extraction found no article text (or too little) on the page. */
  | 'no-content'
  /** Extraction failed on this page; `reason` says how. */
  | 'failed';

export interface NotAnArticle {
  kind: 'not-article';
  /** One sentence for people, e.g. "This page does not look like an article." */
  reason: string;
  code?: NotArticleCode;
  /** With `failed`: the error's own message (untranslated), for the interface's sentence. */
  detail?: string;
}

export interface ExtractOptions {
  /**
   * "Show anyway": extract even when the page does not look like an article,
   * and a very large page (up to MAX_ELEMENTS_ASKED elements, see guards.ts).
   * The other size and nesting limits still apply.
   */
  force?: boolean;
  /**
   * Read a very large page (up to MAX_ELEMENTS_ASKED elements) without
   * force's other effect: the person asked for this page itself (saving it
   * by the keyboard command or the context menu), not whatever it holds.
   */
  large?: boolean;
  /**
   * A window DOMPurify can run in, for documents whose own window cannot
   * (linkedom) or that have none (clones). The document's own window is
   * used when it can run DOMPurify, then this one, then the global one (the
   * content script's). In Node, pass a jsdom window.
   */
  window?: Window;
  /**
   * A fresh copy of the same page (parsed or cloned again, as `doc` was).
   * With it, Readability keeps no copy of the page's HTML for the rare page
   * it must search twice: that HTML is made from this copy when needed
   * (run-readability.ts, withPageCopyOnDemand); the result is the same.
   */
  freshCopy?: () => Document;
}

export type ExtractResult = { kind: 'article'; article: Article } | NotAnArticle;
