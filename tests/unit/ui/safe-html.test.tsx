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

const { SafeHtml } = await import('../../../src/ui/safe-html');

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
});
