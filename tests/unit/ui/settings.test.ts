import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => import('./support/fake-platform'));

const { browser, resetFakeBrowser } = await import('./support/fake-platform');
const settings = await import('../../../src/storage/settings');
const { DEFAULT_SETTINGS, loadSettings, migrateSettings, saveSettings, watchSettings, SETTINGS_KEY } =
  settings;

beforeEach(resetFakeBrowser);

describe('typography settings', () => {
  it('default to the system theme, a serif font and comfortable numbers', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keep valid fields and replace junk field by field', () => {
    expect(migrateSettings({ theme: 'sepia', font: 'comic', size: 99, width: 80, lineHeight: 'x' })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'sepia',
      width: 80,
    });
    expect(migrateSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings('dark')).toEqual(DEFAULT_SETTINGS);
  });

  it('are stored in storage.sync with their schema version', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark', font: 'dyslexic', size: 22 });
    expect(browser.storage.sync.data.get(SETTINGS_KEY)).toEqual({
      version: 1,
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      font: 'dyslexic',
      size: 22,
    });
    expect(await loadSettings()).toMatchObject({ theme: 'dark', font: 'dyslexic', size: 22 });
  });

  it('tell every open page when they change', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.theme));
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    await browser.storage.session.set({ other: 1 });
    stop();
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(seen).toEqual(['sepia']);
  });
});
