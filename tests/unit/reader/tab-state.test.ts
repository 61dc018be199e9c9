import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => import('../ui/support/fake-platform'));

const { browser, resetFakeBrowser } = await import('../ui/support/fake-platform');
const { getTabState, removeTabState, setSessionValue, updateTabState } =
  await import('../../../src/storage/tab-state');

beforeEach(resetFakeBrowser);

describe('per-tab reader state', () => {
  it('lives in storage.session, merged field by field', async () => {
    await updateTabState(3, { url: 'http://a/' });
    await updateTabState(3, { on: true });
    expect(await getTabState(3)).toMatchObject({ version: 1, on: true, url: 'http://a/', outcome: null });
    expect(browser.storage.session.data.has('tab:3')).toBe(true);
    expect(browser.storage.local.data.size).toBe(0);
  });

  it('keeps concurrent changes (writes are serialized)', async () => {
    await Promise.all([updateTabState(4, { on: true }), updateTabState(4, { url: 'http://b/' })]);
    expect(await getTabState(4)).toMatchObject({ on: true, url: 'http://b/' });
  });

  it('drops a state of an unknown version, and is removed with its tab', async () => {
    await browser.storage.session.set({ 'tab:6': { version: 99, on: true } });
    expect(await getTabState(6)).toBeNull();
    await updateTabState(7, { on: true });
    await removeTabState(7);
    expect(await getTabState(7)).toBeNull();
  });

  describe('when storage.session is full (10 MB in Chromium)', () => {
    const article = (chars: number) =>
      ({ kind: 'not-article', tabId: 1, url: 'http://a/', reason: 'x'.repeat(chars) }) as const;
    const QUOTA = 10_000;
    const session = browser.storage.session;
    const realSet = session.set.bind(session);
    beforeEach(() => {
      // Chromium's answer once the area would hold more than its quota.
      session.set = async (items) => {
        const after = new Map(session.data);
        for (const [key, value] of Object.entries(items)) after.set(key, value);
        if (JSON.stringify([...after]).length > QUOTA)
          throw new Error('Session storage quota bytes exceeded. Values were not stored.');
        return realSet(items);
      };
      return () => {
        session.set = realSet;
      };
    });

    it("drops other tabs' cached articles, least recently updated first, and keeps their flags", async () => {
      await updateTabState(1, { on: true, url: 'http://a/1', outcome: article(4_000) });
      await updateTabState(2, { url: 'http://a/2', outcome: article(4_000) });
      await updateTabState(3, { url: 'http://a/3', outcome: article(4_000) });
      expect(await getTabState(3)).toMatchObject({
        url: 'http://a/3',
        outcome: { reason: 'x'.repeat(4_000) },
      });
      expect(await getTabState(1)).toMatchObject({ on: true, url: 'http://a/1', outcome: null });
      expect((await getTabState(2))?.outcome).toMatchObject({ kind: 'not-article' });
    });

    it('keeps the flag without the article when the article alone is too big', async () => {
      await updateTabState(4, { url: 'http://a/2', outcome: article(2_000) });
      const state = await updateTabState(5, { on: true, url: 'http://a/5', outcome: article(20_000) });
      expect(state).toMatchObject({ on: true, outcome: null });
      expect(await getTabState(5)).toMatchObject({ on: true, url: 'http://a/5', outcome: null });
      expect((await getTabState(4))?.outcome).toBeNull();
    });

    it("makes room the same way for the worker's other values, and says when one cannot fit", async () => {
      await updateTabState(1, { on: true, url: 'http://a/1', outcome: article(4_000) });
      await updateTabState(2, { url: 'http://a/2', outcome: article(4_000) });
      expect(await setSessionValue('syncDue', 'y'.repeat(3_000))).toBe(true);
      expect(session.data.get('syncDue')).toBe('y'.repeat(3_000));
      expect(await getTabState(1)).toMatchObject({ on: true, outcome: null });
      expect((await getTabState(2))?.outcome).toMatchObject({ kind: 'not-article' });
      expect(await setSessionValue('other', 'z'.repeat(20_000))).toBe(false);
      expect(session.data.has('other')).toBe(false);
    });
  });
});
