import { saveArticle } from '../../storage/save-article';
import type { ListEntry } from '../../storage/types';
import { browser } from '../../platform/browser';
import { readTab } from './read-tab';

/**
 * Saves the article of a tab for later, from a context menu or the keyboard
 * command: both give the activeTab grant for that tab, which is what lets
 * `readTab` inject the content script. The outcome shows on Folio's toolbar
 * badge of that tab (✓ or !, with the reason in the button's tooltip), the
 * one place that needs no popup and no extra permission.
 */
export async function saveTab(tabId: number): Promise<ListEntry | null> {
  try {
    const outcome = await readTab({ tabId });
    if (outcome.kind !== 'article') {
      const reason =
        outcome.kind === 'not-article' ? outcome.reason : outcome.kind === 'error' ? outcome.message : '';
      throw new Error(reason || 'Folio cannot read this page.');
    }
    const entry = await saveArticle(outcome.article);
    await badge(tabId, '✓', `Saved to Folio: ${entry.title}`);
    return entry;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await badge(tabId, '!', `Folio could not save this page: ${message}`);
    return null;
  }
}

async function badge(tabId: number, text: string, title: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title }).catch(() => undefined);
}
