import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageOutcome } from '../../../src/messages/outcome';
import { sampleArticle } from '../ui/support/sample-article';

vi.mock('../../../src/platform/browser', () => import('../ui/support/fake-platform'));
vi.mock('../../../src/messages/send', () => ({ sendToTab: vi.fn(), sendToBackground: vi.fn() }));
vi.mock('../../../src/background/handlers/read-tab', () => ({ readTab: vi.fn() }));

const { browser, resetFakeBrowser } = await import('../ui/support/fake-platform');
const { sendToTab } = await import('../../../src/messages/send');
const { readTab } = await import('../../../src/background/handlers/read-tab');
const { readerHandlers } = await import('../../../src/background/handlers/reader-handlers');
const { onCommand } = await import('../../../src/background/commands');
const { getTabState, updateTabState } = await import('../../../src/storage/tab-state');
const { readTabAndRemember, readTabHandler } =
  await import('../../../src/background/handlers/reader-read-tab');

const URL_A = 'http://127.0.0.1/news.html';
const article = sampleArticle({ url: URL_A });
const outcome: PageOutcome = { kind: 'article', tabId: 5, url: URL_A, article };
const popup = { id: 'folio-test', url: 'chrome-extension://folio-test/src/popup/index.html' };

/** The page's content script, as the worker sees it: is the frame there? What was it asked, in order? */
const page = { frame: false, alive: true, asked: [] as string[] };

/** readTab as the worker sees it: the read is recorded among the page's messages. */
function readsAs(result: PageOutcome) {
  return async () => {
    page.asked.push('read');
    return result;
  };
}

beforeEach(() => {
  resetFakeBrowser();
  page.frame = false;
  page.alive = true;
  page.asked = [];
  vi.mocked(readTab).mockReset().mockImplementation(readsAs(outcome));
  browser.tabs.get
    .mockReset()
    .mockResolvedValue({ id: 5, url: URL_A, favIconUrl: 'https://127.0.0.1/favicon.ico' });
  vi.mocked(sendToTab)
    .mockReset()
    .mockImplementation((async (_tab: number, type: string) => {
      if (!page.alive) throw new Error('Could not establish connection. Receiving end does not exist.');
      page.asked.push(type);
      if (type === 'content/show-reader') page.frame = true;
      if (type === 'content/release-reader') return { released: true };
      if (type === 'content/prepare-reader') return { prepared: true };
      if (type === 'content/hide-reader') page.frame = false;
      if (type === 'content/show-original') {
        page.frame = false;
        return { found: true };
      }
      return { on: page.frame };
    }) as never);
});

const toggle = (on?: boolean, sender: object = popup) =>
  readerHandlers['bg/toggle-reader'](on === undefined ? { tabId: 5 } : { tabId: 5, on }, sender as never);

