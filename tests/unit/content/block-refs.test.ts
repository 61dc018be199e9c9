// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tagBlocks } from '../../../src/content/block-refs';
import { findByText } from '../../../src/content/find-text';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.body.innerHTML = html; // eslint-disable-line no-unsanitized/property -- test fixture
  return doc;
}

describe('tagBlocks', () => {
  it('tags the blocks of the clone and keeps their live twins', () => {
    const live = page(
      '<nav><a href="/">Home</a></nav><article><h1>Title</h1><p>One <b>bold</b></p><ul><li>Item</li></ul></article>',
    );
    const clone = live.cloneNode(true) as Document;
    const blocks = tagBlocks(live, clone);
    const tagged = [...clone.querySelectorAll('[data-folio-ref]')].map(
      (el) => `${el.getAttribute('data-folio-ref')}:${el.tagName}`,
    );
    expect(tagged).toEqual(['0:ARTICLE', '1:H1', '2:P', '3:UL', '4:LI']);
    for (const el of clone.querySelectorAll('[data-folio-ref]')) {
      const twin = blocks.get(el.getAttribute('data-folio-ref')!)!;
      expect(twin.ownerDocument).toBe(live);
      expect(twin.outerHTML).toBe(el.outerHTML.replace(/ data-folio-ref="\d+"/g, ''));
    }
    // The live page is never changed.
    expect(live.querySelector('[data-folio-ref]')).toBeNull();
  });

  it('stops pairing where the two trees differ, rather than pair the wrong elements', () => {
    const live = page('<p>One</p><div><p>Two</p></div>');
    const clone = live.cloneNode(true) as Document;
    clone.querySelector('div')!.replaceWith(clone.createElement('section'));
    const blocks = tagBlocks(live, clone);
    expect([...blocks.keys()]).toEqual(['0']);
  });
});

describe('findByText', () => {
  it('finds the smallest element holding the start of a paragraph', () => {
    const doc = page(
      '<main><div><p>First  paragraph,\n with <i>emphasis</i> and more.</p></div><p>Second</p></main>',
    );
    expect(findByText(doc, 'First paragraph, with emphasis and more.')?.tagName).toBe('P');
  });

  it('prefers the first occurrence and ignores scripts', () => {
    const doc = page(
      '<script>var s = "Repeated text here"</script><p id="a">Repeated text here</p><p id="b">Repeated text here</p>',
    );
    expect(findByText(doc, 'Repeated text here')?.id).toBe('a');
  });

  it('finds nothing for text that is not there', () => {
    expect(findByText(page('<p>Something</p>'), 'Nothing like it')).toBeNull();
  });
});
