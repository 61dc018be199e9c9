import type { Article } from '../../../src/extract/types';

/** A small but complete Article, as the extractor makes them. */
export function sampleArticle(url: string, overrides: Partial<Article> = {}): Article {
  const text = overrides.text ?? `First paragraph of ${url}.\nSecond paragraph about marines and borders.`;
  return {
    url,
    title: `Title of ${url}`,
    byline: 'Maria Alvarez',
    siteName: 'The Southern Ledger',
    publishedTime: '2025-12-26T13:30:00.000Z',
    modifiedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: 'An excerpt.',
    canonicalUrl: null,
    section: null,
    leadImage: null,
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    contentHtml: text
      .split('\n')
      .map((p) => `<p>${p}</p>`)
      .join(''),
    text,
    sourceContext: {
      domain: 'southernledger.example',
      links: [],
      removed: [],
      removedCounts: {},
      hasByline: true,
      hasDate: true,
      canonicalDiffers: false,
      labels: [],
    },
    ...overrides,
  };
}
