/** Keyboard commands (manifest `commands`; people can change the keys in the browser's shortcut settings). */
import { browser } from '../platform/browser';
import type { Tabs } from '../platform/browser';
import { setReaderMode } from './handlers/reader-toggle';

export async function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  if (command !== 'toggle-reader') return;
  // A command grants activeTab on the active tab, exactly as a toolbar click does.
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await setReaderMode(tabId).catch(() => undefined);
}
