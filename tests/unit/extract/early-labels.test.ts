/**
 * Before Readability, the labels the early cleanup needs (tag, role, class,
 * id) are read by the pass that trims attributes, with every other value,
 * instead of asking every element again. The labelled clutter found from
 * them must be exactly what asking each element finds.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collapsedLength } from '../../../src/extract/cleanup/dom-utils';
import { findLabelledClutter } from '../../../src/extract/cleanup/hint-pass';
import { removeScripts, labelElements } from '../../../src/extract/prepare';
import { surveyDocument } from '../../../src/extract/survey';
import { fixture, prose } from './helpers';

const CRAFTED = `<!doctype html><html><body>
  <nav><a href="/">Home</a></nav>
  <div role="navigation">Menu</div>
  <span role="complementary">Aside by role</span>
  <p role="complementary">Role on a tag not asked for roles</p>
  <div class="share-bar"><a href="#">Share</a></div>
  <div id="ad-slot-1">Advertisement</div>
  <div class="tag-share post">A WordPress taxonomy class is not a label</div>
  <svg class="social-icon"><path d="M0 0"></path></svg>
  <figure><figcaption class="caption">A caption stays</figcaption></figure>
  <div class="relatedStories"><div class="newsletter-signup">Sign up</div></div>
  <form><input></form>
  <article>${prose(6)}</article>
  <div class="comments"><p>First!</p></div>
</body></html>`;

/** Labelled clutter as [index in document order, kind], found both ways. */
function bothWays(html: string): { declared: string[]; asked: string[] } {
  const run = (useDeclared: boolean): string[] => {
    const doc = new JSDOM(html).window.document;
    const survey = surveyDocument(doc);
    removeScripts(survey);
    const labelled = labelElements(survey.elements);
    const chars = collapsedLength(doc.body.textContent ?? '');
    const found = findLabelledClutter(doc.body, chars, useDeclared ? labelled : undefined);
    return found.map(([el, kind]) => `${survey.elements.indexOf(el)} ${kind}`);
  };
  return { declared: run(true), asked: run(false) };
}

describe('labels read in one pass over the page', () => {
  it('find the same clutter as asking each element, on crafted and real pages', () => {
    for (const html of [CRAFTED, fixture('seed-news/source.html'), fixture('pages/long-article.html')]) {
      const { declared, asked } = bothWays(html);
      // Read with the attribute limits, as the pass that trims attributes reads them: the same labels.
      expect(declared).toEqual(asked);
    }
    const crafted = bothWays(CRAFTED).declared.map((line) => line.split(' ')[1]);
    // Tag, role, class and id labels all occur (so the comparison covers each).
    expect(new Set(crafted)).toEqual(new Set(['other', 'promo', 'share', 'ad', 'newsletter', 'comments']));
  });
});
