import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { sanitizeHtml } from './sanitize';
import type { Article, ExtractResult } from './types';

export type { Article, ExtractResult } from './types';

/**
 * Extracts the article of `doc`. `doc` is consumed: pass a clone of a live
 * document (Readability rewrites the DOM it is given).
 */
export function extractArticle(doc: Document, url: string): ExtractResult {
  if (!doc.body) return { kind: 'not-article', reason: 'The page has no body.' };
  if (!isProbablyReaderable(doc)) {
    return { kind: 'not-article', reason: 'This page does not look like an article.' };
  }
  const parsed = new Readability(doc).parse();
  if (!parsed || !parsed.content) {
    return { kind: 'not-article', reason: 'No article text was found on this page.' };
  }
  const win = doc.defaultView ?? (globalThis as unknown as Window);
  const text = (parsed.textContent ?? '').trim();
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const host = safeHost(url);
  const article: Article = {
    url,
    title: parsed.title ?? '',
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    modifiedTime: null,
    lang: parsed.lang ?? null,
    dir: parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : null,
    excerpt: parsed.excerpt ?? null,
    canonicalUrl: null,
    section: null,
    leadImage: null,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    contentHtml: sanitizeHtml(parsed.content, win),
    text,
    sourceContext: {
      domain: host,
      links: [],
      removed: [],
      removedCounts: {},
      hasByline: Boolean(parsed.byline),
      hasDate: Boolean(parsed.publishedTime),
      canonicalDiffers: false,
      labels: [],
    },
  };
  return { kind: 'article', article };
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
