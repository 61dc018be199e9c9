/**
 * Folio answers Readability's link-density question for its candidates from
 * one walk (candidate-link-density.ts). Every answer must be exactly
 * Readability's own, asked at the same moment: compared here on real pages
 * and on a page written to reach the edges (whitespace of every kind at
 * element edges, links within the page, links in links, SVG links, empty
 * candidates, comments and templates).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { measureCandidates, withBatchedLinkDensity } from '../../../src/extract/candidate-link-density';
import { fixture } from './helpers';

type Density = (el: Element) => number;
type WithDensity = { _getLinkDensity: Density };

const PARAGRAPH = 'A sentence long enough to count, with commas, and more words after them';

const EDGES = `
  <div id="main">
    <div class="story">
      <p>  ${PARAGRAPH} <a href="#note">a note\u00a0 within</a>  </p>
      <p>\u3000${PARAGRAPH}<a href="https://elsewhere.example/">  a source </a>\n\t</p>
      <p>${PARAGRAPH} <a href="/local"><b> nested <a href="#x">inner</a></b></a> end</p>
      <p>${PARAGRAPH}<!-- a comment, not text --><template>not text either</template></p>
      <div><p>${PARAGRAPH} <svg><a href="#svg"><text>svg link</text></a></svg></p></div>
      <p>${PARAGRAPH}\u2028\u2029\ufeff<a href="#">hash alone</a><a>no address</a></p>
    </div>
    <section><p>${PARAGRAPH}</p><div><p>   </p></div><p>${PARAGRAPH}, ${PARAGRAPH}</p></section>
  </div>
`;

function pages(): string[] {
  return [
    `<!doctype html><html><body>${EDGES}</body></html>`,
    fixture('seed-news/source.html'),
    fixture('pages/long-article.html'),
    fixture('pages/not-article.html'),
  ];
}

interface Asked {
  answers: { fast: number; own: number; html: string }[];
  /** Calls that reached Readability's own method through the batched one. */
  ownCalls: number;
}

/** Parses `html` with Readability, the batched method checked against Readability's own at each call. */
function parseChecked(html: string): Asked {
  const doc = new JSDOM(html).window.document;
  const reader = new Readability(doc);
  const asked: Asked = { answers: [], ownCalls: 0 };
  const original = (Readability.prototype as unknown as WithDensity)._getLinkDensity;
  // Counted before the batched method wraps it: it calls this one only when not batching.
  Object.defineProperty(reader, '_getLinkDensity', {
    configurable: true,
    value: (el: Element) => {
      asked.ownCalls++;
      return original.call(reader, el);
    },
  });
  withBatchedLinkDensity(reader);
  const fast = (reader as unknown as WithDensity)._getLinkDensity;
  Object.defineProperty(reader, '_getLinkDensity', {
    value: (el: Element) => {
      const answer = fast(el);
      asked.answers.push({ fast: answer, own: original.call(reader, el), html: el.outerHTML.slice(0, 120) });
      return answer;
    },
  });
  reader.parse();
  return asked;
}

describe("Readability's link density of its candidates, read in one walk", () => {
  it("answers exactly as Readability's own method, and answers most calls itself", () => {
    let batched = 0;
    for (const html of pages()) {
      const { answers, ownCalls } = parseChecked(html);
      for (const { fast, own, html: where } of answers) expect(fast, where).toBe(own);
      batched += answers.length - ownCalls;
    }
    // Most candidate loops are answered from the walk (without it, none would be).
    expect(batched).toBeGreaterThan(10);
  });

  it('measures text as Readability does: trimmed, each run of whitespace one character, links weighed', () => {
    const doc = new JSDOM(`<!doctype html><body>${EDGES}</body>`).window.document;
    const all = Array.from(doc.querySelectorAll('div, p, section, a, b'));
    const hashUrl = /^#.+/;
    const { terms, measured } = measureCandidates(all, hashUrl);
    const innerLength = (el: Element) => (el.textContent ?? '').trim().replace(/\s{2,}/g, ' ').length;
    for (const el of all) {
      const m = measured.get(el)!;
      expect(m.textLength, el.outerHTML.slice(0, 80)).toBe(innerLength(el));
      const links = Array.from(el.getElementsByTagName('a'));
      expect(m.endLink - m.firstLink).toBe(links.length);
      links.forEach((a, i) => {
        const weight = hashUrl.test(a.getAttribute('href') ?? '') ? 0.3 : 1;
        expect(terms[m.firstLink + i]).toBe(innerLength(a) * weight);
      });
    }
  });

  it('leaves Readability to answer once the page has changed', () => {
    const doc = new JSDOM(`<!doctype html><body>${EDGES}</body>`).window.document;
    const reader = new Readability(doc) as unknown as WithDensity & { _initializeNode(el: Element): void };
    withBatchedLinkDensity(reader);
    const [first, second, third] = Array.from(doc.querySelectorAll('.story > p'));
    for (const el of [first!, second!, third!]) reader._initializeNode(el);
    const own = (Readability.prototype as unknown as WithDensity)._getLinkDensity;
    expect(reader._getLinkDensity(first!)).toBe(own.call(reader, first!));
    // Half of the second paragraph's text becomes link text: the walk's figure is stale.
    const link = doc.createElement('a');
    link.textContent = PARAGRAPH;
    second!.append(link);
    const after = reader._getLinkDensity(second!);
    expect(after).toBe(own.call(reader, second!));
    expect(after).toBeGreaterThan(0.3);
  });
});
