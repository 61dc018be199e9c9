/**
 * walkElements (extract/walk.ts) is the walk under the survey, the attribute
 * limits and the sanitizer's pass: every element under the root once, in
 * document order, with its depth, and nothing outside the root. Compared with
 * the browser's own TreeWalker on random trees, walked from the document and
 * from elements inside it (whose following siblings must not be visited).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { walkElements } from '../../../src/extract/walk';
import { random } from '../../support/random';

/** A random tree of elements and text, up to `depth` levels below. */
function randomTree(next: () => number, depth: number): string {
  const count = Math.floor(next() * 4);
  let html = '';
  for (let i = 0; i < count; i++) {
    if (next() < 0.2) html += 'text';
    const tag = ['div', 'p', 'span', 'section', 'b'][Math.floor(next() * 5)]!;
    html += `<${tag}>${depth > 0 ? randomTree(next, depth - 1) : ''}</${tag}>`;
  }
  return html;
}

/** Every element under `root` with its depth below it, by the browser's TreeWalker. */
function expected(root: Element): [Element, number][] {
  const doc = root.ownerDocument;
  const out: [Element, number][] = [];
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let depth = 0;
    for (let up: Node | null = node; up && up !== root; up = up.parentNode) depth++;
    out.push([node as Element, depth]);
  }
  return out;
}

describe('walkElements', () => {
  it('visits every element under the root once, in document order, with its depth', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const doc = new JSDOM(`<!doctype html><body>${randomTree(next, 6)}</body>`).window.document;
      const all = Array.from(doc.body.querySelectorAll('*'));
      // The body, and elements inside the tree: the walk must stop at the root's end.
      for (const root of [doc.body, ...all.filter(() => next() < 0.2)]) {
        // Compared by position in the document: equality of elements alone would pass two empty <b>s swapped.
        const at = (pairs: [Element, number][]) => pairs.map(([el, depth]) => [all.indexOf(el), depth]);
        const seen: [Element, number][] = [];
        walkElements(root, (el, depth) => void seen.push([el, depth]));
        expect(at(seen)).toEqual(at(expected(root)));
      }
    }
  });

  it('stops when the visit returns false', () => {
    const doc = new JSDOM('<!doctype html><body><div><p></p></div><span></span></body>').window.document;
    const seen: string[] = [];
    walkElements(doc.body, (el) => {
      seen.push(el.tagName);
      return el.tagName !== 'P';
    });
    expect(seen).toEqual(['DIV', 'P']);
  });
});
