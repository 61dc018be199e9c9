/**
 * Reading-list records. Plain data, versioned by the storage schema
 * (see the storage modules for migrations).
 */
import type { Article } from '../extract/types';

/**
 * Where a reader stopped, anchored to text rather than to a scroll offset, so
 * it survives another window size or font: the index of the block (paragraph,
 * heading, list item…) among the article's blocks, a short quote from the
 * start of that block to find it again if the blocks shift, and how far into
 * the block (0–1) the top of the view was.
 */
export interface ReadingProgress {
  block: number;
  quote: string;
  offset: number;
  /** Share of the article read, 0–1, for progress bars only. */
  percent: number;
  /** When this position was recorded (ms since the epoch). */
  at: number;
}

/** One article of the reading list, without its body (that lives in IndexedDB). */
export interface ListEntry {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
  savedAt: number;
  lastOpenedAt: number | null;
  archived: boolean;
  /** Saved from a link: not yet extracted (Folio has no standing host access to fetch it). */
  pending: boolean;
  progress: ReadingProgress | null;
  /** The page's declared canonical address, when it gave one (schema v2). */
  canonicalUrl?: string | null;
  /** Tags carried over from imports (Pocket, Instapaper, Omnivore, wallabag); schema v2. */
  tags?: string[];
  /**
   * When each mergeable field last changed (ms), for the sync merge
   * (src/background/sync-merge.ts): `archived` and `meta` (title, site…); schema v2.
   */
  stamps?: EntryStamps;
}

export interface EntryStamps {
  archived: number;
  meta: number;
}

/** A saved article with its full offline copy. */
export interface SavedArticle {
  entry: ListEntry;
  article: Article | null;
}
