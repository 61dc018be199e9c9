// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => import('../ui/support/fake-platform'));

const { hideReader, isReaderShown, prepareReader, releaseReader, showReader } =
  await import('../../../src/content/reader-frame');

beforeEach(() => {
  document.documentElement.removeAttribute('style');
  document.body.innerHTML = '<p>The page</p><button id="b">Focus me</button>';
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
  })) as unknown as typeof window.matchMedia;
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});

describe('reader mode on the page', () => {
  it('covers the page with the reader frame and restores the page exactly', () => {
    document.documentElement.setAttribute('style', 'color: red');
    const before = document.documentElement.outerHTML;
    const button = document.getElementById('b')!;
    button.focus();
    Object.defineProperty(window, 'scrollY', { value: 640, configurable: true });

    expect(showReader('src/reader/index.html?tab=5')).toBe(true);
    expect(isReaderShown()).toBe(true);
    const host = document.querySelector('folio-reader') as HTMLElement;
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyPriority('z-index')).toBe('important');
    // Closed shadow root: page scripts cannot reach the frame.
    expect(host.shadowRoot).toBeNull();
    expect(document.documentElement.style.getPropertyValue('overflow')).toBe('hidden');

    expect(hideReader()).toBe(true);
    expect(isReaderShown()).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(window.scrollTo).toHaveBeenCalledWith({ left: 0, top: 640, behavior: 'instant' });
    expect(document.activeElement).toBe(button);
  });

  it('leaves no style attribute behind when the page had none', () => {
    const before = document.documentElement.outerHTML;
    showReader('src/reader/index.html?tab=5');
    hideReader();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('refuses to frame anything but the reader page', () => {
    expect(showReader('src/list/index.html')).toBe(false);
    expect(document.querySelector('folio-reader')).toBeNull();
  });

  it('shows one frame however often it is asked', () => {
    showReader('src/reader/index.html?tab=5');
    showReader('src/reader/index.html?tab=5');
    expect(document.querySelectorAll('folio-reader')).toHaveLength(1);
    hideReader();
    expect(hideReader()).toBe(false);
  });

  it('prepares the frame hidden while the popup is open, and reveals that same frame', () => {
    const before = document.documentElement.outerHTML;
    expect(prepareReader('src/reader/index.html?tab=5')).toBe(true);
    const host = document.querySelector('folio-reader') as HTMLElement;
    expect(host.style.getPropertyValue('display')).toBe('none');
    expect(isReaderShown()).toBe(false);
    expect(document.documentElement.style.getPropertyValue('overflow')).toBe('');

    showReader('src/reader/index.html?tab=5');
    expect(document.querySelectorAll('folio-reader')).toHaveLength(1);
    expect(document.querySelector('folio-reader')).toBe(host);
    expect(host.style.getPropertyValue('display')).toBe('block');
    expect(isReaderShown()).toBe(true);
    hideReader();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('drops a prepared frame when the popup closes, or after a minute, but never a shown one', () => {
    vi.useFakeTimers();
    try {
      const before = document.documentElement.outerHTML;
      prepareReader('src/reader/index.html?tab=5');
      expect(releaseReader()).toBe(true);
      expect(document.documentElement.outerHTML).toBe(before);

      prepareReader('src/reader/index.html?tab=5');
      vi.advanceTimersByTime(60_000);
      expect(document.querySelector('folio-reader')).toBeNull();

      prepareReader('src/reader/index.html?tab=5');
      showReader('src/reader/index.html?tab=5');
      expect(releaseReader()).toBe(false);
      vi.advanceTimersByTime(120_000);
      expect(isReaderShown()).toBe(true);
      hideReader();
    } finally {
      vi.useRealTimers();
    }
  });
});
