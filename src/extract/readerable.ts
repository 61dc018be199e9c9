/**
 * Is this page an article? Readability's own quick check, plus what the page
 * declares about itself (an article type in JSON-LD or OpenGraph), which
 * rescues short or unusually built articles the quick check misses.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { PageMetadata } from './metadata/page-metadata';

/** True when the page is worth extracting as an article. */
export function looksLikeArticle(doc: Document, meta: PageMetadata): boolean {
  // Declared first: it is free, and saves the DOM-wide quick check on most news pages.
  if (meta.jsonLd !== null || meta.ogType === 'article' || (meta.ogType?.startsWith('article') ?? false))
    return true;
  return isProbablyReaderable(doc);
}
