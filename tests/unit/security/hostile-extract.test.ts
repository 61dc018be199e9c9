import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract';
import { hostilePages, VECTORS } from '../../support/hostile-vectors';
import { findDanger } from '../../support/find-danger';

const CB = 'http://127.0.0.1:9/cb';

function extract(html: string) {
  const dom = new JSDOM(html.replaceAll('__CB__', CB), { url: 'https://hostile.example/news/water-plant' });
  return extractArticle(dom.window.document, 'https://hostile.example/news/water-plant');
}

/** Renders sanitized HTML into a fresh document and inspects it as the browser tests do. */
function dangerIn(html: string): string[] {
  const dom = new JSDOM(`<!doctype html><body><main id="view"></main></body>`);
  const view = dom.window.document.getElementById('view')!;
  // eslint-disable-next-line no-unsanitized/property -- the HTML under test is the sanitizer's output
  view.innerHTML = html;
  const previous = globalThis.document;
  globalThis.document = dom.window.document;
  try {
    return findDanger('#view');
  } finally {
    globalThis.document = previous;
  }
}

function payloadOutsideText(html: string): string[] {
  const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
  return Array.from(doc.body.querySelectorAll('*')).flatMap((el) =>
    Array.from(el.attributes)
      .filter((a) => a.value.includes('__folioPwned'))
      .map((a) => `${el.localName}[${a.name}]`),
  );
}

describe('hostile article pages through the extractor', () => {
  it(`the corpus covers every published vector class (${VECTORS.length} vectors)`, () => {
    const kinds = new Set(VECTORS.map((v) => v.kind));
    expect(kinds.size).toBe(12);
    expect(VECTORS.length).toBeGreaterThanOrEqual(60);
  });

  it('the inspector finds the raw vectors (so a clean result means something)', () => {
    const raw = hostilePages().find((p) => p.slug === 'all')!.html;
    const body = raw.slice(raw.indexOf('<article>'), raw.indexOf('</article>'));
    expect(dangerIn(body).length).toBeGreaterThan(40);
  });

  for (const page of hostilePages()) {
    it(`${page.slug}: contentHtml is sanitized and the article text survives`, () => {
      const result = extract(page.html);
      expect(result.kind).toBe('article');
      if (result.kind !== 'article') return;
      const { article } = result;
      expect(dangerIn(article.contentHtml)).toEqual([]);
      // Template gadgets may survive as visible text ("{{constructor…}}"): inert in
      // Folio's pages, which run no template engine over article text. In an
      // attribute or element a payload would be live: never allowed.
      expect(payloadOutsideText(article.contentHtml)).toEqual([]);
      expect(article.text).toContain('new water treatment plant would open next spring');
      for (const removed of article.sourceContext.removed) expect(dangerIn(removed.html)).toEqual([]);
      for (const link of article.sourceContext.links) expect(link.href).toMatch(/^https?:/);
    });
  }
});
