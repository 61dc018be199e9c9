/** A small article with everything the panel shows, for the interface's unit tests. */
import type { Article } from '../../../../src/extract/types';

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/world/marines',
    title: 'Marines Deployed to Southern Border',
    byline: 'Maria Alvarez',
    siteName: 'The Southern Ledger',
    publishedTime: '2025-12-26T13:30:00.000Z',
    modifiedTime: '2025-12-26T19:05:00.000Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'Marines deploy.',
    canonicalUrl: 'https://www.southernledger.example/world/marines',
    section: 'World',
    leadImage: null,
    wordCount: 1234,
    readingMinutes: 5,
    contentHtml:
      '<div data-folio-ref="0"><p data-folio-ref="1">First paragraph about the <a href="https://www.defense.gov/a">deployment</a>.</p>' +
      '<span data-folio-removed="0"></span>' +
      '<p data-folio-ref="2">Second paragraph, <a href="https://www.gob.mx/b">a reaction</a> and <a href="https://www.defense.gov/c">more</a>.</p>' +
      '<span data-folio-removed="1"></span></div>',
    text: 'First paragraph about the deployment.\nSecond paragraph, a reaction and more.',
    sourceContext: {
      domain: 'news.example',
      links: [
        { href: 'https://www.defense.gov/a', text: 'deployment', domain: 'defense.gov' },
        { href: 'https://www.gob.mx/b', text: 'a reaction', domain: 'gob.mx' },
        { href: 'https://www.defense.gov/c', text: 'more', domain: 'defense.gov' },
      ],
      removed: [
        {
          kind: 'ad',
          text: 'Advertisement Continue reading below',
          html: '<div><p>Advertisement</p></div>',
          position: 0,
        },
        {
          kind: 'newsletter',
          text: 'Get the Border Briefing',
          html: '<div><h3>Get the Border Briefing</h3></div>',
          position: 1,
        },
      ],
      removedCounts: { ad: 1, newsletter: 1 },
      hasByline: true,
      hasDate: true,
      canonicalDiffers: true,
      labels: ['opinion'],
    },
    ...overrides,
  };
}
