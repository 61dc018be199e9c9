import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { nodeWindow } from '../../../src/cli/node-window';
import { SanitizerUnavailableError, extractArticle } from '../../../src/extract';
import { sanitizeElements, sanitizeHtml, sanitizeParts } from '../../../src/extract/sanitize';
import { isTrackingPixel } from '../../../src/extract/output/tracking-pixels';
import { PARSERS, articleOf, page, prose } from './helpers';

const DIRTY =
  '<p data-folio-ref="3" class="x" style="color:red" onclick="evil()">Hi <b>there</b><img src="https://x.example/a.png" onerror="alert(1)"><script>alert(1)</script></p><iframe src="https://evil.example"></iframe><a href="javascript:alert(1)">x</a>';

/** The article HTML Folio makes of `parts` (joined), sanitized in a jsdom window. */
function sanitizedArticle(parts: readonly string[]): string {
  const win = nodeWindow();
  const root = win.document.createElement('div');
  // eslint-disable-next-line no-unsanitized/property -- test fixture
  root.innerHTML = parts.join('');
  return sanitizeElements([root], win)[0]!;
}

describe('DOMPurify in Node', () => {
  it('sanitizes with a jsdom window', () => {
    const clean = sanitizeHtml(DIRTY, nodeWindow());
    expect(clean).toContain('data-folio-ref="3"');
    expect(clean).not.toMatch(/onclick|onerror|<script|<iframe|javascript:|style=|class=/);
  });

  it("keeps Folio's data- attributes in an article and drops the page's own", () => {
    const win = nodeWindow();
    const root = win.document.createElement('div');
    root.innerHTML =
      '<p data-folio-ref="2" data-reactid=".0.1" data-track=\'{"a":1}\' class="lede" id="top">Text <a href="#n1" data-ga="x">note</a></p>';
    const [html] = sanitizeElements([root], win);
    expect(html).toBe('<p data-folio-ref="2" id="top">Text <a href="#n1">note</a></p>');
  });

  it('refuses a linkedom window instead of returning the input unchanged', () => {
    const { window } = parseHTML('<!doctype html><html><body></body></html>');
    expect(() => sanitizeHtml(DIRTY, window as unknown as Window)).toThrow(SanitizerUnavailableError);
  });

  it('sanitizes several parts in one pass, in order', () => {
    expect(sanitizeParts(['<p>a</p><script>x</script>', '', '<li onclick="y">b</li>'], nodeWindow())).toEqual(
      ['<p>a</p>', '', '<li>b</li>'],
    );
  });

  it('sanitizes the article of a linkedom document through an explicit window', () => {
    const html = page(
      `${prose(4)}<p>Look <img src="/a.png" onerror="alert(1)"> here, it is a fine picture of the square.</p>`,
    );
    const article = articleOf(html, 'linkedom');
    expect(article.contentHtml).toContain('src="https://news.example/a.png"');
    expect(article.contentHtml).not.toContain('onerror');
  });

  it('asks the browser no Trusted Type and makes no policy, in a window that has Trusted Types', () => {
    // jsdom has no Trusted Types: a stand-in that counts what DOMPurify asks of it.
    const win = new JSDOM('<!doctype html><body></body>').window as unknown as Window & {
      trustedTypes?: unknown;
    };
    const asked: string[] = [];
    win.trustedTypes = {
      createPolicy: (name: string, rules: object) => (asked.push(`policy ${name}`), { name, ...rules }),
      getAttributeType: (tag: string, attr: string) => (asked.push(`${tag} ${attr}`), null),
    };
    const root = win.document.createElement('div');
    root.innerHTML =
      '<p id="a" title="t">Text <a href="https://x.example/">link</a><img src="/i.png" alt="i"></p>';
    expect(sanitizeElements([root], win)).toEqual([
      '<p id="a" title="t">Text <a href="https://x.example/">link</a><img src="/i.png" alt="i"></p>',
    ]);
    expect(sanitizeHtml('<p title="t">x</p>', win)).toBe('<p title="t">x</p>');
    expect(asked).toEqual([]);
  });

  it('drops the whitespace between blocks, and keeps it in <pre>, between words and beside line breaks', () => {
    expect(
      sanitizedArticle([
        '\n  <h2>Title</h2>\n  <p>One <a href="#a">two</a> <b>three</b><br>\n four</p>\n',
        '  <ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>\n',
        '  <pre>\n<div>line 1</div>\n<div>line 2</div>\n<div><div>3</div>\n<div>4</div></div></pre>\n',
        '  <table>\n<tbody><tr>\n<td>c</td> <td>d</td>\n</tr></tbody></table>\n',
        '  <p><img src="/a.png" alt="a picture of it">\n<span>x</span>\u00a0</p>\u00a0<p>z</p>\n',
      ]),
    ).toBe(
      [
        '<h2>Title</h2><p>One <a href="#a">two</a> <b>three</b><br>\n four</p>',
        '<ul><li>a</li><li>b</li></ul>',
        // (The parser itself drops the newline right after <pre>.)
        '<pre><div>line 1</div>\n<div>line 2</div>\n<div><div>3</div>\n<div>4</div></div></pre>',
        '<table><tbody><tr><td>c</td><td>d</td></tr></tbody></table>',
        // A <span> left without attributes is unwrapped, its text joined with the text beside it.
        '<p><img src="/a.png" alt="a picture of it">\nx&nbsp;</p>&nbsp;<p>z</p>',
      ].join(''),
    );
  });

  it('drops the whitespace at the start and end of each line and the comments, and keeps word gaps', () => {
    expect(
      sanitizedArticle([
        '<p>\n  <a href="#a">one</a> <b>two</b>\n</p>',
        '<div><b>bold</b>\n<p>after</p>\n<i>lead</i> tail<!-- a note -->\n</div>',
        '<p>first line <br>\n<a href="#b">second</a> <br> </p>',
        '<ul>\n<li>\n<em>x</em>\n</li>\n</ul>',
        '<pre>  <b>kept</b>  <!-- in pre --></pre>',
      ]),
    ).toBe(
      [
        '<p><a href="#a">one</a> <b>two</b></p>',
        '<div><b>bold</b><p>after</p><i>lead</i> tail</div>',
        '<p>first line <br><a href="#b">second</a><br></p>',
        '<ul><li><em>x</em></li></ul>',
        // DOMPurify drops the comment; Folio leaves the <pre> as it is.
        '<pre>  <b>kept</b>  </pre>',
      ].join(''),
    );
  });

  it('unwraps the <span>s left without attributes, joining their text with the text beside them', () => {
    expect(
      sanitizedArticle([
        '<p>A <span>plain</span> word, <span class="hl">a classed one</span>, ',
        '<span lang="fr">une langue</span>, <span><span>nested</span> <b>bold</b></span>, ',
        '<span data-folio-removed="0"></span>a marker, <span></span>empty, <span id="fn1">an anchor</span>.</p>',
        '<pre><span class="k">const</span> x = <span>1</span>;\n</pre>',
      ]),
    ).toBe(
      [
        '<p>A plain word, a classed one, <span lang="fr">une langue</span>, nested <b>bold</b>, ',
        '<span data-folio-removed="0"></span>a marker, empty, <span id="fn1">an anchor</span>.</p>',
        '<pre>const x = 1;\n</pre>',
      ].join(''),
    );
  });

  it('throws a clear error when there is no usable window at all', () => {
    const doc = new JSDOM(page(prose(5))).window.document.cloneNode(true) as Document;
    expect(() => extractArticle(doc, 'https://news.example/a')).toThrow(/DOMPurify needs/);
  });
});

