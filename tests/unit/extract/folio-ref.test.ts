import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { nodeWindow } from '../../../src/cli/node-window';
import { extractArticle } from '../../../src/extract';
import { PARSERS, extractHtml, page, prose } from './helpers';

/** The content script tags block elements of its clone like this before extracting. */
function tagged(): string {
  return page(
    `<div class="story-body">${prose(5).replace(/<p>/g, (_, i: number) => `<p data-folio-ref="${i}">`)}</div>`,
  );
}

describe('data-folio-ref survives the whole pipeline', () => {
  it.each(PARSERS)('keeps refs of body paragraphs in contentHtml (%s)', (parser) => {
    const result = extractHtml(tagged(), undefined, parser);
    if (result.kind !== 'article') throw new Error(result.reason);
    const refs = [...result.article.contentHtml.matchAll(/<p data-folio-ref="(\d+)">/g)];
    expect(refs.length).toBe(5);
  });

  it('works on a cloned document without a window, as in the content script', () => {
    const dom = new JSDOM(tagged(), { url: 'https://news.example/a' });
    const clone = dom.window.document.cloneNode(true) as Document;
    expect(clone.defaultView).toBeNull();
    const result = extractArticle(clone, 'https://news.example/a', { window: nodeWindow() });
    expect(result.kind === 'article' && result.article.contentHtml).toMatch(/<p data-folio-ref="\d+">P1\./);
  });
});
