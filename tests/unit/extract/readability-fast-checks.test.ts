/**
 * Folio installs cheaper versions of two of Readability's checks on its own
 * Readability instance (run-readability.ts). They must answer exactly as
 * Readability's own do: compared here on every element of real pages and of
 * pages written to reach each edge (whitespace of every kind, br/hr only,
 * comments, templates, bylines by rel, itemprop and class).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { withFastChecks } from '../../../src/extract/run-readability';
import { fixture } from './helpers';
import { expectSameArticle } from './same-article';

type Checks = {
  _isElementWithoutContent(node: Element): boolean;
  _isValidByline(node: Element, matchString: string): boolean;
};

const EDGES = `
  <div id="empty"></div>
  <div>   \n\t  </div>
  <div>\u00a0</div>
  <div>\u3000\u2028\ufeff</div>
  <div>\u200b</div>
  <section><br><hr><br></section>
  <div><span> </span><br></div>
  <div><span><br></span></div>
  <div><!-- a comment with words --></div>
  <div><template>hidden words</template></div>
  <header><div><div>  </div></div><p> x </p></header>
  <h2>   </h2>
  <h3><img src="a.png"></h3>
  <div>   <b>  </b>   <i>text at the end</i></div>
  <svg><text>svg text</text></svg>
  <a rel="author" href="/me">Jane Doe</a>
  <a rel="author" href="/me">   </a>
  <span itemprop="author">John Roe</span>
  <span itemprop="creator authorName">Ann Example</span>
  <p class="byline">By Sam Writer</p>
  <p class="byline">${'A byline far too long to be one. '.repeat(5)}</p>
  <div id="author-box">Written by Kim</div>
  <div class="dateline"></div>
  <p>Just a paragraph of text, not a byline at all.</p>
`;

function pages(): string[] {
  return [
    `<!doctype html><html><body>${EDGES}</body></html>`,
    fixture('seed-news/source.html'),
    fixture('pages/long-article.html'),
  ];
}

function compare(html: string): { empty: boolean[]; byline: boolean[] } {
  const { document } = new JSDOM(html).window;
  const original = new Readability(document.cloneNode(true) as Document) as unknown as Checks;
  const fast = new Readability(document.cloneNode(true) as Document) as unknown as Checks;
  withFastChecks(fast);
  expect(fast._isElementWithoutContent).not.toBe(original._isElementWithoutContent);
  expect(fast._isValidByline).not.toBe(original._isValidByline);
  const empty: boolean[] = [];
  const byline: boolean[] = [];
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const theirs = original._isElementWithoutContent(el);
    expect(fast._isElementWithoutContent(el), el.outerHTML.slice(0, 200)).toBe(theirs);
    empty.push(theirs);
    const matchString = `${el.className as unknown as string} ${el.id}`;
    const theirByline = original._isValidByline(el, matchString);
    expect(fast._isValidByline(el, matchString), el.outerHTML.slice(0, 200)).toBe(theirByline);
    byline.push(theirByline);
  }
  return { empty, byline };
}

describe("Readability's content and byline checks, answered cheaper", () => {
  it('give the same answers as Readability on every element of the edge cases and of real pages', () => {
    const all = pages().map(compare);
    // Both answers occur for each check: the comparison does test something.
    expect(new Set(all.flatMap((r) => r.empty))).toEqual(new Set([true, false]));
    expect(new Set(all.flatMap((r) => r.byline))).toEqual(new Set([true, false]));
    expect(all[1]!.empty.length + all[2]!.empty.length).toBeGreaterThan(1000);
  });

  it('are still methods Readability has (an upgrade that renames them shows here)', () => {
    const proto = Readability.prototype as unknown as Partial<Checks> & { REGEXPS?: { byline?: unknown } };
    expect(typeof proto._isElementWithoutContent).toBe('function');
    expect(typeof proto._isValidByline).toBe('function');
    expect(proto.REGEXPS?.byline).toBeInstanceOf(RegExp);
  });

  it('leave the article Readability finds unchanged', () => {
    for (const html of pages().slice(1)) expectSameArticle(html);
  });
});

describe("Readability's style cleaning, done with fewer calls", () => {
  const STYLED = `<!doctype html><html><body><div id="root" align="center" style="color: red" data-x="1">
    <table border="1" cellpadding="2" cellspacing="0" width="600" height="20" bgcolor="#fff" class="t">
      <tr valign="top"><td width="50%" align="left" background="x.png">cell</td><th height="4">head</th></tr>
    </table>
    <p hspace="3" vspace="4" frame="box" rules="all">text <img src="a.png" width="300" height="200" align="right"></p>
    <pre width="80" style="x">code</pre><hr width="50%" size="2">
    <svg width="10" height="10" style="fill: red"><rect align="x" style="y" width="5"></rect></svg>
    <math><mi style="z" align="left">x</mi></math>
    <span>no attributes</span>
  </div></body></html>`;

  it('leaves exactly what Readability leaves', () => {
    for (const html of [STYLED, fixture('seed-news/source.html'), fixture('pages/long-article.html')]) {
      const [theirs, ours] = [0, 1].map(() => new JSDOM(html).window.document);
      const original = new Readability(theirs!) as unknown as { _cleanStyles(e: Element): void };
      const fast = new Readability(ours!) as unknown as { _cleanStyles(e: Element): void };
      withFastChecks(fast);
      expect(fast._cleanStyles).not.toBe(original._cleanStyles);
      original._cleanStyles(theirs!.body);
      fast._cleanStyles(ours!.body);
      expect(ours!.body.outerHTML).toBe(theirs!.body.outerHTML);
      if (html === STYLED) {
        // The comparison tests something: attributes went, and some stayed.
        expect(ours!.body.outerHTML).not.toContain('bgcolor');
        expect(ours!.body.outerHTML).toContain('<svg width="10" height="10" style="fill: red">');
        expect(ours!.querySelector('img')!.getAttribute('width')).toBe('300');
      }
    }
  });
});
