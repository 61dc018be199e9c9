import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../src/extract/output/text';
import { countWords } from '../../../src/extract/output/words';
import { collapsedLength, collapseSpaces, simplify } from '../../../src/extract/cleanup/dom-utils';
import { random } from '../../support/random';

function textOf(html: string, options?: { captions?: boolean }): string[] {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return articleText(document.getElementById('root') as unknown as Element, options).lines;
}

describe('plain text of the article', () => {
  it('puts every block on its own line, never gluing words', () => {
    expect(
      textOf('<div><p>one</p><p>two</p></div><h2>Three</h2><ul><li>four</li><li>five</li></ul>'),
    ).toEqual(['one', 'two', 'Three', 'four', 'five']);
    expect(textOf('<div>lead<div>inner</div>tail</div>')).toEqual(['lead', 'inner', 'tail']);
  });

  it('breaks lines at <br> and collapses white space inside a line', () => {
    expect(textOf('<p>a\n   b<br>c</p>')).toEqual(['a b', 'c']);
  });

  it('keeps the line breaks of <pre>', () => {
    expect(textOf('<pre>line 1\n  indented\n\nline 3</pre><p>after</p>')).toEqual([
      'line 1',
      '  indented',
      'line 3',
      'after',
    ]);
  });

  it('keeps table cells of a row on one line, apart', () => {
    const lines = textOf('<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>');
    expect(lines.map((l) => l.split(/\s+/).filter(Boolean))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('leaves captions out of the text unless asked', () => {
    const html =
      '<figure><img src="a.png"><figcaption>A caption</figcaption></figure><p data-folio-caption="">Credit</p><p>Body</p>';
    expect(textOf(html)).toEqual(['Body']);
    expect(textOf(html, { captions: true })).toEqual(['A caption', 'Credit', 'Body']);
  });

  it('reports the line before which each removal marker stands', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><div id="r"><p>a</p><span data-folio-removed="0"></span><p>b</p><span data-folio-removed="1"></span></div></body></html>',
    );
    const { markerLines } = articleText(document.getElementById('r') as unknown as Element);
    expect([...markerLines]).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});

describe('a removal marker in the text', () => {
  const markersOf = (html: string) => {
    const { document } = parseHTML(`<!doctype html><html><body><div id="r">${html}</div></body></html>`);
    return articleText(document.getElementById('r') as unknown as Element);
  };

  it('inside running text (a paragraph, a heading, a table row) leaves the line whole, and stands in it', () => {
    for (const html of [
      '<p>Rep. Ann Lee <span data-folio-removed="0"></span>said no.</p>',
      '<h3>Rep. Ann Lee <span data-folio-removed="0"></span>said no.</h3>',
      '<table><tbody><tr><th>Rep. Ann Lee</th><span data-folio-removed="0"></span><td>said no.</td></tr></tbody></table>',
    ]) {
      const { lines, markerLines } = markersOf(`<p>Before.</p>${html}`);
      expect(
        lines.map((l) => l.replace(/\s+/g, ' ')),
        html,
      ).toEqual(['Before.', 'Rep. Ann Lee said no.']);
      expect(markerLines.get(0), html).toBe(1);
    }
  });

  it('between blocks (in a section, a list item, between table rows) ends the line', () => {
    for (const html of [
      '<section><p>one</p>two<span data-folio-removed="0"></span>three</section>',
      '<ul><li>one<br>two<span data-folio-removed="0"></span>three</li></ul>',
      '<table><tbody><tr><td>one</td></tr><tr><td>two</td></tr><span data-folio-removed="0"></span><tr><td>three</td></tr></tbody></table>',
    ]) {
      const { lines, markerLines } = markersOf(html);
      expect(
        lines.map((l) => l.trim()),
        html,
      ).toEqual(['one', 'two', 'three']);
      expect(markerLines.get(0), html).toBe(2);
    }
  });
});

describe('word counts', () => {
  it('counts words, and CJK characters as half words', () => {
    expect(countWords("It's a well-known fact, 42 times.")).toBe(6);
    expect(countWords('中文字符')).toBe(2);
    expect(countWords('Привет, мир — 東京 café naïve 𝐁old 😀 x')).toBe(7);
  });

  // The definition the table-driven count must keep: CJK characters are half words and
  // split words; a word starts with a letter or digit and runs through marks, ' ’ _ -.
  const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
  const byRegex = (text: string) =>
    (text.replace(CJK, ' ').match(WORD)?.length ?? 0) + Math.round((text.match(CJK)?.length ?? 0) / 2);

  it('agrees with the definition on every character the table knows before any is met', () => {
    // ASCII and common typographic marks are classed when the module loads, without the
    // Unicode expressions: each must be classed as the definition classes it.
    const known = [
      ...Array.from({ length: 0x80 }, (_, code) => code),
      0xa0,
      0x2013,
      0x2014,
      0x2018,
      0x2019,
      0x201c,
      0x201d,
      0x2026,
    ];
    for (const code of known) {
      const ch = String.fromCharCode(code);
      for (const text of [`a${ch}b`, `${ch}b`, `${ch}`, `7${ch}${ch}x`])
        expect(countWords(text), `U+${code.toString(16)} in ${JSON.stringify(text)}`).toBe(byRegex(text));
    }
  });

  it('agrees with the definition (a Unicode regular expression) on mixed text', () => {
    const pieces = [
      'a',
      'Z',
      '7',
      ' ',
      '\n',
      "'",
      '’',
      '-',
      '_',
      '\u0301',
      'é',
      'ж',
      '東',
      'か',
      'カ',
      '한',
      'ا',
      '.',
      ',',
      '—',
      '\u00a0',
      '𝐁',
      '😀',
      '\ud800',
      '\udc00',
      '٣',
    ];
    const next = random(7);
    for (let n = 0; n < 500; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 40) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      expect(countWords(text), JSON.stringify(text)).toBe(byRegex(text));
    }
  });
});

describe('collapsed text length', () => {
  it('is the length of the text with whitespace runs collapsed and the ends trimmed', () => {
    const pieces = [
      'a',
      'b',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\u200b',
      'é',
      '東',
      '😀',
    ];
    const next = random(11);
    expect(collapsedLength('')).toBe(0);
    expect(collapsedLength(' \n\t ')).toBe(0);
    for (let n = 0; n < 500; n++) {
      const text = Array.from(
        { length: Math.floor(next() * 30) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      expect(collapsedLength(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim().length);
    }
  });

  it('with a cap, is exact up to the cap and above it past the cap', () => {
    const next = random(12);
    const pieces = ['a', 'bc', ' ', '  ', '\n', '\u00a0', 'é'];
    for (let n = 0; n < 2000; n++) {
      const text = Array.from(
        { length: Math.floor(next() * 20) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      const exact = text.replace(/\s+/g, ' ').trim().length;
      const cap = Math.floor(next() * 25);
      const capped = collapsedLength(text, cap);
      if (exact <= cap) expect(capped, `${JSON.stringify(text)} cap ${cap}`).toBe(exact);
      else expect(capped, `${JSON.stringify(text)} cap ${cap}`).toBeGreaterThan(cap);
    }
    // Counting stops: a page-sized text asked about a short cap is not read to its end.
    expect(collapsedLength('word '.repeat(100_000), 10)).toBe(11);
  });
});

describe('collapsing whitespace', () => {
  const pieces = [
    'a',
    'Bé',
    ' ',
    '  ',
    '\n',
    '\t',
    '\r\n',
    '\f',
    '\v',
    '\u00a0',
    '\u2003',
    '\u3000',
    '\ufeff',
    '東',
    '😀',
    '-',
    '—',
    ', ',
    '9',
  ];
  const samples = (seed: number): string[] => {
    const next = random(seed);
    return Array.from({ length: 3000 }, () =>
      Array.from({ length: Math.floor(next() * 16) }, () => pieces[Math.floor(next() * pieces.length)]).join(
        '',
      ),
    );
  };

  it('collapseSpaces gives what replacing every run of \\s gives', () => {
    for (const text of samples(31))
      expect(collapseSpaces(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('simplify gives what replacing every run of non-letters gives', () => {
    for (const text of samples(32))
      expect(simplify(text), JSON.stringify(text)).toBe(
        text
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim(),
      );
  });

  it("the article's lines collapse HTML whitespace and no-break spaces as a replace of every run would", () => {
    const texts = samples(33);
    const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
    const root = document.getElementById('root')!;
    for (const text of texts) {
      const p = document.createElement('p');
      p.textContent = text;
      root.appendChild(p);
    }
    const expected = texts.map((text) => text.replace(/[ \t\f\v\r\n\u00a0]+/g, ' ').trim()).filter(Boolean);
    expect(articleText(root as unknown as Element).lines).toEqual(expected);
  });
});
