// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { articleBlocks, computeAnchor, scrollToAnchor } from '../../../src/ui/progress-anchor';

/**
 * jsdom does no layout, so each test lays the blocks out itself: every block
 * gets a height, stacked from the top of the page, and the window scrolls.
 */
let scrollY = 0;
function layout(root: HTMLElement, heights: number[], viewHeight = 600): void {
  const blocks = articleBlocks(root);
  expect(blocks).toHaveLength(heights.length);
  const tops: number[] = [];
  heights.reduce((top, h, i) => ((tops[i] = top), top + h), 100);
  blocks.forEach((el, i) => {
    el.getBoundingClientRect = () => rect(tops[i]! - scrollY, heights[i]!);
  });
  const total = heights.reduce((a, b) => a + b, 0);
  root.getBoundingClientRect = () => rect(100 - scrollY, total);
  Object.defineProperty(window, 'innerHeight', { value: viewHeight, configurable: true });
}
function rect(top: number, height: number): DOMRect {
  return { top, bottom: top + height, height, left: 0, right: 600, width: 600, x: 0, y: top } as DOMRect;
}

const paragraphs = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} says something unique number ${i}.</p>`).join('');

beforeEach(() => {
  scrollY = 0;
  Object.defineProperty(window, 'scrollY', { get: () => scrollY, configurable: true });
  window.scrollTo = ((x: number, y: number) => void (scrollY = y)) as typeof window.scrollTo;
});

function article(html: string): HTMLElement {
  // DOMParser builds an inert document; its body's nodes move into ours.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.createElement('article');
  root.append(...Array.from(parsed.body.childNodes));
  document.body.replaceChildren(root);
  return root;
}

describe('articleBlocks', () => {
  it('takes leaf blocks only and skips empty ones', () => {
    const root = article('<h2>Head</h2><blockquote><p>Inner</p></blockquote><ul><li>One</li></ul><p> </p>');
    expect(articleBlocks(root).map((el) => el.textContent)).toEqual(['Head', 'Inner', 'One']);
  });
});

describe('computeAnchor', () => {
  it('anchors to the block at the top of the view, with the offset into it', () => {
    const root = article(paragraphs(10));
    layout(root, Array(10).fill(200));
    scrollY = 100 + 3 * 200 + 50; // a quarter into paragraph 3
    const anchor = computeAnchor(root);
    expect(anchor.block).toBe(3);
    expect(anchor.quote).toBe('Paragraph 3 says something unique number 3.');
    expect(anchor.offset).toBeCloseTo(0.25);
    expect(anchor.percent).toBeGreaterThan(0.3);
    expect(anchor.percent).toBeLessThan(0.8);
    expect(anchor.at).toBeGreaterThan(0);
  });

  it('gives block 0 at the top and percent 1 at the end', () => {
    const root = article(paragraphs(3));
    layout(root, [100, 100, 100]);
    expect(computeAnchor(root)).toMatchObject({ block: 0, offset: 0, percent: 1 });
  });

  it('copes with an article without blocks', () => {
    const root = article('');
    expect(computeAnchor(root)).toMatchObject({ block: 0, quote: '', percent: 0 });
  });
});

describe('scrollToAnchor', () => {
  it('round-trips: scrolls back to where computeAnchor was taken', () => {
    const root = article(paragraphs(10));
    layout(root, [120, 300, 80, 220, 200, 200, 90, 400, 200, 200]);
    scrollY = 700;
    const anchor = computeAnchor(root);
    scrollY = 0;
    expect(scrollToAnchor(root, anchor)).toBe(true);
    expect(scrollY).toBeCloseTo(700, 0);
  });

  it('survives another window size: the same paragraph comes back at the top', () => {
    const root = article(paragraphs(10));
    layout(root, Array(10).fill(200));
    scrollY = 100 + 5 * 200 + 100;
    const anchor = computeAnchor(root);
    // A narrower window: every paragraph is twice as tall.
    layout(root, Array(10).fill(400), 900);
    scrollY = 0;
    expect(scrollToAnchor(root, anchor)).toBe(true);
    expect(scrollY).toBe(100 + 5 * 400 + 200);
  });

  it('repairs with the quote when blocks were added before the anchor', () => {
    const root = article(paragraphs(10));
    layout(root, Array(10).fill(100));
    scrollY = 100 + 4 * 100;
    const anchor = computeAnchor(root);
    const shifted = article('<p>A new first paragraph.</p><p>And another.</p>' + paragraphs(10));
    layout(shifted, Array(12).fill(100));
    scrollY = 0;
    expect(scrollToAnchor(shifted, anchor)).toBe(true);
    expect(scrollY).toBe(100 + 6 * 100);
  });

  it('falls back to the percentage and says so when the quote is gone', () => {
    const root = article(paragraphs(10));
    layout(root, Array(10).fill(100));
    const found = scrollToAnchor(root, { block: 40, quote: 'No such text', offset: 0, percent: 0.9, at: 1 });
    expect(found).toBe(false);
    expect(scrollY).toBe(100 + 900 - 600);
  });

  it('treats a position without a quote (an import) as a percentage only', () => {
    const root = article(paragraphs(10));
    layout(root, Array(10).fill(100));
    expect(scrollToAnchor(root, { block: 0, quote: '', offset: 0, percent: 0.8, at: 1 })).toBe(false);
    expect(scrollY).toBe(100 + 800 - 600);
  });
});
