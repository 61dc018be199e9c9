import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('./fake-platform'));
import './setup';
import { registerSync } from '../../../src/background/sync-listeners';
import { SHARD_PREFIX } from '../../../src/storage/list-shards';
import { getTabState, updateTabState } from '../../../src/storage/tab-state';
import { FakeArea, itemBytes, type AreaLimits } from './fake-browser';
import { browser } from './fake-platform';

describe('the sync-due mark', () => {
  it("is kept when tabs' cached articles fill storage.session: the oldest cache makes room", async () => {
    // The flush timer stays pending: this test is about the mark a stopped worker finds.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const limits: AreaLimits = {};
      const session = new FakeArea('session', limits);
      browser.storage.session = session;
      const outcome = (tabId: number) =>
        ({ kind: 'not-article', tabId, url: `http://a/${tabId}`, reason: 'x'.repeat(4_900) }) as const;
      await updateTabState(1, { on: true, url: 'http://a/1', outcome: outcome(1) });
      await updateTabState(2, { url: 'http://a/2', outcome: outcome(2) });
      // Full: a few bytes left, less than the mark needs.
      limits.quotaBytes = [...session.data].reduce((sum, [key, value]) => sum + itemBytes(key, value), 5);
      registerSync();
      // A list change: what marks sync as due.
      await browser.storage.local.set({ [`${SHARD_PREFIX}00`]: { v: 1 } });
      for (let i = 0; i < 50 && !session.data.has('syncDue'); i++)
        await new Promise((resolve) => setImmediate(resolve));
      expect(session.data.get('syncDue')).toEqual(expect.any(Number));
      expect(await getTabState(1)).toMatchObject({ on: true, url: 'http://a/1', outcome: null });
      expect((await getTabState(2))?.outcome).toMatchObject({ kind: 'not-article', tabId: 2 });
    } finally {
      vi.clearAllTimers();
      vi.useRealTimers();
    }
  });
});
