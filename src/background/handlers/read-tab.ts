import contentScriptPath from '../../content/content-script.ts?script&iife';
import type { PageOutcome } from '../../messages/outcome';
import type { RequestOf } from '../../messages/protocol';
import { sendToTab } from '../../messages/send';
import { browser } from '../../platform/browser';
import { classifyInjectionError, restrictedPlace } from '../restricted-url';

/**
 * Reads a tab: injects the content script (only now, because the person
 * acted: activeTab), then asks it to extract the page.
 */
export async function readTab({ tabId, force }: RequestOf<'bg/read-tab'>): Promise<PageOutcome> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? null;
  const place = restrictedPlace(url);
  if (place) return { kind: 'restricted', url, place };
  try {
    await injectContentScript(tabId);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const injectedPlace = classifyInjectionError(message);
    if (injectedPlace) return { kind: 'restricted', url, place: injectedPlace };
    return { kind: 'error', message };
  }
  const result = await sendToTab(tabId, 'content/extract', { force: force ?? false });
  const pageUrl = url ?? '';
  if (result.kind === 'pdf') return { kind: 'restricted', url, place: 'pdf' };
  if (result.kind === 'not-article')
    return { kind: 'not-article', tabId, url: pageUrl, reason: result.reason };
  return { kind: 'article', tabId, url: result.article.url || pageUrl, article: result.article };
}

/** Injects the content script unless a live one already answers in the tab. */
async function injectContentScript(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, 'content/ping', {});
    return;
  } catch {
    // No content script yet, or one from an older version whose context died.
  }
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [contentScriptPath] });
}
