// @vitest-environment jsdom
import type DOMPurifyModule from 'dompurify';
import { describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { mount, settle } from './support/render';

// Counts the sanitizations of the DOMPurify instance SafeHtml makes for its window.
const counted = vi.hoisted(() => ({ sanitized: 0 }));
vi.mock('dompurify', async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof DOMPurifyModule }>()).default;
  const factory = (win: Window) => {
    const purify = real(win as never);
    const sanitize = purify.sanitize.bind(purify);
    purify.sanitize = ((...args: Parameters<typeof sanitize>) => {
      counted.sanitized++;
      return sanitize(...args);
    }) as typeof purify.sanitize;
    return purify;
  };
  return { default: factory };
});

vi.mock('../../../src/platform/browser', () => import('./support/fake-platform'));

const { SafeHtml } = await import('../../../src/ui/safe-html');

/** The sanitized HTML as a document body, to read its elements' attributes. */
const parse = (html: string): HTMLElement => new DOMParser().parseFromString(html, 'text/html').body;

describe('SafeHtml', () => {
  it('sanitizes a page’s HTML once, however often the view around it renders again', async () => {
    let rerender: (n: number) => void = () => undefined;
    let html: (value: string) => void = () => undefined;
    function View() {
      const [count, setCount] = useState(0);
      const [source, setSource] = useState('<p onclick="alert(1)">Hello <img src=x onerror="alert(2)"></p>');
      rerender = setCount;
      html = setSource;
      return (
        <div data-renders={count}>
          <SafeHtml html={source} />
        </div>
      );
    }
    const root = await mount(<View />);
    expect(root.innerHTML).not.toMatch(/onclick|onerror/);
    expect(root.querySelector('p')?.textContent).toBe('Hello ');
    const first = counted.sanitized;
    expect(first).toBe(1);
    for (let n = 1; n <= 3; n++) await act(() => rerender(n));
    await settle();
    expect(root.querySelector('[data-renders="3"]')).not.toBeNull();
    expect(counted.sanitized).toBe(first);
    // Other HTML is sanitized, once.
    await act(() => html('<p>Other <a href="javascript:alert(3)">text</a></p>'));
    await settle();
    expect(root.querySelector('p')?.textContent).toBe('Other text');
    expect(root.innerHTML).not.toContain('javascript:');
    expect(counted.sanitized).toBe(first + 1);
  });

  it("drops the page's widgets, states, references and tab stops, and keeps what still names content", async () => {
    const { sanitize } = await import('../../../src/ui/safe-html');
    const box = parse(
      sanitize(
        '<div role="slider" aria-valuenow="x" tabindex="3" aria-labelledby="gone"><p aria-hidden="true">Text</p></div>' +
          '<ul role="tablist" aria-label="Tabs"><li>One</li></ul>' +
          '<a href="https://a.example/" aria-label="Home page" aria-describedby="gone"><img src="https://a.example/a.png"></a>' +
          '<img src="https://a.example/b.png" aria-label="Traders on the floor" aria-describedby="gone">' +
          '<span role="img" aria-label="A cat">🐈</span><div contenteditable="true" spellcheck="false" tabindex="-1">x</div>',
      ),
    );
    const attributes = (selector: string) => box.querySelector(selector)!.getAttributeNames().sort();
    expect(attributes('div')).toEqual([]);
    expect(attributes('p')).toEqual(['aria-hidden']);
    expect(attributes('ul')).toEqual([]);
    expect(attributes('a')).toEqual(['aria-label', 'href', 'rel', 'target']);
    expect(attributes('span')).toEqual(['aria-label', 'role']);
    expect(attributes('img[src$="b.png"]')).toEqual([
      'aria-label',
      'decoding',
      'loading',
      'referrerpolicy',
      'src',
    ]);
    expect(box.querySelector('div[contenteditable]')).toBeNull();
    expect(box.querySelectorAll('[tabindex]')).toHaveLength(0);
  });

  it('makes code blocks and tables, which scroll sideways in their own box, reachable from the keyboard', async () => {
    const { sanitize } = await import('../../../src/ui/safe-html');
    const box = parse(sanitize('<pre tabindex="-1">code</pre><table><tr><td>1</td></tr></table><p>text</p>'));
    expect(box.querySelector('pre')!.getAttribute('tabindex')).toBe('0');
    expect(box.querySelector('table')!.getAttribute('tabindex')).toBe('0');
    expect(box.querySelector('p')!.hasAttribute('tabindex')).toBe(false);
  });

  it('takes a link around nothing out of the tab order and the accessibility tree', async () => {
    const { sanitize } = await import('../../../src/ui/safe-html');
    const box = parse(
      sanitize(
        '<p><a href="https://ad.example/x"> <br></a><a href="https://a.example/">Text</a>' +
          '<a href="https://a.example/p.jpg"><img src="https://a.example/p.jpg" alt=""></a></p>',
      ),
    );
    const [empty, text, picture] = Array.from(box.querySelectorAll('a'));
    expect([empty!.getAttribute('tabindex'), empty!.getAttribute('aria-hidden')]).toEqual(['-1', 'true']);
    expect(text!.hasAttribute('tabindex') || text!.hasAttribute('aria-hidden')).toBe(false);
    expect(picture!.hasAttribute('tabindex') || picture!.hasAttribute('aria-hidden')).toBe(false);
  });

  it('names a link whose only content is a picture the page did not describe', async () => {
    const { sanitize } = await import('../../../src/ui/safe-html');
    const box = parse(
      sanitize(
        '<a href="https://cdn.example/p.jpg?w=2"><img src="https://cdn.example/t.jpg" alt=""></a>' +
          '<a href="https://www.shop.example/deal"><img src="https://cdn.example/d.png"></a>' +
          '<a href="https://a.example/"><img src="https://a.example/a.png" alt="A described cat"></a>' +
          '<a href="https://a.example/" aria-label="Home"><img src="https://a.example/a.png"></a>',
      ),
    );
    expect(Array.from(box.querySelectorAll('a'), (a) => a.getAttribute('aria-label'))).toEqual([
      'The picture at full size',
      'Picture, a link to shop.example',
      null,
      'Home',
    ]);
  });
});
