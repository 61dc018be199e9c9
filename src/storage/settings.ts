/**
 * Typography and theme settings, shared by the popup and the reader through
 * `storage.sync` (so they follow the person across devices). Stored with a
 * schema version; anything unknown or out of range falls back to the default
 * rather than breaking a page, because another device may run another version.
 */
import { browser } from '../platform/browser';
import {
  migrateSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  DEFAULT_SETTINGS,
  type ReaderSettings,
} from '../ui/settings-schema';

export * from '../ui/settings-schema';

export async function loadSettings(): Promise<ReaderSettings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return migrateSettings(stored[SETTINGS_KEY]);
  } catch {
    // storage.sync can be disabled by policy; the defaults still read well.
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: ReaderSettings): Promise<void> {
  await browser.storage.sync.set({
    [SETTINGS_KEY]: { version: SETTINGS_VERSION, ...migrateSettings(settings) },
  });
}

/** Calls `listener` whenever the settings change (in this or another extension page). */
export function watchSettings(listener: (settings: ReaderSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[SETTINGS_KEY]) listener(migrateSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
