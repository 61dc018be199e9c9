/**
 * Builds an offline Article from HTML another service stored (wallabag keeps
 * each article's content). The HTML is sanitized here, as the extractor does
 * for pages, because an import file is as untrusted as a web page.
 */
import DOMPurify from 'dompurify';
import type { Article } from '../../extract/types';

const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object'];
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd';

export interface HtmlMeta {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  readingMinutes: number | null;
}

export function articleFromHtml(html: string, meta: HtmlMeta): Article {
  const contentHtml = DOMPurify.sanitize(html, {
    FORBID_TAGS: [...FORBID_TAGS, 'embed', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'ping'],
  });
  const doc = new DOMParser().parseFromString(contentHtml, 'text/html');
  const blocks = Array.from(doc.body.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const text = (blocks.length ? blocks.map((el) => el.textContent ?? '') : [doc.body.textContent ?? ''])
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const domain = hostOf(meta.url);
  return {
    url: meta.url,
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName ?? domain,
    publishedTime: meta.publishedTime,
    modifiedTime: null,
    lang: meta.lang,
    dir: null,
    excerpt: text.slice(0, 200) || null,
    canonicalUrl: null,
    section: null,
    leadImage: null,
    wordCount,
    readingMinutes: meta.readingMinutes ?? Math.max(1, Math.round(wordCount / 230)),
    contentHtml,
    text,
    sourceContext: {
      domain,
      links: [],
      removed: [],
      removedCounts: {},
      hasByline: Boolean(meta.byline),
      hasDate: Boolean(meta.publishedTime),
      canonicalDiffers: false,
      labels: [],
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
