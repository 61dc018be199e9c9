/** Keyboard commands (manifest `commands`; people can change the keys in the browser's shortcut settings). */
import { outcomeSentence } from '../messages/outcome-sentence';
import { browser, t } from '../platform/browser';
import type { Tabs } from '../platform/browser';
import { setReaderMode } from './handlers/reader-toggle';
import { clearProblemBadge, showBadge } from './toolbar-badge';

export async function onCommand(command: string, tab: Tabs.Tab | undefined): Promise<void> {
  if (command !== 'toggle-reader') return;
  // A command grants activeTab on the active tab, exactly as a toolbar click does.
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  // No popup opens for a command: when the page cannot be read, the toolbar button says why.
  try {
    const { unreadable } = await setReaderMode(tabId);
    if (unreadable) await showBadge(tabId, '!', t('badgeReaderFailed', outcomeSentence(unreadable)));
    else await clearProblemBadge(tabId);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await showBadge(tabId, '!', t('badgeReaderFailed', t('injectionFailed', message)));
  }
}
