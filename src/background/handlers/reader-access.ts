import type { Runtime } from '../../platform/browser';

/**
 * Which tabs a sender may act on. The popup is in no tab and acts on the tab
 * it names; a Folio page open in a tab of its own (top frame) likewise. The
 * reader framed inside a web page acts only on the tab it is framed in, so a
 * page that somehow framed Folio's reader could not reach other tabs with it.
 */
export function mayActOnTab(sender: Runtime.MessageSender, tabId: number): boolean {
  if (!sender.tab) return true;
  if (sender.frameId === 0) return true;
  return sender.tab.id === tabId;
}

export function assertMayActOnTab(sender: Runtime.MessageSender, tabId: number): void {
  if (!mayActOnTab(sender, tabId)) throw new Error('Refused: a reader frame may only act on its own tab.');
}
