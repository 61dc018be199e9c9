import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageOutcome } from '../../../src/messages/outcome';
import { sampleArticle } from '../ui/support/sample-article';

vi.mock('../../../src/platform/browser', () => import('../ui/support/fake-platform'));
vi.mock('../../../src/background/handlers/read-tab', () => ({ readTab: vi.fn() }));

const { browser, resetFakeBrowser } = await import('../ui/support/fake-platform');
const { readTab } = await import('../../../src/background/handlers/read-tab');
const { onToolbarClick } = await import('../../../src/background/toolbar-click');
const { readTabHandler } = await import('../../../src/background/handlers/reader-read-tab');
const { takeClickRead } = await import('../../../src/background/handlers/click-reads');
const { getTabState } = await import('../../../src/storage/tab-state');

const URL_A = 'http://127.0.0.1/news.html';
const outcome: PageOutcome = {
  kind: 'article',
  tabId: 5,
  url: URL_A,
  article: sampleArticle({ url: URL_A }),
};
const popup = { id: 'folio-test', url: 'chrome-extension://folio-test/src/popup/index.html?tab=5' };
const readerFrame = {
  id: 'folio-test',
  url: 'chrome-extension://folio-test/src/reader/index.html?tab=5',
  tab: { id: 5 },
  frameId: 3,
};
const tab = { id: 5, windowId: 1, url: URL_A } as never;

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  resetFakeBrowser();
  vi.mocked(readTab).mockReset().mockResolvedValue(outcome);
  browser.tabs.get
    .mockReset()
    .mockResolvedValue({ id: 5, url: URL_A, favIconUrl: 'https://127.0.0.1/favicon.ico' });
  takeClickRead(5); // no read left over from another test
});

describe('the toolbar click (Chrome)', () => {
  it('opens the popup for the tab, named in its address, and leaves no popup set behind', async () => {
    onToolbarClick(tab);
    await settle();
    expect(browser.action.opened).toEqual(['src/popup/index.html?tab=5']);
    expect(browser.action.popups.get(5)).toBe('');
  });

  it('starts reading the tab at the click, and the popup gets that read instead of reading again', async () => {
    onToolbarClick(tab);
    expect(readTab).toHaveBeenCalledTimes(1);
    const answer = await readTabHandler({ tabId: 5, force: false }, popup as never);
    expect(answer).toMatchObject({ kind: 'article', favIconUrl: 'https://127.0.0.1/favicon.ico' });
    expect(readTab).toHaveBeenCalledTimes(1);
    // The read is kept for the reader too, once written.
    expect((await getTabState(5))?.outcome).toMatchObject({ kind: 'article', url: URL_A });
  });

  it('gives the click’s read once: the popup opened again later reads the page again', async () => {
    onToolbarClick(tab);
    await readTabHandler({ tabId: 5, force: false }, popup as never);
    await readTabHandler({ tabId: 5, force: false }, popup as never);
    expect(readTab).toHaveBeenCalledTimes(2);
  });

  it('does not give the click’s read to "show anyway" or to a reader frame', async () => {
    onToolbarClick(tab);
    await readTabHandler({ tabId: 5, force: true }, popup as never);
    await readTabHandler({ tabId: 5, force: false }, readerFrame as never);
    expect(readTab).toHaveBeenCalledTimes(3);
    expect(vi.mocked(readTab).mock.calls[1]![0]).toEqual({ tabId: 5, force: true });
  });

  it('forgets a read the popup never asked for within ten seconds', () => {
    onToolbarClick(tab);
    expect(takeClickRead(5, Date.now() + 10_001)).toBeNull();
  });

  it('still reads the tab when the popup cannot open (no focused window)', async () => {
    browser.action.openPopup.mockRejectedValueOnce(new Error('No active browser window'));
    onToolbarClick(tab);
    await settle();
    expect(readTab).toHaveBeenCalledTimes(1);
    expect(browser.action.popups.get(5)).toBe('');
  });
});

describe('answering before the tab state is written', () => {
  it('a state read right after the answer sees the written article', async () => {
    const answer = await readTabHandler({ tabId: 5, force: false }, popup as never);
    expect(answer.kind).toBe('article');
    // No settle(): getTabState waits for the queued write itself.
    expect((await getTabState(5))?.outcome).toMatchObject({ kind: 'article' });
  });

  it('a failed write loses only the cache: the popup still gets the article', async () => {
    const set = vi
      .spyOn(browser.storage.session, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const answer = await readTabHandler({ tabId: 5, force: false }, popup as never);
    expect(answer.kind).toBe('article');
    expect(await getTabState(5)).toBeNull();
    set.mockRestore();
  });
});
