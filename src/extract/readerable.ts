/**
 * Is this page an article? Readability's own quick check, plus what the page
 * declares about itself (an article type in JSON-LD or OpenGraph), which
 * rescues short or unusually built articles the quick check misses.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import type { PageMetadata } from './metadata/page-metadata';

/** True when the page is worth extracting as an article. */
export function looksLikeArticle(doc: Document, meta: PageMetadata): boolean {
  if (isProbablyReaderable(doc)) return true;
  if (meta.jsonLd !== null) return true;
  return meta.ogType === 'article' || (meta.ogType?.startsWith('article') ?? false);
}
