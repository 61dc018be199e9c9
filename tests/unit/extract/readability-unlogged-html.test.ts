/**
 * Readability builds its debug line "Grabbed: <the article's HTML>" on every
 * parse, debug or not; Folio's instance answers that one read with an empty
 * string (unlogged-article-html.ts). The article must come out the same, the
 * element must read and write its own HTML afterwards, and the serialization
 * must really be spared (counted on the DOM's own getter).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runReadability } from '../../../src/extract/run-readability';
import { withoutLoggedArticleHtml } from '../../../src/extract/unlogged-article-html';
import { fixture } from './helpers';

const PAGES = ['seed-news/source.html', 'pages/long-article.html'];

/** A jsdom document whose Element innerHTML getter records every element it serializes. */
function counted(html: string): { doc: Document; serialized: Element[] } {
  const { window } = new JSDOM(html, { url: 'https://news.example/story' });
  const serialized: Element[] = [];
  const proto = window.Element.prototype;
  const own = Object.getOwnPropertyDescriptor(proto, 'innerHTML')!;
  Object.defineProperty(proto, 'innerHTML', {
    ...own,
    get(this: Element) {
      serialized.push(this);
      return own.get!.call(this) as string;
    },
  });
  return { doc: window.document, serialized };
}

describe("Readability's logged article HTML", () => {
  it.each(PAGES)('is never serialized, and the article is the same (%s)', (page) => {
    const html = fixture(page);
    const plain = counted(html);
    const expected = new Readability<Element>(plain.doc, {
      keepClasses: true,
      serializer: (el) => el as Element,
    }).parse()!.content!;
    // Plain Readability serializes its article once, for the debug line.
    expect(plain.serialized.filter((el) => el === expected)).toHaveLength(1);

    const folio = counted(html);
    const found = runReadability(folio.doc)!;
    expect(folio.serialized.filter((el) => el === found.root)).toHaveLength(0);
    expect(Object.getOwnPropertyDescriptor(found.root, 'innerHTML')).toBeUndefined();
    expect(found.root.innerHTML).toBe(expected.innerHTML);
  });

  it('leaves the element its own HTML after the one read, for reading and writing', () => {
    const { doc } = counted('<!doctype html><body><div id="a"><p>One</p></div></body>');
    const el = doc.getElementById('a')!;
    const reader = { _grabArticle: () => el };
    withoutLoggedArticleHtml(reader);
    expect(reader._grabArticle()).toBe(el);
    expect(el.innerHTML).toBe('');
    expect(el.innerHTML).toBe('<p>One</p>');
    reader._grabArticle();
    el.innerHTML = '<p>Two</p>';
    expect(Object.getOwnPropertyDescriptor(el, 'innerHTML')).toBeUndefined();
    expect(el.innerHTML).toBe('<p>Two</p>');
  });

  it('is left alone when Readability logs', () => {
    const { doc } = counted('<!doctype html><body><div id="a"><p>One</p></div></body>');
    const el = doc.getElementById('a')!;
    const reader = { _debug: true, _grabArticle: () => el };
    withoutLoggedArticleHtml(reader);
    reader._grabArticle();
    expect(el.innerHTML).toBe('<p>One</p>');
  });
});
