/**
 * Folio answers four of Readability's questions about the page's tree with
 * fewer DOM calls (readability-tree-checks.ts). Each must answer exactly as
 * Readability's own does: compared here on every node of pages written to
 * reach the edges and of real pages, and on the articles that come out.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { withFastChecks } from '../../../src/extract/run-readability';
import { fixture } from './helpers';
import { expectSameArticle } from './same-article';

type TreeChecks = {
  _hasSingleTagInsideElement(element: Element, tag: string): boolean;
  _hasChildBlockElement(element: Element): boolean;
  _isPhrasingContent(node: Node): boolean;
  _isWhitespace(node: Node): boolean;
};
const NAMES = [
  '_hasSingleTagInsideElement',
  '_hasChildBlockElement',
  '_isPhrasingContent',
  '_isWhitespace',
] as const;

const EDGES = `
  <div><p>one</p></div>
  <div> \n <p>spaced</p> \t </div>
  <div>before<p>text first</p></div>
  <div><p>one</p>tail </div>
  <div><p>one</p> tail</div>
  <div><p>a</p><p>b</p></div>
  <div><span>inline</span> text</div>
  <div><a href="#">link <b>bold</b></a></div>
  <div><a href="#"><div>a block in a link</div></a></div>
  <div><del>old</del><ins><p>new</p></ins><ins>new <em>words</em></ins></div>
  <div><!-- a comment --><p>after a comment</p></div>
  <section><section>nested</section></section>
  <div><div><span><img src="a.png"></span></div></div>
  <div><table><tbody><tr><td>cell</td></tr></tbody></table></div>
  <div><svg><circle r="1"></circle><text>svg text</text></svg></div>
  <div>\u00a0\u3000 \u2028</div>
  <div>\u200b</div>
  <div>\ufeff</div>
  <div>x<br> <br>y</div>
  <p><template><p>templated</p></template></p>
  <div><math><mi>x</mi></math></div>
  <div><blockquote>q</blockquote></div>
  <div><ul><li>i</li></ul><dl><dt>t</dt></dl><ol><li>o</li></ol><pre>p</pre></div>
`;

function pages(): string[] {
  return [
    `<!doctype html><html><body>${EDGES}</body></html>`,
    fixture('seed-news/source.html'),
    fixture('pages/long-article.html'),
  ];
}

function allNodes(doc: Document): Node[] {
  const walker = doc.createTreeWalker(doc, 0xffffffff);
  const nodes: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

describe("Readability's questions about the tree, answered with fewer DOM calls", () => {
  it('give the same answers as Readability on every node of the edge cases and of real pages', () => {
    const seen = new Map<string, Set<boolean>>();
    const note = (name: string, answer: boolean): void => {
      if (!seen.has(name)) seen.set(name, new Set());
      seen.get(name)!.add(answer);
    };
    let compared = 0;
    for (const html of pages()) {
      const { document } = new JSDOM(html).window;
      const original = new Readability(document.cloneNode(true) as Document) as unknown as TreeChecks;
      const fast = new Readability(document.cloneNode(true) as Document) as unknown as TreeChecks;
      withFastChecks(fast);
      for (const name of NAMES) expect(fast[name], name).not.toBe(original[name]);
      for (const node of allNodes(document)) {
        const where =
          node.nodeType === 1 ? (node as Element).outerHTML.slice(0, 120) : JSON.stringify(node.nodeValue);
        const theirs = original._isPhrasingContent(node);
        expect(fast._isPhrasingContent(node), `phrasing ${where}`).toBe(theirs);
        note('phrasing', theirs);
        const space = original._isWhitespace(node);
        expect(fast._isWhitespace(node), `whitespace ${where}`).toBe(space);
        note('whitespace', space);
        compared++;
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        const block = original._hasChildBlockElement(el);
        expect(fast._hasChildBlockElement(el), `block ${where}`).toBe(block);
        note('block', block);
        for (const tag of ['P', 'DIV', 'SECTION', 'TBODY', 'TR', 'TD']) {
          const single = original._hasSingleTagInsideElement(el, tag);
          expect(fast._hasSingleTagInsideElement(el, tag), `single ${tag} ${where}`).toBe(single);
          note('single', single);
        }
      }
    }
    // Both answers occur for every question: the comparison does test something.
    for (const name of ['phrasing', 'whitespace', 'block', 'single'])
      expect(seen.get(name), name).toEqual(new Set([true, false]));
    expect(compared).toBeGreaterThan(2000);
  });

  it('are still methods Readability has, with the lists they read (an upgrade that renames them shows here)', () => {
    const proto = Readability.prototype as unknown as Partial<TreeChecks> & {
      REGEXPS?: { hasContent?: unknown };
      PHRASING_ELEMS?: unknown;
      DIV_TO_P_ELEMS?: unknown;
    };
    for (const name of NAMES) expect(typeof proto[name], name).toBe('function');
    expect(proto.REGEXPS?.hasContent).toBeInstanceOf(RegExp);
    expect(Array.isArray(proto.PHRASING_ELEMS)).toBe(true);
    expect(proto.DIV_TO_P_ELEMS).toBeInstanceOf(Set);
  });

  it('leave the article Readability finds unchanged', () => {
    for (const html of pages()) expectSameArticle(html);
  });
});
