import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => import('../ui/support/fake-platform'));

const { browser, resetFakeBrowser } = await import('../ui/support/fake-platform');
const { getTabState, removeTabState, updateTabState } = await import('../../../src/storage/tab-state');

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
});
