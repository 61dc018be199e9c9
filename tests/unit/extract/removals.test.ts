/**
 * Removals keeps each block's text once read (the cleanup passes ask for
 * the same blocks one after another) and forgets it for every element that
 * held a block it removes.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Removals } from '../../../src/extract/cleanup/removals';

function article(): Document {
  return new JSDOM(
    `<body><div id="root"><section id="s"><p id="a">First  block.</p><p id="b">Second
      block.</p></section><p id="c">Third block.</p></div></body>`,
  ).window.document;
}

describe('Removals.text', () => {
  it('gives the block text, whitespace collapsed', () => {
    const doc = article();
    const removals = new Removals();
    expect(removals.text(doc.getElementById('b')!)).toBe('Second block.');
    expect(removals.text(doc.getElementById('s')!)).toBe('First block.Second block.');
  });

  it('reads each element once: a change made behind its back is not seen', () => {
    const doc = article();
    const removals = new Removals();
    const a = doc.getElementById('a')!;
    expect(removals.text(a)).toBe('First block.');
    a.textContent = 'Changed without Removals.';
    expect(removals.text(a)).toBe('First block.');
  });

  it('forgets the text of everything that held a removed block, and only that', () => {
    const doc = article();
    const removals = new Removals();
    const [root, s, a, b, c] = ['root', 's', 'a', 'b', 'c'].map((id) => doc.getElementById(id)!);
    for (const el of [root!, s!, a!, b!, c!]) removals.text(el);
    // Changed behind Removals' back: only a re-read would show these.
    a!.textContent = 'First, edited.';
    c!.textContent = 'Third, edited.';
    removals.remove(b!, 'promo');
    expect(removals.text(s!)).toBe('First, edited.');
    expect(removals.text(root!)).toBe('First, edited.Third, edited.');
    // Not an ancestor of the removed block: still the text read first.
    expect(removals.text(a!)).toBe('First block.');
    expect(removals.text(c!)).toBe('Third block.');
    // The removed block keeps its own text.
    expect(removals.text(b!)).toBe('Second block.');
  });
});
