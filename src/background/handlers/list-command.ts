import { browser } from '../../platform/browser';
import { saveTab } from './list-save-tab';

type CommandListener = Parameters<typeof browser.commands.onCommand.addListener>[0];

/**
 * The `save-article` keyboard command (Alt+Shift+S): saves the active tab.
 * Pressing a command's keys grants activeTab, as a toolbar click does. Other
 * commands (toggle-reader) belong to their own listener and are ignored here.
 */
export const onSaveCommand: CommandListener = (command, tab) => {
  if (command !== 'save-article') return;
  void (async () => {
    const id = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    if (id !== undefined) await saveTab(id);
  })();
};
