import { describe, expect, it, vi } from 'vitest';

const ORIGIN = 'chrome-extension://folioid/';
vi.mock('../../src/platform/browser', () => ({
  browser: { runtime: { id: 'folioid', getURL: (path: string) => ORIGIN + path } },
}));

const { isAllowedSender } = await import('../../src/background/sender');
const contentMaySend = new Set(['bg/read-tab'] as const);

describe('isAllowedSender', () => {
  it('accepts Folio’s own pages, also when framed inside a web page', () => {
    expect(
      isAllowedSender(
        'bg/save-article',
        { id: 'folioid', url: `${ORIGIN}src/popup/index.html` },
        contentMaySend,
      ),
    ).toBe(true);
    expect(
      isAllowedSender(
        'bg/save-article',
        {
          id: 'folioid',
          url: `${ORIGIN}src/reader/index.html?tab=3`,
          tab: { url: 'https://news.example/' } as never,
        },
        contentMaySend,
      ),
    ).toBe(true);
  });

  it('refuses other extensions, whatever they claim', () => {
    expect(
      isAllowedSender('bg/read-tab', { id: 'evil', url: `${ORIGIN}src/popup/index.html` }, contentMaySend),
    ).toBe(false);
  });

  it('lets the content script (a page context) send only the listed messages', () => {
    const contentScript = { id: 'folioid', url: 'https://news.example/a', tab: { id: 3 } as never };
    expect(isAllowedSender('bg/read-tab', contentScript, contentMaySend)).toBe(true);
    expect(isAllowedSender('bg/save-article', contentScript, contentMaySend)).toBe(false);
    expect(isAllowedSender('bg/set-progress', contentScript, contentMaySend)).toBe(false);
  });

  it('refuses a page address that only looks like Folio’s', () => {
    expect(
      isAllowedSender(
        'bg/save-article',
        { id: 'folioid', url: 'https://evil.example/chrome-extension://folioid/', tab: { id: 1 } as never },
        contentMaySend,
      ),
    ).toBe(false);
  });
});
