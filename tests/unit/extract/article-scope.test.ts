/**
 * Readability's search for the article body is confined to the page's
 * dominant <article> (article-scope.ts). The choice of that article is tested
 * on pages built for each case; the confinement must change nothing
 * Readability finds (text, byline, direction, title, excerpt) while it looks
 * at fewer elements: compared with Readability run on the whole page.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { confineToScope, dominantArticle } from '../../../src/extract/article-scope';
import { withFastChecks } from '../../../src/extract/run-readability';
import { surveyDocument } from '../../../src/extract/survey';
import { collapsedLength } from '../../../src/extract/cleanup/dom-utils';
import { articleOf, fixture, prose } from './helpers';

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>The budget story</title>${head}</head><body>${body}</body></html>`;
}

/** The body's text, whitespace collapsed, as extractArticle measures it. */
function bodyChars(doc: Document): number {
  return collapsedLength(doc.body.textContent ?? '');
}

function scopeOf(html: string): string | null {
  const { document } = new JSDOM(html).window;
  return dominantArticle(surveyDocument(document), bodyChars(document))?.id ?? null;
}

const LINE =
  'the council met on Tuesday evening to discuss the budget for the coming year, and members argued at length about repairs.';
const NAV = '<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul></nav>';
const TEASERS = `<div class="more"><p>${'A teaser for another story on the site. '.repeat(3)}</p></div>`;

