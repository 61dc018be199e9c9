/**
 * Readability keeps a copy of the page's HTML for a second search that few
 * pages need; given a way to copy the page again (`freshCopy`), Folio makes
 * that HTML only when Readability uses it (run-readability.ts). The result
 * must be the same either way.
 */
import { describe, expect, it } from 'vitest';
import { nodeWindow } from '../../../src/cli/node-window';
import { parseHtml } from '../../../src/cli/parse-html';
import { extractArticle } from '../../../src/extract';
import type { ExtractResult } from '../../../src/extract';
import { fixture } from './helpers';

const URL = 'https://news.example/2025/01/story';
const SENTENCE = 'The river rose through the night, and by morning the lower town was under water again.';

/** The story sits in a block classed "comment": Readability's strict first search drops it and finds too little. */
function searchedTwice(paragraphs: number): string {
  return `<!doctype html><html><head><title>Flood in the lower town</title><meta property="og:type" content="article"></head><body>
  <div class="remark-box">${Array.from({ length: paragraphs }, (_, i) => `<p>${SENTENCE} Paragraph ${i}.</p>`).join('')}</div>
  <div class="footer">© News Example</div>
</body></html>`;
}
const SEARCHED_TWICE = searchedTwice(12);

function extract(html: string, withCopy: boolean): { result: ExtractResult; copies: number; doc: Document } {
  let copies = 0;
  const doc = parseHtml(html, URL, 'jsdom');
  const freshCopy = () => {
    copies++;
    return parseHtml(html, URL, 'jsdom');
  };
  const result = extractArticle(doc, URL, { window: nodeWindow(), ...(withCopy ? { freshCopy } : {}) });
  return { result, copies, doc };
}

describe("Readability's copy of the page, made only when it is used", () => {
  it('gives the same article on a page Readability searches twice, from one fresh copy', () => {
    const plain = extract(SEARCHED_TWICE, false);
    const onDemand = extract(SEARCHED_TWICE, true);
    expect(onDemand.copies).toBe(1);
    expect(onDemand.result.kind).toBe('article');
    expect(JSON.stringify(onDemand.result)).toBe(JSON.stringify(plain.result));
    if (onDemand.result.kind === 'article') expect(onDemand.result.article.text).toContain('Paragraph 7.');
  });

  it('leaves Readability its own copy on a page with little text, with the same article', () => {
    // Under 1,000 characters: the copy Readability serializes is small, a fresh one prepared again is not.
    const small = searchedTwice(5);
    const onDemand = extract(small, true);
    expect(onDemand.copies).toBe(0);
    expect(onDemand.result.kind).toBe('article');
    expect(JSON.stringify(onDemand.result)).toBe(JSON.stringify(extract(small, false).result));
    if (onDemand.result.kind === 'article') expect(onDemand.result.article.text).toContain('Paragraph 4.');
  });

  it('makes no copy on a page searched once, with the same article', () => {
    const html = fixture('seed-news/source.html');
    const onDemand = extract(html, true);
    expect(onDemand.copies).toBe(0);
    expect(JSON.stringify(onDemand.result)).toBe(JSON.stringify(extract(html, false).result));
  });

  it('holds the fresh copy to the limits: a live page grown past them since the first copy is named, not searched', () => {
    // The content script copies the live page again for the second search; an endless page may have
    // grown meanwhile. Without the limits the second search would run on whatever it has become.
    const grown = SEARCHED_TWICE.replace(
      '</body>',
      `${'<div><span>more</span></div>'.repeat(12_000)}</body>`,
    );
    const doc = parseHtml(SEARCHED_TWICE, URL, 'jsdom');
    const result = extractArticle(doc, URL, {
      window: nodeWindow(),
      freshCopy: () => parseHtml(grown, URL, 'jsdom'),
    });
    expect(result).toMatchObject({ kind: 'not-article', code: 'failed' });
    expect(result.kind === 'not-article' && result.reason).toMatch(
      /fresh copy gave another result: The page has more than 20,000 elements/,
    );
  });

  it('gives the page element its own innerHTML back', () => {
    const { doc } = extract(SEARCHED_TWICE, true);
    expect(Object.getOwnPropertyDescriptor(doc.body, 'innerHTML')).toBeUndefined();
    expect(doc.body.innerHTML).not.toContain('Folio');
  });
});
