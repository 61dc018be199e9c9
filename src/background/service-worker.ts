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
import { listHandlers } from './handlers/list-handlers';
import { readTab } from './handlers/read-tab';
import { readerHandlers } from './handlers/reader-handlers';
import { isAllowedSender } from './sender';

browser.runtime.onMessage.addListener(
  makeListener<'bg'>({ 'bg/read-tab': readTab, ...readerHandlers, ...listHandlers }, (type, sender) =>
    isAllowedSender(type as BackgroundMessage, sender, CONTENT_SCRIPT_MAY_SEND),
  ),
);

registerContextMenus();
browser.commands.onCommand.addListener(onSaveCommand);
