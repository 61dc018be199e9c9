import { describe, expect, it } from 'vitest';
import { classifyInjectionError, restrictedPlace } from '../../src/background/restricted-url';

describe('restrictedPlace', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['about:preferences', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['file:///home/me/paper.pdf', 'pdf'],
    ['file:///home/me/page.html', 'file'],
    ['moz-extension://abc/popup.html', 'extension-page'],
  ])('%s is %s', (url, place) => {
    expect(restrictedPlace(url)).toBe(place);
  });

  it.each(['https://example.com/news/1', 'http://127.0.0.1:8080/a.html', 'https://chrome.google.com/search'])(
    '%s may be read',
    (url) => {
      expect(restrictedPlace(url)).toBeNull();
    },
  );

  it('an unknown address is tried, not refused', () => {
    expect(restrictedPlace(undefined)).toBeNull();
    expect(restrictedPlace('not a url')).toBeNull();
  });
});

describe('classifyInjectionError', () => {
  it('recognises the browsers’ refusals', () => {
    expect(classifyInjectionError('Cannot access a chrome:// URL')).toBe('browser-page');
    expect(classifyInjectionError('The extensions gallery cannot be scripted.')).toBe('store');
    expect(
      classifyInjectionError(
        'Cannot access contents of url "file:///x". Extension manifest must request permission to access this host.',
      ),
    ).toBe('file');
  });
  it('leaves other failures as errors', () => {
    expect(classifyInjectionError('Frame with ID 0 was removed.')).toBeNull();
  });
});

describe('classifyInjectionError on pages whose address is hidden', () => {
  it('treats a bare refusal as a protected page', () => {
    expect(
      classifyInjectionError(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    ).toBe('protected');
    expect(classifyInjectionError('Missing host permission for the tab')).toBe('protected');
  });
});