describe('the dominant article', () => {
  it('is the <article> holding nearly all paragraph text', () => {
    expect(scopeOf(page(`${NAV}<article id="story">${prose(8)}</article>${TEASERS}`))).toBe('story');
  });

  it('is none when much of the text is outside every <article>', () => {
    expect(scopeOf(page(`<article id="story">${prose(4)}</article><div>${prose(3, 'Q')}</div>`))).toBeNull();
  });

  it('is none when the text is split between articles', () => {
    expect(
      scopeOf(page(`<article id="a">${prose(4)}</article><article id="b">${prose(4)}</article>`)),
    ).toBeNull();
  });

  it('is none without an <article>, or with too little text to trust the markup', () => {
    expect(scopeOf(page(`<div id="story">${prose(8)}</div>`))).toBeNull();
    expect(scopeOf(page('<article id="story"><p>A short note.</p></article>'))).toBeNull();
  });

  it('is none when the story is prose outside <p> (lines broken by <br>) beside an article of teasers', () => {
    const story = Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of the story, ${LINE}`).join(
      '<br><br>',
    );
    const html = page(`<div id="story">${story}</div><article id="teasers">${prose(4, 'T')}</article>`);
    expect(scopeOf(html)).toBeNull();
    // And so the story is what comes out.
    expect(articleOf(html).text).toContain('Line 30 of the story');
  });

  it('is the outermost article when articles nest (a quoted post inside a story)', () => {
    const html = page(
      `<article id="story">${prose(6)}<article id="quoted">${prose(2, 'Q')}</article></article>`,
    );
    expect(scopeOf(html)).toBe('story');
  });

  it('counts only what is still in the page', () => {
    const { document } = new JSDOM(
      page(`<article id="story">${prose(4)}</article><div id="extra">${prose(4, 'Q')}</div>`),
    ).window;
    const survey = surveyDocument(document);
    expect(dominantArticle(survey, bodyChars(document))).toBeNull();
    document.getElementById('extra')!.remove();
    expect(dominantArticle(survey, bodyChars(document))?.id).toBe('story');
  });
});

interface Found {
  text: string;
  byline: string | null;
  dir: string | null;
  title: string;
  excerpt: string | null;
  looked: number;
}

/** Readability (with Folio's fast checks) on `html`, confined or not; `looked` counts the steps of its walks. */
function readabilityOn(html: string, confined: boolean): Found {
  const { document } = new JSDOM(html).window;
  const reader = new Readability(document);
  withFastChecks(reader);
  const internals = reader as unknown as { _getNextNode(node: Element, skip?: boolean): Element | null };
  const next = internals._getNextNode.bind(reader);
  let looked = 0;
  Object.defineProperty(reader, '_getNextNode', {
    value: (node: Element, skip?: boolean) => {
      looked++;
      return next(node, skip);
    },
  });
  if (confined) {
    const scope = dominantArticle(surveyDocument(document), bodyChars(document));
    expect(scope, 'the page has a dominant article').not.toBeNull();
    confineToScope(reader, document, scope!);
  }
  const parsed = reader.parse();
  if (!parsed) throw new Error('Readability found no article');
  const text = (parsed.textContent ?? '').replace(/\s+/g, ' ').trim();
  const { byline = null, dir = null, title = '', excerpt = null } = parsed;
  return { text, byline, dir, title: title ?? '', excerpt, looked };
}

/**
 * Confined and whole-page Readability agree on byline, direction, title and
 * excerpt; the confined one walked fewer elements when the page has anything
 * outside its article. Returns both for the text checks.
 */
function compareOn(html: string): { whole: Found; confined: Found } {
  const whole = readabilityOn(html, false);
  const confined = readabilityOn(html, true);
  const facts = ({ byline, dir, title, excerpt }: Found) => ({ byline, dir, title, excerpt });
  expect(facts(confined)).toEqual(facts(whole));
  return { whole, confined };
}

/** The text of `prose(count)`, as Readability's textContent reads once whitespace is collapsed. */
function proseText(count: number): string {
  return new JSDOM(prose(count)).window.document.body.textContent!.replace(/\s+/g, ' ').trim();
}

describe('Readability confined to the dominant article', () => {
  it('finds what it finds on the whole page: the seed news page and a long article', () => {
    for (const html of [fixture('seed-news/source.html'), fixture('pages/long-article.html')]) {
      const { whole, confined } = compareOn(html);
      expect(confined.text).toBe(whole.text);
      expect(confined.looked).toBeLessThanOrEqual(whole.looked);
    }
  }, 20_000);

  it('still takes the byline from a header above the article', () => {
    const html =
      page(`${NAV}<header><h1>The budget story</h1><div class="byline">By Jane Writer</div></header>
      <article id="story">${prose(8)}</article>${TEASERS}`);
    const { whole, confined } = compareOn(html);
    expect(confined.byline).toBe('By Jane Writer');
    // The teaser beside the article is out of Readability's reach, which took it on the whole page.
    expect(whole.text).toContain('A teaser for another story');
    expect(confined.text).toBe(proseText(8));
    expect(confined.looked).toBeLessThan(whole.looked);
  });

  it('skips bylines Readability would not see: hidden, in a modal dialog, in an unlikely block', () => {
    const html = page(`${NAV}
      <div hidden><span class="byline">By Hidden Person</span></div>
      <div role="dialog" aria-modal="true"><span class="byline">By Modal Person</span></div>
      <div class="sidebar"><span class="byline">By Sidebar Person</span></div>
      <div class="byline" style="display:none">By Styled Away</div>
      <p class="author">By <span itemprop="name">Real Person</span></p>
      <article id="story">${prose(8)}</article>`);
    expect(compareOn(html).confined.byline).toBe('Real Person');
  });

  it('checks a block for a byline before it drops the block as unlikely, as Readability does', () => {
    // Readability asks "is this a byline?" before "is this an unlikely block?".
    const html = page(
      `${NAV}<div class="byline sidebar">By Side Writer</div><article id="story">${prose(8)}</article>`,
    );
    expect(compareOn(html).confined.byline).toBe('By Side Writer');
  });

  it('skips bylines inside blocks whose role Readability drops (complementary, menu, …)', () => {
    const html = page(`${NAV}
      <div role="complementary"><span class="byline">By Role Person</span></div>
      <div role="menubar"><span class="author">By Menu Person</span></div>
      <article id="story">${prose(8)}</article>`);
    expect(compareOn(html).confined.byline).toBeNull();
  });

  it('takes a byline from after the article when there is none before or in it', () => {
    const html = page(`${NAV}<article id="story">${prose(8)}</article>
      <div class="sidebar"><span class="byline">By Unlikely After</span></div>
      <footer class="article-footer"><p class="byline">By After Writer</p></footer>${TEASERS}`);
    const { whole, confined } = compareOn(html);
    expect(whole.byline).toBe('By After Writer');
    expect(confined.text).toBe(proseText(8));
    // None after the article either: still none.
    const none = page(`${NAV}<article id="story">${prose(8)}</article>${TEASERS}`);
    expect(compareOn(none).confined.byline).toBeNull();
  });

  it('leaves a byline inside the article to Readability, and declared authors first', () => {
    const inside = page(
      `${NAV}<article id="story"><p class="byline">By Inside Writer</p>${prose(8)}</article>`,
    );
    expect(compareOn(inside).confined.byline).toBe('By Inside Writer');
    const declared = page(
      `<div class="byline">By Page Header</div><article id="story">${prose(8)}</article>`,
      '<meta name="author" content="Declared Author">',
    );
    expect(compareOn(declared).confined.byline).toBe('Declared Author');
  });

  it('keeps the direction an ancestor of the article declares', () => {
    const html = page(
      `${NAV}<main dir="rtl"><div class="wrap"><article id="story">${prose(8)}</article></div>${TEASERS}</main>`,
    );
    const { confined } = compareOn(html);
    expect(confined.dir).toBe('rtl');
    expect(confined.text).toBe(proseText(8));
  });
});
