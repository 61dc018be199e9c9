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

/** One block the cleanup removed, kept so the interface can show and restore it. */
export interface RemovedBlock {
  kind: RemovedKind;
  /** Plain text of the removed block (truncated for very long blocks). */
  text: string;
  /** Sanitized HTML of the removed block, for "put it back". */
  html: string;
  /** Index in `contentHtml`'s top-level block sequence before which it stood. */
  position: number;
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
  /** Plain text, one block a line. */
  text: string;
  sourceContext: SourceContext;
}

export interface NotAnArticle {
  kind: 'not-article';
  reason: string;
}

export type ExtractResult = { kind: 'article'; article: Article } | NotAnArticle;
