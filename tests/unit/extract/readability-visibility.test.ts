import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { withFastVisibility } from '../../../src/extract/run-readability';

type Check = { _isProbablyVisible(node: Element): boolean };

const ELEMENTS = `
  <p id="plain">a</p>
  <p style="display:none">b</p>
  <p style="visibility: hidden">c</p>
  <p style="color: red">d</p>
  <p style="">e</p>
  <p hidden>f</p>
  <p hidden="false">g</p>
  <p aria-hidden="true">h</p>
  <p aria-hidden="false">i</p>
  <p aria-hidden="TRUE">j</p>
  <img aria-hidden="true" class="mwe-math-fallback-image-inline" src="x.png">
  <span aria-hidden="true" class="other">k</span>
  <svg aria-hidden="true" class="fallback-image"><circle r="1"></circle></svg>
  <svg style="display:none"></svg>
  <math aria-hidden="true"><mi>x</mi></math>
  <div style="display:none" aria-hidden="true" hidden>l</div>
`;

describe("Readability's visibility check, answered from attributes", () => {
  it('gives the same answer as Readability on every kind of element', () => {
    const { document } = new JSDOM(`<!doctype html><html><body>${ELEMENTS}</body></html>`).window;
    const original = new Readability(document.cloneNode(true) as Document) as unknown as Check;
    const fast = new Readability(document.cloneNode(true) as Document) as unknown as Check;
    withFastVisibility(fast);
    expect(fast._isProbablyVisible).not.toBe(original._isProbablyVisible);
    const elements = Array.from(document.body.querySelectorAll('*'));
    expect(elements.length).toBeGreaterThan(15);
    // Readability is read for truth only (it may answer with a falsy class name).
    const answers = elements.map((el) => [
      fast._isProbablyVisible(el),
      Boolean(original._isProbablyVisible(el)),
    ]);
    for (const [i, [mine, theirs]] of answers.entries()) expect(mine, elements[i]!.outerHTML).toBe(theirs);
    // Both answers occur: the cases do test something.
    expect(new Set(answers.map(([a]) => a))).toEqual(new Set([true, false]));
  });

  it('is still a method Readability calls (an upgrade that renames it shows here)', () => {
    expect(typeof (Readability.prototype as unknown as Partial<Check>)._isProbablyVisible).toBe('function');
    const { document } = new JSDOM(
      `<!doctype html><html><body><article><p>${'Visible words in a paragraph of the story. '.repeat(20)}</p><p style="display:none">${'Hidden words. '.repeat(40)}</p></article></body></html>`,
    ).window;
    const reader = new Readability(document);
    withFastVisibility(reader);
    const text = reader.parse()?.textContent ?? '';
    expect(text).toContain('Visible words');
    expect(text).not.toContain('Hidden words');
  });
});
