/**
 * Metadata the page declares about itself, read before Readability changes
 * the document. Precedence per field: JSON-LD, then OpenGraph / article:*,
 * then other meta tags, then the markup (`<time>`, `<link rel=canonical>`).
 */
import { toIsoDate } from './dates';
import { readJsonLd } from './json-ld';
import type { JsonLdArticle } from './json-ld';
import { firstMeta, linkHref, readMetaTags } from './meta-tags';
import type { MetaMap } from './meta-tags';
import { tagged } from '../survey';
import type { Survey } from '../survey';

export interface PageMetadata {
  jsonLd: JsonLdArticle | null;
  meta: MetaMap;
  description: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  canonicalUrl: string | null;
  section: string | null;
  leadImage: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  ogType: string | null;
}

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'citation_publication_date',
  'article.published',
  'published-date',
  'cxenseparse:recs:publishtime',
];
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:article:modified_time',
  'datemodified',
  'og:updated_time',
  'dc.date.modified',
  'dcterms.modified',
  'last-modified',
  'lastmod',
  'article.updated',
];

/** Reads the page's declared metadata. `url` resolves relative addresses. */
export function readPageMetadata(doc: Document, survey: Survey, url: string): PageMetadata {
  const jsonLd = readJsonLd(tagged(survey, 'SCRIPT'));
  const meta = readMetaTags(tagged(survey, 'META'));
  const times = tagged(survey, 'TIME');
  const html = doc.documentElement;
  const lang =
    html?.getAttribute('lang')?.trim() ||
    firstMeta(meta, ['content-language', 'dc.language', 'language']) ||
    locale(meta.get('og:locale')) ||
    jsonLd?.inLanguage ||
    null;
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  return {
    jsonLd,
    meta,
    description:
      jsonLd?.description ??
      firstMeta(meta, ['og:description', 'twitter:description', 'description', 'dc.description']),
    publishedTime: toIsoDate(
      jsonLd?.datePublished ?? firstMeta(meta, PUBLISHED_KEYS) ?? timeElement(times, 'published'),
    ),
    modifiedTime: toIsoDate(
      jsonLd?.dateModified ?? firstMeta(meta, MODIFIED_KEYS) ?? timeElement(times, 'modified'),
    ),
    canonicalUrl: absolute(
      linkHref(tagged(survey, 'LINK'), 'canonical') ?? meta.get('og:url') ?? jsonLd?.url ?? null,
      url,
    ),
    section:
      jsonLd?.section ??
      firstMeta(meta, ['article:section', 'og:article:section', 'parsely-section', 'section', 'category']),
    leadImage: absolute(
      firstMeta(meta, [
        'og:image',
        'og:image:url',
        'og:image:secure_url',
        'twitter:image',
        'twitter:image:src',
      ]) ??
        jsonLd?.image ??
        null,
      url,
    ),
    lang,
    dir: dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : null,
    ogType: meta.get('og:type')?.toLowerCase() ?? null,
  };
}

/** `og:locale` "en_US" as a language tag "en-US". */
function locale(value: string | undefined): string | null {
  return value ? value.replace('_', '-') : null;
}

/** A `<time>` the page marks as its publication (or modification) date. */
function timeElement(times: readonly Element[], which: 'published' | 'modified'): string | null {
  const prop = which === 'published' ? 'datepublished' : 'datemodified';
  const cls = which === 'published' ? /\b(published|entry-date|pubdate)\b/i : /\b(updated|modified)\b/i;
  const dated = times.filter((t) => t.hasAttribute('datetime'));
  const pick =
    dated.find((t) => (t.getAttribute('itemprop') ?? '').toLowerCase() === prop) ??
    dated.find((t) => cls.test(t.getAttribute('class') ?? '')) ??
    (which === 'published'
      ? dated.find((t) => t.hasAttribute('pubdate') || t.closest('header') !== null)
      : undefined);
  return pick?.getAttribute('datetime') ?? null;
}

/** An absolute http(s) address, or null. */
export function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const resolved = new URL(href, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}
