/**
 * The background worker only registers listeners, synchronously at the top
 * level: MV3 stops it at will and wakes it for an event, so nothing here may
 * depend on state kept in memory.
 */
import { makeListener } from '../messages/handle';
import { CONTENT_SCRIPT_MAY_SEND } from '../messages/protocol';
import type { BackgroundMessage } from '../messages/protocol';
import { browser } from '../platform/browser';
import { registerContextMenus } from './context-menus';
import { onSaveCommand } from './handlers/list-command';
import { removeTabState } from '../storage/tab-state';
import { onCommand } from './commands';
import { listHandlers } from './handlers/list-handlers';
import { readerHandlers } from './handlers/reader-handlers';
import { readTabHandler } from './handlers/reader-read-tab';
import { isAllowedSender } from './sender';
import { registerSync } from './sync-listeners';

browser.runtime.onMessage.addListener(
  makeListener<'bg'>({ 'bg/read-tab': readTabHandler, ...readerHandlers, ...listHandlers }, (type, sender) =>
    isAllowedSender(type as BackgroundMessage, sender, CONTENT_SCRIPT_MAY_SEND),
  ),
);

browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
// Reader state and the cached article of a closed tab are of no use to anyone.
browser.tabs.onRemoved.addListener((tabId) => void removeTabState(tabId).catch(() => undefined));

// A shown reader's content script keeps a port open only to learn when Folio
// is updated under it (see src/content/orphans.ts); nothing is sent over it.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== 'folio-reader-watch') port.disconnect();
});

registerContextMenus();
browser.commands.onCommand.addListener(onSaveCommand);
registerSync();
