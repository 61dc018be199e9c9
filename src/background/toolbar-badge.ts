/**
 * Folio's answer to a keyboard command or a menu, which open no popup: a mark
 * on its toolbar button in that tab (✓ or !), the sentence in the button's
 * tooltip. The one place that needs no popup and no extra permission.
 */
import { browser, t } from '../platform/browser';

export async function showBadge(tabId: number, mark: '✓' | '!', sentence: string): Promise<void> {
  // The tab may have closed meanwhile: nothing left to tell.
  await browser.action.setBadgeText({ tabId, text: mark }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: sentence }).catch(() => undefined);
}

/** Takes back an earlier "!" once a command has worked (a "✓" for a saved page stays). */
export async function clearProblemBadge(tabId: number): Promise<void> {
  const mark = await browser.action.getBadgeText({ tabId }).catch(() => '');
  if (mark !== '!') return;
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: t('actionTitle') }).catch(() => undefined);
}
