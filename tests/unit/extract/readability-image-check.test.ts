/**
 * Folio's Readability drops the page's address-less <img> elements itself,
 * reading attributes as strings, and leaves the <noscript> images to
 * Readability's own method (run-readability.ts). The document must come out
 * exactly as Readability's own method leaves it.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { withFastChecks } from '../../../src/extract/run-readability';
import { fixture } from './helpers';

type Unwrap = { _unwrapNoscriptImages(doc: Document): void };

const EDGES = `
  <p><img></p>
  <p><img alt="no address" width="10"></p>
  <p><img src=""></p>
  <p><img data-src="x"></p>
  <p><img data-srcset="a.jpg 1x"></p>
  <p><img data-lazy="https://cdn.example/photo.JPEG?w=300"></p>
  <p><img title="a picture.webp of the river"></p>
  <p><img class="lazy" data-original="/img/a.png"></p>
  <p><img class="lazy" data-original="/img/a.gif"></p>
  <figure><img class="placeholder"><noscript><img src="/real/one.jpg" alt="One"></noscript></figure>
  <figure><span><img data-src="/lazy/two.png" src="data:image/gif;base64,R0lGOD"></span>
    <noscript><img src="/real/two.png"></noscript></figure>
  <div><img src="/kept.jpg"><noscript><p>Not an image</p></noscript></div>
  <noscript><img src="/alone.jpg"></noscript>
  <svg><image href="x.png"></image></svg>
`;

function unwrapBoth(html: string): { theirs: string; ours: string; removedImages: number } {
  const theirs = new JSDOM(html).window.document;
  const ours = new JSDOM(html).window.document;
  const before = theirs.getElementsByTagName('img').length;
  (new Readability(theirs) as unknown as Unwrap)._unwrapNoscriptImages(theirs);
  const reader = new Readability(ours);
  withFastChecks(reader);
  expect((reader as unknown as Unwrap)._unwrapNoscriptImages).not.toBe(
    (Readability.prototype as unknown as Unwrap)._unwrapNoscriptImages,
  );
  (reader as unknown as Unwrap)._unwrapNoscriptImages(ours);
  return {
    theirs: theirs.documentElement.outerHTML,
    ours: ours.documentElement.outerHTML,
    removedImages: before - theirs.getElementsByTagName('img').length,
  };
}

describe("Readability's <img> and <noscript> image pass, with Folio's cheaper image check", () => {
  it('leaves the document exactly as Readability does: edge cases and real pages', () => {
    const pages = [
      `<!doctype html><html><body>${EDGES}</body></html>`,
      fixture('seed-news/source.html'),
      fixture('pages/long-article.html'),
    ];
    for (const html of pages) {
      const { theirs, ours } = unwrapBoth(html);
      expect(ours).toBe(theirs);
    }
    const edges = unwrapBoth(`<!doctype html><html><body>${EDGES}</body></html>`);
    // Both steps did something on the edge cases: images were dropped and noscript images unwrapped.
    expect(edges.removedImages).toBeGreaterThan(0);
    // The lazy image before a <noscript> was replaced by the noscript's image, keeping its lazy address.
    expect(edges.theirs.split('src="/real/two.png"').length - 1).toBe(2);
    expect(edges.theirs).toMatch(/<img src="\/real\/two.png" data-src="\/lazy\/two.png"/);
    expect(edges.theirs).not.toContain('class="placeholder"');
  });

  it('falls back to the whole method on the document when it asks the view for more', () => {
    const html = `<!doctype html><html><body>${EDGES}</body></html>`;
    const doc = new JSDOM(html).window.document;
    const reader = new Readability(doc) as unknown as Record<string, unknown>;
    const seen: string[] = [];
    // A later Readability that also reads the document's <picture> elements.
    reader['_unwrapNoscriptImages'] = function (this: unknown, target: Document): void {
      seen.push(String(target.querySelectorAll('picture').length));
      (Readability.prototype as unknown as Unwrap)._unwrapNoscriptImages.call(this, target);
    };
    withFastChecks(reader);
    (reader as unknown as Unwrap)._unwrapNoscriptImages(doc);
    expect(seen).toEqual(['0']);
    expect(doc.documentElement.outerHTML).toBe(unwrapBoth(html).theirs);
  });

  it('is still a method Readability has (an upgrade that renames it shows here)', () => {
    expect(typeof (Readability.prototype as unknown as Partial<Unwrap>)._unwrapNoscriptImages).toBe(
      'function',
    );
  });
});