describe('reader mode in a tab', () => {
  it('reads the page when nothing is cached, shows the frame and remembers it in storage.session', async () => {
    expect(await toggle()).toEqual({ on: true });
    expect(readTab).toHaveBeenCalledTimes(1);
    expect(sendToTab).toHaveBeenCalledWith(5, 'content/show-reader', {
      framePath: 'src/reader/index.html?tab=5',
    });
    const state = await getTabState(5);
    expect(state).toMatchObject({ on: true, url: URL_A, favIconUrl: 'https://127.0.0.1/favicon.ico' });
    expect(state?.outcome).toMatchObject({ kind: 'article', url: URL_A });
  });

  it('drops a frame prepared for an earlier read before it shows the page read again', async () => {
    // The popup read the page and prepared the frame; then the page went to another address.
    await updateTabState(5, { url: 'http://127.0.0.1/older.html', outcome });
    expect(await toggle()).toEqual({ on: true });
    expect(page.asked.filter((type) => type !== 'content/reader-state')).toEqual([
      'read',
      'content/release-reader',
      'content/show-reader',
    ]);
  });

  it('reuses the extraction the popup just made', async () => {
    await updateTabState(5, { url: URL_A, outcome });
    await toggle();
    expect(readTab).not.toHaveBeenCalled();
    expect(page.frame).toBe(true);
  });

  it('reads again when the tab shows another address, or the content script is gone', async () => {
    await updateTabState(5, { url: 'http://127.0.0.1/older.html', outcome });
    await toggle();
    expect(readTab).toHaveBeenCalledTimes(1);
    await toggle(false);
    page.alive = false;
    vi.mocked(readTab).mockImplementation(async () => {
      page.alive = true; // reading injects the content script again
      return outcome;
    });
    expect(await toggle()).toEqual({ on: true });
    expect(readTab).toHaveBeenCalledTimes(2);
  });

  it('toggles off, and reports off when the page was reloaded under the frame', async () => {
    await toggle();
    expect(await toggle()).toEqual({ on: false });
    expect(page.frame).toBe(false);
    await toggle(true);
    page.alive = false;
    expect(await readerHandlers['bg/reader-state']({ tabId: 5 }, popup as never)).toEqual({ on: false });
    expect((await getTabState(5))?.on).toBe(false);
  });

  it('does not turn on where Folio cannot read', async () => {
    vi.mocked(readTab).mockResolvedValue({
      kind: 'restricted',
      url: 'chrome://version',
      place: 'browser-page',
    });
    expect(await toggle()).toEqual({ on: false });
    expect(page.frame).toBe(false);
  });

  it('gives the reader frame the cached article, and only for its own tab', async () => {
    await updateTabState(5, { url: URL_A, outcome });
    const frame = {
      id: 'folio-test',
      url: 'chrome-extension://folio-test/src/reader/index.html?tab=5',
      tab: { id: 5 },
      frameId: 3,
    };
    expect(await readerHandlers['bg/reader-article']({ tabId: 5 }, frame as never)).toMatchObject({
      kind: 'article',
    });
    const elsewhere = { ...frame, tab: { id: 9 } };
    await expect(readerHandlers['bg/reader-article']({ tabId: 5 }, elsewhere as never)).rejects.toThrow(
      /own tab/,
    );
    await expect(readerHandlers['bg/toggle-reader']({ tabId: 5 }, elsewhere as never)).rejects.toThrow(
      /own tab/,
    );
  });

  it('shows the original paragraph, lifting the reader', async () => {
    await toggle();
    expect(
      await readerHandlers['bg/show-original']({ tabId: 5, ref: '12', text: 'Some text' }, popup as never),
    ).toEqual({
      found: true,
    });
    expect(sendToTab).toHaveBeenLastCalledWith(5, 'content/show-original', { ref: '12', text: 'Some text' });
    expect((await getTabState(5))?.on).toBe(false);
  });

  it('prepares the reader hidden only for a page already read and with reader mode off', async () => {
    const prepare = () => readerHandlers['bg/prepare-reader']({ tabId: 5 }, popup as never);
    expect(await prepare()).toEqual({ prepared: false });
    await updateTabState(5, { url: URL_A, outcome });
    expect(await prepare()).toEqual({ prepared: true });
    expect(sendToTab).toHaveBeenLastCalledWith(5, 'content/prepare-reader', {
      framePath: 'src/reader/index.html?tab=5',
    });
    await toggle(true);
    expect(await prepare()).toEqual({ prepared: false });
  });

  it('is toggled by the keyboard command on the active tab', async () => {
    await onCommand('toggle-reader', { id: 5 } as never);
    expect(page.frame).toBe(true);
    await onCommand('toggle-reader', { id: 5 } as never);
    expect(page.frame).toBe(false);
    await onCommand('something-else', { id: 5 } as never);
    expect(page.frame).toBe(false);
  });

  it('says on the toolbar button why the keyboard command could not turn reader mode on', async () => {
    // No popup opens for a command: a browser page cannot be read, and the button says so.
    vi.mocked(readTab).mockImplementation(
      readsAs({ kind: 'restricted', url: 'chrome://settings/', place: 'browser-page' }),
    );
    await onCommand('toggle-reader', { id: 5 } as never);
    expect(page.frame).toBe(false);
    expect(browser.action.tabs.get(5)).toEqual({
      text: '!',
      title:
        'Reader mode could not be turned on. Folio cannot read this page: browsers do not let extensions run on the browser’s own pages.',
    });
    // The page went away while Folio read it: the worker's error, in the same words as the popup's.
    vi.mocked(readTab).mockImplementation(readsAs({ kind: 'error', message: 'tab-gone' }));
    await onCommand('toggle-reader', { id: 5 } as never);
    expect(browser.action.tabs.get(5)?.title).toMatch(/^Reader mode could not be turned on\. \S/);
    expect(browser.action.tabs.get(5)?.title).not.toContain('tab-gone');
    // The content script no longer answers: the failure itself is named.
    vi.mocked(readTab).mockImplementation(readsAs(outcome));
    page.alive = false;
    await onCommand('toggle-reader', { id: 5 } as never);
    expect(browser.action.tabs.get(5)?.title).toContain('Receiving end does not exist');
    // Once it works, the mark goes and the button's own title is back.
    page.alive = true;
    await onCommand('toggle-reader', { id: 5 } as never);
    expect(page.frame).toBe(true);
    expect(browser.action.tabs.get(5)).toEqual({ text: '', title: 'Folio: read this page' });
  });

  it('leaves a saved mark alone when the keyboard command works', async () => {
    browser.action.tabs.set(5, { text: '✓', title: 'Saved to Folio: A' });
    await onCommand('toggle-reader', { id: 5 } as never);
    expect(page.frame).toBe(true);
    expect(browser.action.tabs.get(5)).toEqual({ text: '✓', title: 'Saved to Folio: A' });
  });

  it('answers a read before the cache is written, and the next step still finds it', async () => {
    // A slow storage.session: the write of the whole article is a round trip the popup must not wait on.
    const session = browser.storage.session;
    const realSet = session.set.bind(session);
    const writes: (() => void)[] = [];
    session.set = (items) =>
      new Promise<void>((resolve) => writes.push(() => void realSet(items).then(resolve)));
    try {
      const answer = await readTabAndRemember({ tabId: 5 });
      expect(answer).toMatchObject({ kind: 'article', favIconUrl: 'https://127.0.0.1/favicon.ico' });
      await vi.waitFor(() => expect(writes).toHaveLength(1));
      expect(session.data.has('tab:5')).toBe(false);
      // What the popup does next (prepare the frame) waits for the write, and so sees the read.
      const prepared = readerHandlers['bg/prepare-reader']({ tabId: 5 }, popup as never);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(page.asked).not.toContain('content/prepare-reader');
      writes.shift()!();
      expect(await prepared).toEqual({ prepared: true });
      expect((await getTabState(5))?.outcome).toMatchObject({ kind: 'article', url: URL_A });
    } finally {
      session.set = realSet;
    }
  });

  it('forgets a tab closed while its read was being remembered', async () => {
    browser.tabs.get
      .mockResolvedValueOnce({ id: 5, url: URL_A, favIconUrl: 'https://127.0.0.1/favicon.ico' })
      .mockRejectedValueOnce(new Error('No tab with id: 5.'));
    await readTabAndRemember({ tabId: 5 });
    await vi.waitFor(() => expect(browser.tabs.get).toHaveBeenCalledTimes(2));
    await vi.waitFor(async () => expect(await getTabState(5)).toBeNull());
    expect(browser.storage.session.data.has('tab:5')).toBe(false);
  });

  it('reads the active tab of the last focused window when the popup names no tab', async () => {
    browser.tabs.query.mockResolvedValue([{ id: 5, url: URL_A }] as never);
    const answer = await readTabHandler({ force: true }, popup as never);
    expect(browser.tabs.query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(vi.mocked(readTab)).toHaveBeenCalledWith({ tabId: 5, force: true });
    expect(answer).toMatchObject({ kind: 'article', tabId: 5 });
  });

  it('says there is no tab to read when no window has an active tab', async () => {
    browser.tabs.query.mockResolvedValue([] as never);
    expect(await readTabHandler({}, popup as never)).toEqual({ kind: 'error', message: 'no-tab' });
    expect(vi.mocked(readTab)).not.toHaveBeenCalled();
  });

  it('lets a framed reader read only its own tab, also when it names none', async () => {
    const framed = { ...popup, url: `${popup.url}?tab=3`, tab: { id: 3 }, frameId: 4 };
    browser.tabs.query.mockResolvedValue([{ id: 5, url: URL_A }] as never);
    await expect(readTabHandler({}, framed as never)).rejects.toThrow(/only act on its own tab/);
    expect(vi.mocked(readTab)).not.toHaveBeenCalled();
  });
});