describe('tracking pixels', () => {
  const PIXEL = '<img src="https://beacon.example/b?id=1" width="1" height="1" alt="">';
  it.each(PARSERS)(
    'leaves none in the article, its removed blocks or its lead image, and keeps real pictures (%s)',
    (parser) => {
      const html = page(
        `<article>${PIXEL}${prose(3)}<p>A fine picture of the square <img src="/square.jpg" width="640" height="1"> and a thin rule <img src="/rule.png" width="1"> today.</p>` +
          `<div class="ad-slot">Advertisement <img src="https://ads.example/px.gif" width="0" height="0px"></div>${prose(2, 'Q')}</article>`,
      );
      const article = articleOf(html, parser);
      expect(article.contentHtml).not.toContain('beacon.example');
      expect(article.contentHtml).toContain('https://news.example/square.jpg');
      expect(article.contentHtml).toContain('https://news.example/rule.png');
      expect(article.leadImage).toBe('https://news.example/square.jpg');
      const ad = article.sourceContext.removed.find((r) => r.kind === 'ad');
      expect(ad?.text).toBe('Advertisement');
      expect(ad?.html).not.toContain('ads.example');
    },
  );

  it('is an image declared at most one pixel in both directions', () => {
    const img = (attrs: string) => {
      const doc = new JSDOM(`<img ${attrs}>`).window.document;
      return isTrackingPixel(doc.querySelector('img')!);
    };
    expect(img('width="1" height="1"')).toBe(true);
    expect(img('width="0" height="0"')).toBe(true);
    expect(img('width=" 1px " height="1.0"')).toBe(true);
    expect(img('width="1"')).toBe(false);
    expect(img('width="1" height="2"')).toBe(false);
    expect(img('width="10" height="1"')).toBe(false);
    expect(img('width="100%" height="1"')).toBe(false);
  });
});

describe('forged working attributes', () => {
  it('keeps markers true when the page writes data-folio-* marks itself', () => {
    const html = page(
      `<div class="body">${prose(3)}<span data-folio-removed="0"></span><div class="ad-slot">Advertisement</div><p data-folio-before="0">Kept: a paragraph carrying a forged anchor.</p>${prose(2, 'Q')}</div>`,
    );
    const article = articleOf(html);
    expect(article.text).toContain('Kept: a paragraph');
    expect(article.sourceContext.removed.map((r) => r.kind)).toEqual(['ad']);
    expect(article.contentHtml.match(/data-folio-removed=/g)).toHaveLength(1);
    expect(article.contentHtml).not.toMatch(/data-folio-(before|hint)/);
  });
});
