import { describe, expect, it } from 'vitest';
import { siteOf } from '../../../src/extract/output/links';
import { toIsoDate } from '../../../src/extract/metadata/dates';
import { sameAddress } from '../../../src/extract/source-context';
import { articleOf, extractHtml, page, prose } from './helpers';

describe('dates as ISO 8601', () => {
  it.each([
    ['2018-04-05T06:00', '2018-04-05T06:00'],
    ['2016-02-01 01:28:49', '2016-02-01T01:28:49'],
    ['2025-12-26T08:30:00-0500', '2025-12-26T08:30:00-05:00'],
    ['2019-11-18', '2019-11-18'],
    ['Mon, 18 Nov 2019 10:00:00 GMT', '2019-11-18T10:00:00.000Z'],
    ['1574071200', '2019-11-18T10:00:00.000Z'],
    ['not a date', null],
    ['1', null],
  ])('%s → %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });
});

describe('metadata precedence', () => {
  const head = `<title>Site title | Site</title>
    <meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
    <meta property="og:type" content="article"><meta property="og:description" content="OG description">
    <meta property="article:published_time" content="2020-01-01T00:00:00Z">
    <meta property="article:section" content="Opinion">
    <meta property="og:locale" content="en_GB">
    <link rel="canonical" href="https://other.example/story">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
      {"@type":"OpinionNewsArticle","headline":"LD headline","author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Li"}],
       "datePublished":"2020-02-02T10:00:00+01:00","dateModified":"2020-02-03T10:00:00+01:00","publisher":{"name":"LD Publisher"},
       "image":{"url":"https://img.example/lead.jpg"},"description":"LD description"}]}</script>`;
  const doc = `<!doctype html><html><head>${head}</head><body><article><h1>LD headline</h1>${prose(6)}</article></body></html>`;

  it('prefers JSON-LD, then OpenGraph, then the markup (title, byline, site via Readability)', () => {
    const article = articleOf(doc);
    expect(article).toMatchObject({
      title: 'LD headline',
      byline: 'Ann Lee, Bo Li',
      siteName: 'LD Publisher',
      publishedTime: '2020-02-02T10:00:00+01:00',
      modifiedTime: '2020-02-03T10:00:00+01:00',
      excerpt: 'LD description',
      section: 'Opinion',
      lang: 'en-GB',
      canonicalUrl: 'https://other.example/story',
      leadImage: 'https://img.example/lead.jpg',
    });
    expect(article.sourceContext.canonicalDiffers).toBe(true);
    expect(article.sourceContext.labels).toEqual(['opinion']);
  });

  it('reads <time> and the language when nothing else declares them', () => {
    const html = `<!doctype html><html lang="de"><head><title>t</title></head><body><article><header><time datetime="2019-05-06T07:08:09Z">6. Mai</time></header>${prose(6)}</article></body></html>`;
    const result = extractHtml(html);
    expect(result.kind === 'article' && result.article).toMatchObject({
      publishedTime: '2019-05-06T07:08:09Z',
      lang: 'de',
    });
  });

  it('marks sponsored content the page declares', () => {
    const html = page(
      prose(6),
      '<title>t</title><meta property="og:type" content="article"><meta property="article:section" content="Sponsored Content">',
    );
    expect(articleOf(html).sourceContext.labels).toContain('sponsored');
  });
});

describe('addresses', () => {
  it('compares page addresses without protocol, www, slash, hash or tracking', () => {
    expect(sameAddress('https://www.a.example/x/?utm_source=t#top', 'http://a.example/x')).toBe(true);
    expect(sameAddress('https://a.example/x', 'https://a.example/y')).toBe(false);
    expect(sameAddress('nonsense', 'https://a.example/')).toBeNull();
  });

  it('groups hosts by site for outbound links', () => {
    expect(siteOf('img.southernledger.example')).toBe('southernledger.example');
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('www.gob.mx')).toBe('gob.mx');
  });
});
