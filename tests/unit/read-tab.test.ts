import { beforeEach, describe, expect, it, vi } from 'vitest';

// The worker's tab reading with a fake browser: how each failure is told.
const tabs = new Map<number, { id: number; url?: string; status?: string }>();
const sendMessage = vi.fn();
const executeScript = vi.fn();

vi.mock('../../src/content/content-script.ts?script&iife', () => ({
  default: 'src/content/content-script.js',
}));
vi.mock('../../src/platform/browser', () => ({
  browser: {
    tabs: {
      get: async (id: number) => {
        const tab = tabs.get(id);
        if (!tab) throw new Error(`No tab with id: ${id}.`);
        return { ...tab };
      },
      sendMessage: (...args: unknown[]) => sendMessage(...args),
    },
    scripting: { executeScript: (...args: unknown[]) => executeScript(...args) },
  },
}));

const { readTab } = await import('../../src/background/handlers/read-tab');
const NEWS = 'https://news.example/a';
const reply = (value: unknown) => ({ ok: true, value });

beforeEach(() => {
  tabs.clear();
  tabs.set(1, { id: 1, url: NEWS, status: 'complete' });
  sendMessage.mockReset();
  executeScript.mockReset().mockResolvedValue([]);
});

describe('readTab', () => {
  it('injects the content script only when none answers, then extracts', async () => {
    sendMessage.mockRejectedValueOnce(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    sendMessage.mockResolvedValueOnce(reply({ kind: 'not-article', code: 'not-readerable', reason: 'No.' }));
    // The code travels with the reason: the interface says it in its own words.
    expect(await readTab({ tabId: 1 })).toEqual({
      kind: 'not-article',
      tabId: 1,
      url: NEWS,
      reason: 'No.',
      code: 'not-readerable',
    });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('asks the content script for what the read asks: force, and a very large page', async () => {
    sendMessage.mockResolvedValue(reply({ kind: 'not-article', code: 'very-large', reason: 'Large.' }));
    await readTab({ tabId: 1 });
    await readTab({ tabId: 1, force: true });
    await readTab({ tabId: 1, large: true });
    const extracts = sendMessage.mock.calls
      .map(([, message]) => message as { type: string; payload?: unknown })
      .filter((message) => message.type === 'content/extract');
    expect(extracts.map((message) => message.payload)).toEqual([
      { force: false, large: false },
      { force: true, large: false },
      { force: false, large: true },
    ]);
  });

  it("passes on a failed extraction's own error message, for the interface's sentence", async () => {
    sendMessage.mockResolvedValueOnce(reply({ version: '0.1.0' }));
    const failed = {
      kind: 'not-article',
      code: 'failed',
      reason: 'Extraction failed on this page: boom',
      detail: 'boom',
    };
    sendMessage.mockResolvedValueOnce(reply(failed));
    expect(await readTab({ tabId: 1 })).toEqual({ ...failed, tabId: 1, url: NEWS });
  });

  it('reuses a content script that answers, and injects none on a restricted page', async () => {
    sendMessage.mockResolvedValueOnce(reply({ version: '0.1.0' }));
    sendMessage.mockResolvedValueOnce(reply({ kind: 'not-article', code: 'not-readerable', reason: 'No.' }));
    expect((await readTab({ tabId: 1 })).kind).toBe('not-article');
    expect(sendMessage.mock.calls.map(([, message]) => (message as { type: string }).type)).toEqual([
      'content/ping',
      'content/extract',
    ]);
    tabs.set(2, { id: 2, url: 'chrome://settings/', status: 'complete' });
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection.'));
    expect((await readTab({ tabId: 2 })).kind).toBe('restricted');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('a tab closed while Folio reads it is told as such', async () => {
    sendMessage.mockResolvedValueOnce(reply({ version: '0.1.0' }));
    sendMessage.mockImplementationOnce(async () => {
      tabs.delete(1);
      throw new Error('The message port closed before a response was received.');
    });
    expect(await readTab({ tabId: 1 })).toEqual({ kind: 'error', message: 'tab-gone' });
  });

  it('a tab that navigated away while Folio reads it is told as such', async () => {
    sendMessage.mockResolvedValueOnce(reply({ version: '0.1.0' }));
    sendMessage.mockImplementationOnce(async () => {
      tabs.set(1, { id: 1, url: 'https://news.example/b', status: 'loading' });
      throw new Error('The message port closed before a response was received.');
    });
    expect(await readTab({ tabId: 1 })).toEqual({ kind: 'error', message: 'tab-navigated' });
  });

  it('an injection refused on a protected page is a restricted place, other failures keep their message', async () => {
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    // A web address refused: an error page (or a site closed to extensions), with its own sentence.
    executeScript.mockRejectedValueOnce(new Error('Missing host permission for the tab'));
    expect(await readTab({ tabId: 1 })).toEqual({ kind: 'restricted', url: NEWS, place: 'refused' });
    // No address (Chromium hides it on its error pages, about:blank, view-source:…): the general place.
    tabs.set(1, { id: 1, status: 'complete' });
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    expect(await readTab({ tabId: 1 })).toEqual({ kind: 'restricted', url: null, place: 'protected' });
    tabs.set(1, { id: 1, url: NEWS, status: 'complete' });
    executeScript.mockRejectedValueOnce(new Error('Something unusual'));
    expect(await readTab({ tabId: 1 })).toEqual({ kind: 'error', message: 'Something unusual' });
  });

  it('a page whose extraction never answers gets a clear "too slow" after the time limit', async () => {
    vi.useFakeTimers();
    try {
      sendMessage.mockResolvedValueOnce(reply({ version: '0.1.0' }));
      sendMessage.mockReturnValueOnce(new Promise(() => undefined));
      const result = readTab({ tabId: 1 });
      await vi.advanceTimersByTimeAsync(16_000);
      expect(await result).toEqual({ kind: 'error', message: 'too-slow' });
    } finally {
      vi.useRealTimers();
    }
  });

  // A page stopped by a dialog it opened (alert, confirm) answers nothing until the person closes
  // it: neither the ping nor the injection settles. The read must still end with a sentence.
  it.each([
    ['the ping', () => sendMessage.mockReturnValueOnce(new Promise(() => undefined))],
    [
      'the injection',
      () => {
        sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
        executeScript.mockReturnValueOnce(new Promise(() => undefined));
      },
    ],
  ])('a page that never answers %s gets "too slow" after the same time limit', async (_step, stall) => {
    vi.useFakeTimers();
    try {
      // Its parsing stopped by the dialog, the page is still loading: that is no navigation.
      tabs.set(1, { id: 1, url: NEWS, status: 'loading' });
      stall();
      let settled = false;
      const result = readTab({ tabId: 1 }).finally(() => (settled = true));
      await vi.advanceTimersByTimeAsync(14_000);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(await result).toEqual({ kind: 'error', message: 'too-slow' });
    } finally {
      vi.useRealTimers();
    }
  });
});
