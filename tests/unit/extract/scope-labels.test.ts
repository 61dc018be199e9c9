/**
 * On a page with a dominant <article>, the early cleanup labels only the
 * elements that matter once Readability's search is confined to it
 * (searchedElements in article-scope.ts): the rest of the page leaves the
 * document before the search. What reaches Readability, and which early
 * removals it carries, must be exactly what labelling the whole page gives.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dominantArticle, searchedElements } from '../../../src/extract/article-scope';
import { collapsedLength } from '../../../src/extract/cleanup/dom-utils';
import { prepareDocument, removeScripts } from '../../../src/extract/prepare';
import type { EarlyRemoval } from '../../../src/extract/prepare';
import { surveyDocument } from '../../../src/extract/survey';
import { articleOf, fixture, prose } from './helpers';

const AD = (id: string) => `<div class="ad-slot" id="${id}">Advertisement</div>`;
const SHARE = '<div class="share-bar"><a href="#s">Share</a></div>';

/** Ads and share bars on every side of the article, at every level around it. */
const CRAFTED = `<!doctype html><html><head><title>The council story</title></head><body>
  ${AD('top')}
  <nav><a href="/">Home</a> ${SHARE}</nav>
  <div class="sidebar">${AD('sidebar')}<p>Sidebar note.</p></div>
  <main id="main">
    ${AD('before-wrap')}
    <div id="wrap">
      ${AD('just-before')}${SHARE}
      <article id="story">${prose(2)}${SHARE}${prose(6, 'Q')}${AD('inside')}</article>
      ${AD('just-after')}
    </div>
    ${AD('last-in-main')}
  </main>
  <footer>${AD('footer')}</footer>
</body></html>`;

describe('the elements around the dominant article', () => {
  it('are the head, the article and all they hold, and each ancestor with its children, in document order', () => {
    const { document } = new JSDOM(CRAFTED).window;
    const survey = surveyDocument(document);
    const scope = document.getElementById('story')!;
    const expected = survey.elements.filter(
      (el) =>
        el === document.head ||
        document.head.contains(el) ||
        scope.contains(el) ||
        el.contains(scope) ||
        (el.parentElement !== null && el.parentElement.contains(scope)),
    );
    const searched = searchedElements(survey, document, scope);
    // Compared by position in the page (element objects are compared by identity).
    const at = (els: readonly Element[]) => els.map((el) => survey.elements.indexOf(el));
    expect(at(searched)).toEqual(at(expected));
    // Not vacuous: what lies inside a sibling of the chain (the sidebar's ad) is left out.
    expect(searched.includes(document.getElementById('sidebar')!)).toBe(false);
    expect(searched.includes(document.getElementById('just-before')!)).toBe(true);
    // Without a scope: every element.
    expect(searchedElements(survey, document, null)).toBe(survey.elements);
  });
});

/**
 * The page `html` prepared for Readability, labelled whole or only around its
 * dominant article, then cut down to that article as the confined search
 * sees it; each early-removal anchor written as the removals it names.
 */
function preparedAroundScope(html: string, aroundScope: boolean): string {
  const { document } = new JSDOM(html, { url: 'https://news.example/story' }).window;
  const survey = surveyDocument(document);
  removeScripts(survey);
  const chars = collapsedLength(document.body.textContent ?? '');
  const scope = dominantArticle(survey, chars);
  if (!scope) throw new Error('the page has no dominant article');
  const searched = aroundScope ? searchedElements(survey, document, scope) : survey.elements;
  const early = prepareDocument(document, survey, document.URL, chars, searched);
  for (let el: Element = scope; el !== document.body; el = el.parentElement!)
    for (const sibling of Array.from(el.parentElement!.children)) if (sibling !== el) sibling.remove();
  for (const el of Array.from(document.querySelectorAll('[data-folio-before], [data-folio-append]')))
    for (const name of ['data-folio-before', 'data-folio-append'])
      if (el.hasAttribute(name)) el.setAttribute(name, named(el.getAttribute(name)!, early));
  return document.documentElement.outerHTML;
}

/** The removals `ids` names, each as its kind, tag, id, class and text (the ids differ between runs). */
function named(ids: string, early: readonly EarlyRemoval[]): string {
  return ids
    .split(' ')
    .map((id) => {
      const { kind, element: el } = early[Number(id)]!;
      return `${kind}: ${el.tagName}#${el.id}.${el.className} ${el.textContent}`;
    })
    .join(' | ');
}

describe('the early cleanup around the dominant article', () => {
  it('leaves the confined search the page and removals that labelling the whole page leaves it', () => {
    for (const html of [CRAFTED, fixture('seed-news/source.html'), fixture('pages/long-article.html')])
      expect(preparedAroundScope(html, true)).toBe(preparedAroundScope(html, false));
    // Not vacuous: the ads inside, just before the article and closing its wrappers are carried.
    const carried = preparedAroundScope(CRAFTED, true);
    for (const id of ['just-before', 'inside', 'just-after', 'last-in-main'])
      expect(carried).toContain(`ad: DIV#${id}.ad-slot`);
    expect(carried).not.toContain('#sidebar');
  });

  it('still lists the ad slot just before the article, at its start', () => {
    const { removed } = articleOf(CRAFTED).sourceContext;
    const ads = removed.filter((r) => r.kind === 'ad');
    expect(ads.length).toBeGreaterThanOrEqual(2);
    expect(removed[0]?.kind).toBe('ad');
  });
});
