// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => import('../ui/support/fake-platform'));

const platform = await import('../ui/support/fake-platform');
const { hideReader, isReaderShown, showReader } = await import('../../../src/content/reader-frame');

beforeEach(() => {
  hideReader();
  platform.context.alive = true;
  document.documentElement.removeAttribute('style');
  document.body.innerHTML = '<p>The page</p>';
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
  })) as unknown as typeof window.matchMedia;
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});

describe('a reader left behind by an updated Folio', () => {
  it('hides itself when its extension context dies under it', () => {
    showReader('src/reader/index.html?tab=5');
    platform.fakePort.disconnect(); // the worker stopped: the context is alive, the reader stays
    expect(isReaderShown()).toBe(true);
    hideReader();

    showReader('src/reader/index.html?tab=5');
    platform.context.alive = false; // Folio was updated: the next check finds the context gone
    platform.fakePort.disconnect();
    expect(isReaderShown()).toBe(false);
    expect(document.querySelector('folio-reader')).toBeNull();
    expect(document.documentElement.getAttribute('style')).toBeNull();
  });

  it('is removed by the next Folio, which restores the page the old one saved', () => {
    // What an older content script left: its host, with the page it saved.
    const old = document.createElement('folio-reader');
    old.setAttribute(
      'data-folio-page',
      JSON.stringify({ scrollX: 0, scrollY: 321, overflow: { value: '', priority: '', attribute: null } }),
    );
    document.documentElement.append(old);
    document.documentElement.style.setProperty('overflow', 'hidden', 'important');

    showReader('src/reader/index.html?tab=5');
    expect(document.querySelectorAll('folio-reader')).toHaveLength(1);
    expect(document.querySelector('folio-reader')).not.toBe(old);
    expect(window.scrollTo).toHaveBeenCalledWith({ left: 0, top: 321, behavior: 'instant' });
    hideReader();
    // The page is back as it was before the old reader: no style left on the root.
    expect(document.documentElement.getAttribute('style')).toBeNull();
  });
});
