import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { extractArticle } from '../../../src/extract';
import {
  INLINE_ATTR,
  MIN_INLINE_CHARS,
  putBackInlineImages,
  setAsideInlineImages,
} from '../../../src/extract/prepare/inline-images';
import { runReadability } from '../../../src/extract/run-readability';
import { nodeWindow } from '../../../src/cli/node-window';
import { prose } from './helpers';

const URL_ = 'https://news.example/2025/01/story';

/** Base64-looking text of `chars` characters, different for each `seed`. */
function base64(chars: number, seed: number): string {
  const unit = `iVBORw0KGgo${seed}AAAANSUhEUg`;
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

const CLEAN = `data:image/png;base64,${base64(100_000, 1)}`;
/** Line-wrapped base64, as some tools write it: the URL parser drops the line breaks. */
const WRAPPED = `data:image/jpeg;base64,${base64(60_000, 2).replace(/(.{76})/g, '$1\n')}`;
const UPPER = `DATA:image/gif;base64,${base64(20_000, 3)}`;
const SVG = `data:image/svg+xml;utf8,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg">')}${'<g> </g>'.repeat(3000)}`;

/** A short story (Readability searches it more than once) with large inline pictures of every kind. */
function storyWithPictures(paragraphs: number, after = ''): string {
  const figure = (src: string, extra = '') =>
    `<figure><img src="${src.replace(/"/g, '&quot;')}" alt="A picture"${extra}><figcaption>A caption.</figcaption></figure>`;
  return `<!doctype html><html><head><title>A story</title></head><body><div id="main">
    ${prose(paragraphs)}
    ${figure(CLEAN)}
    ${figure(WRAPPED)}
    ${figure(UPPER)}
    ${figure(SVG)}
    ${figure(CLEAN.replace('iVBOR', 'xVBOR'), ' class="lazy" data-src="https://img.example/real.jpg"')}
    <p><img src="https://img.example/${'long-path/'.repeat(1000)}a.jpg" alt="A long address"></p>
  </div>${after}</body></html>`;
}

describe('large inline images are set aside while Readability runs', () => {
  it.each([2, 8])(
    'Readability returns the same article with them set aside (%i paragraphs)',
    (paragraphs) => {
      const html = storyWithPictures(paragraphs);
      const plain = runReadability(parseHtml(html, URL_, 'jsdom'));

      const doc = parseHtml(html, URL_, 'jsdom');
      const stash = setAsideInlineImages(Array.from(doc.querySelectorAll('img')));
      // Everything Readability copies and parses again is now short.
      expect(stash).toHaveLength(5);
      expect(doc.documentElement.outerHTML.length).toBeLessThan(30_000);
      const folio = runReadability(doc);
      putBackInlineImages(folio!.root, stash, true);

      expect(plain).not.toBeNull();
      expect(folio!.root.innerHTML).toBe(plain!.root.innerHTML);
      expect(folio!.root.innerHTML).toContain(CLEAN);
      expect(folio!.root.innerHTML).not.toContain(INLINE_ATTR);
    },
  );

  it('only long data: addresses are set aside', () => {
    const doc = parseHtml(
      `<!doctype html><html><body><img id="small" src="data:image/gif;base64,R0lGOD"><img id="long" src="https://a.example/${'x'.repeat(MIN_INLINE_CHARS)}"><img id="big" src="${CLEAN}"></body></html>`,
      URL_,
      'jsdom',
    );
    const stash = setAsideInlineImages(Array.from(doc.querySelectorAll('img')));
    expect(stash).toEqual([CLEAN]);
    expect(doc.getElementById('small')!.getAttribute('src')).toBe('data:image/gif;base64,R0lGOD');
    expect(doc.getElementById('long')!.getAttribute('src')!.length).toBeGreaterThan(MIN_INLINE_CHARS);
    expect(doc.getElementById('big')!.getAttribute('src')).toMatch(/^data:image\/png;base64,A{200}$/);
  });

  it('long inline copies in srcset and lazy attributes go, the rest stays', () => {
    const doc = parseHtml(
      `<!doctype html><html><body>
        <img id="promoted" src="${CLEAN}" srcset="${CLEAN} 1x" data-srcset="${CLEAN} 1x" data-src="${CLEAN}" title="${CLEAN}">
        <img id="web" src="https://img.example/a.jpg" srcset="https://img.example/a.jpg 1x, data:image/gif;base64,R0lGOD 2x">
        <picture><source id="source" srcset="${CLEAN}" media="(min-width: 1px)"><img alt=""></picture>
      </body></html>`,
      URL_,
      'jsdom',
    );
    setAsideInlineImages(Array.from(doc.querySelectorAll('img')), Array.from(doc.querySelectorAll('source')));
    const names = (id: string) => doc.getElementById(id)!.getAttributeNames().sort();
    expect(names('promoted')).toEqual(['data-folio-inline', 'id', 'src', 'title']);
    expect(names('web')).toEqual(['id', 'src', 'srcset']);
    expect(names('source')).toEqual(['id', 'media']);
  });

  it('an image given another address keeps it; blocks removed before Readability get the address as written', () => {
    const doc = parseHtml(
      `<!doctype html><html><body><div id="a"><img id="moved" src="${CLEAN}"><img id="kept" src="${WRAPPED}"></div></body></html>`,
      URL_,
      'jsdom',
    );
    const stash = setAsideInlineImages(Array.from(doc.querySelectorAll('img')));
    doc.getElementById('moved')!.setAttribute('src', 'https://img.example/real.jpg');
    putBackInlineImages(doc.getElementById('a')!, stash, false);
    expect(doc.getElementById('moved')!.getAttribute('src')).toBe('https://img.example/real.jpg');
    expect(doc.getElementById('kept')!.getAttribute('src')).toBe(WRAPPED);
    expect(doc.querySelector(`[${INLINE_ATTR}]`)).toBeNull();
  });

  it.each([
    // A footer's text brings the page over 1,000 characters: the second search gets a fresh copy.
    ['a fresh copy', 1, `<div class="footer">${'Site links and legal notes. '.repeat(40)}</div>`],
    // Under 1,000 characters Readability keeps its own copy, made after the pictures were set aside.
    ['its own copy', 0, ''],
  ])(
    'extraction: the pictures come out whole, the page searched again without them, from %s',
    (_, made, after) => {
      const html = storyWithPictures(2, after);
      const copies: Document[] = [];
      const result = extractArticle(parseHtml(html, URL_, 'jsdom'), URL_, {
        window: nodeWindow(),
        force: true,
        freshCopy: () => {
          const copy = parseHtml(html, URL_, 'jsdom');
          copies.push(copy);
          return copy;
        },
      });
      expect(result.kind).toBe('article');
      const content = result.kind === 'article' ? result.article.contentHtml : '';
      // The short story made Readability search again, on a copy prepared the same way.
      expect(copies).toHaveLength(made);
      if (made) expect(copies[0]!.body.innerHTML.length).toBeLessThan(30_000);
      expect(content).toContain(`src="${CLEAN}"`);
      expect(content).toContain(`src="${new URL(WRAPPED).href}"`);
      expect(content).toContain(`src="${new URL(UPPER).href}"`);
      expect(content).not.toContain(INLINE_ATTR);
      expect(content).not.toMatch(/A{200}/);
    },
  );
});
