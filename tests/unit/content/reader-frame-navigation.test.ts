// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => import('../ui/support/fake-platform'));

const { hideReader, isReaderShown, showReader } = await import('../../../src/content/reader-frame');

beforeEach(() => {
  hideReader();
  document.body.innerHTML = '<p>The page</p>';
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
  })) as unknown as typeof window.matchMedia;
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});

describe('the reader frame', () => {
  it('is dropped, and the page restored, when something navigates it away from the reader', () => {
    // The shadow root is closed; catch it as it is made, as only Folio's own code could.
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    showReader('src/reader/index.html?tab=5');
    const root = attach.mock.results[0]!.value as ShadowRoot;
    attach.mockRestore();
    const frame = root.querySelector('iframe')!;
    frame.dispatchEvent(new Event('load')); // the reader page itself
    expect(isReaderShown()).toBe(true);
    frame.dispatchEvent(new Event('load')); // a second document in Folio's frame
    expect(isReaderShown()).toBe(false);
    expect(document.querySelector('folio-reader')).toBeNull();
    expect(document.documentElement.getAttribute('style')).toBeNull();
  });
});
