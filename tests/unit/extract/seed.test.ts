import { describe, expect, it } from 'vitest';
import { PARSERS, extractHtml, fixture } from './helpers';

const URL = 'https://www.southernledger.example/world/2025/12/26/marines-deployed-southern-border-cartels';
const source = fixture('seed-news/source.html');
const expected = fixture('seed-news/expected-paragraphs.txt').trim().split('\n');
const expectedRemoved = JSON.parse(fixture('seed-news/expected-removed.json')) as unknown[];

describe.each(PARSERS)('seed news page (%s)', (parser) => {
  const result = extractHtml(source, URL, parser);
  if (result.kind !== 'article') throw new Error(result.reason);
  const article = result.article;

  it('outputs the 8 paragraphs and nothing else', () => {
    expect(article.text.split('\n')).toEqual(expected);
    const paragraphs = [...article.contentHtml.matchAll(/<p>/g)];
    expect(paragraphs).toHaveLength(8);
    expect(article.contentHtml).not.toMatch(
      /Watch video|max_bytes|Read also|newsletter|Advertisement|Comments|cookies/i,
    );
  });

  it('reads byline, dates, site and the other metadata', () => {
    expect(article).toMatchObject({
      title: 'Marines Deployed to Southern Border as Cartel Violence Surges',
      byline: 'Maria Alvarez',
      siteName: 'The Southern Ledger',
      publishedTime: '2025-12-26T08:30:00-05:00',
      modifiedTime: '2025-12-26T14:05:00-05:00',
      lang: 'en',
      section: 'World',
      canonicalUrl: URL,
      leadImage: 'https://img.southernledger.example/2025/12/marines-border-1200.jpg',
    });
    expect(article.wordCount).toBeGreaterThan(400);
    expect(article.readingMinutes).toBe(2);
  });

  it('lists both cited links and the source facts', () => {
    const ctx = article.sourceContext;
    expect(ctx.links.map((l) => l.domain)).toEqual(['defense.gov', 'gob.mx']);
    expect(ctx.links[0]).toEqual({
      href: 'https://www.defense.gov/News/Releases/border-support-mission/',
      text: 'Federal authorities',
      domain: 'defense.gov',
    });
    expect(ctx).toMatchObject({
      domain: 'southernledger.example',
      hasByline: true,
      hasDate: true,
      canonicalDiffers: false,
    });
  });

  it('records every removal with its kind, text and place', () => {
    const ctx = article.sourceContext;
    expect(ctx.removed.map(({ kind, text, line }) => ({ kind, text, line }))).toEqual(expectedRemoved);
    expect(ctx.removedCounts).toMatchObject({ ad: 2, promo: 1, newsletter: 1, video: 1, debris: 3 });
    const texts = ctx.removed.map((r) => `${r.kind}: ${r.text}`);
    expect(texts).toContain('promo: Read also: A timeline of cartel violence along the border');
    expect(texts).toContain('debris: Watch video below :');
    const video = ctx.removed.find((r) => r.kind === 'video');
    expect(video?.html).toContain('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(video?.html).not.toContain('<iframe');
    ctx.removed.forEach((r, i) => {
      expect(r.position).toBe(i);
      expect(article.contentHtml).toContain(`<span data-folio-removed="${i}"></span>`);
    });
    // The lead-in stood after the last paragraph: before line 8 of the text.
    expect(ctx.removed.find((r) => r.text === 'Watch video below :')?.line).toBe(8);
  });
});
