/**
 * While Readability judges blocks for removal, Folio keeps each element's
 * text once read and forgets all of it when the article changes
 * (conditional-clean-text.ts). Every answer must be Readability's own at
 * that moment, and the article it finds the same: checked on real pages and
 * on a page whose clutter blocks are removed one after another.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it, onTestFinished } from 'vitest';
import { withBatchedLinkDensity } from '../../../src/extract/candidate-link-density';
import { withKeptTexts } from '../../../src/extract/conditional-clean-text';
import { fixture } from './helpers';
import { expectSameArticle } from './same-article';

type InnerText = (el: Element, normalizeSpaces?: boolean) => string;

const SENTENCE = 'A sentence long enough to count as prose, with a comma, and then some more words';

/** Prose with link lists between the paragraphs: Readability removes those while it judges the rest. */
const CLUTTERED = `<!doctype html><html><body><div id="story">
  ${Array.from(
    { length: 6 },
    (_, i) => `
    <div class="entry"><p>${SENTENCE} ${i}.</p><p>${SENTENCE}   again,\n\t${i}.</p></div>
    <div class="more"><ul>${Array.from({ length: 5 }, (_, k) => `<li><a href="/s${i}-${k}">Story ${k}</a></li>`).join('')}</ul></div>
    <div><h3>Heading ${i}</h3><p>${SENTENCE}</p><table><tr><td>cell ${i}</td><td><a href="#a">link</a></td></tr></table></div>`,
  ).join('')}
</div></body></html>`;

function pages(): string[] {
  return [CLUTTERED, fixture('seed-news/source.html'), fixture('pages/long-article.html')];
}

interface Asked {
  answers: number;
  wrong: string[];
  /** Texts read through Readability's own method while the memo was on or off. */
  ownReads: number;
}

function parseChecked(html: string): { asked: Asked; content: string | null | undefined } {
  const reader = new Readability(new JSDOM(html).window.document);
  const asked: Asked = { answers: 0, wrong: [], ownReads: 0 };
  const original = (Readability.prototype as unknown as { _getInnerText: InnerText })._getInnerText;
  // Counted under the kept texts: reached only when a text is not kept.
  Object.defineProperty(reader, '_getInnerText', {
    configurable: true,
    value: (el: Element, n?: boolean) => {
      asked.ownReads++;
      return original.call(reader, el, n);
    },
  });
  withKeptTexts(reader);
  const kept = (reader as unknown as { _getInnerText: InnerText })._getInnerText;
  Object.defineProperty(reader, '_getInnerText', {
    value: (el: Element, n?: boolean) => {
      const text = kept(el, n);
      asked.answers++;
      if (text !== original.call(reader, el, n)) asked.wrong.push(el.outerHTML.slice(0, 120));
      return text;
    },
  });
  return { asked, content: reader.parse()?.content };
}

describe("Readability's texts kept while it judges blocks", () => {
  it("answer exactly as Readability's own method, and spare it most reads", () => {
    for (const html of pages()) {
      const { asked, content } = parseChecked(html);
      expect(asked.wrong).toEqual([]);
      // Without kept texts every answer is a read; the cluttered page alone saves hundreds.
      expect(asked.ownReads).toBeLessThan(asked.answers);
      expect(content).toBe(new Readability(new JSDOM(html).window.document).parse()?.content);
    }
    const { asked } = parseChecked(CLUTTERED);
    expect(asked.answers - asked.ownReads).toBeGreaterThan(100);
  });

  it('leave the article Readability finds unchanged with every faster check installed', () => {
    for (const html of pages()) expectSameArticle(html);
  });

  it('forget what they kept when a block is removed', () => {
    const doc = new JSDOM(CLUTTERED).window.document;
    const reader = new Readability(doc) as unknown as {
      _getInnerText: InnerText;
      _cleanConditionally(root: Element, tag: string): void;
      _flagIsActive(flag: number): boolean;
    };
    withKeptTexts(reader);
    const story = doc.getElementById('story')!;
    const before: string[] = [];
    const after: string[] = [];
    // Readability's own pass asks the text of the story's blocks as it removes some.
    Object.defineProperty(reader, '_removeNodes', {
      value: (nodes: Element[]) => {
        before.push(reader._getInnerText(story));
        nodes[nodes.length - 1]!.remove();
        after.push(reader._getInnerText(story));
      },
    });
    reader._cleanConditionally(story, 'ul');
    expect(before).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]).toBe(story.textContent!.trim().replace(/\s{2,}/g, ' '));
    // The next block kind reuses the same observer: it still sees the next removal.
    reader._cleanConditionally(story, 'table');
    expect(before).toHaveLength(2);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]).toBe(story.textContent!.trim().replace(/\s{2,}/g, ' '));
  });

  it('make MutationObservers once for all the blocks and candidates Readability judges, and reuse them', () => {
    const { window } = new JSDOM(CLUTTERED);
    let made = 0;
    // Parsed documents have no window: their observers come from the global one, as in the content script.
    const global = globalThis as { MutationObserver?: typeof MutationObserver };
    const before = global.MutationObserver;
    global.MutationObserver = class extends window.MutationObserver {
      constructor(callback: MutationCallback) {
        super(callback);
        made++;
      }
    };
    onTestFinished(() => {
      global.MutationObserver = before;
    });
    const expected = new Readability(new JSDOM(CLUTTERED).window.document).parse()?.content;
    const parse = (): { content: string | null | undefined; cleans: number } => {
      const doc = new window.DOMParser().parseFromString(CLUTTERED, 'text/html');
      const reader = new Readability(doc);
      let cleans = 0;
      const clean = (reader as unknown as { _cleanConditionally: (root: Element, tag: string) => void })
        ._cleanConditionally;
      Object.defineProperty(reader, '_cleanConditionally', {
        configurable: true,
        value: (root: Element, tag: string) => {
          cleans++;
          clean.call(reader, root, tag);
        },
      });
      withKeptTexts(reader);
      withBatchedLinkDensity(reader);
      return { content: reader.parse()?.content, cleans };
    };
    const first = parse();
    expect(first.content).toBe(expected);
    expect(first.cleans).toBeGreaterThan(3);
    // At most one for the kept texts and one for a batch of candidates still open (candidate-link-density.ts).
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThanOrEqual(2);
    const afterFirst = made;
    // The next extraction in the same window makes none: the same observers, given back disconnected.
    expect(parse().content).toBe(expected);
    expect(made).toBe(afterFirst);
  });
});
