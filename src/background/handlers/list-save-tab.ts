import { outcomeSentence } from '../../messages/outcome-sentence';
import { t } from '../../platform/browser';
import { saveArticle } from '../../storage/save-article';
import type { ListEntry } from '../../storage/types';
import { showBadge } from '../toolbar-badge';
import { readTab } from './read-tab';

/**
 * Saves the article of a tab for later, from a context menu or the keyboard
 * command: both give the activeTab grant for that tab, which is what lets
 * `readTab` inject the content script. The outcome shows on Folio's toolbar
 * button in that tab (✓ or !, the reason in its tooltip).
 */
export async function saveTab(tabId: number): Promise<ListEntry | null> {
  let problem: string;
  try {
    // Saving names this page: read it even when very large (the popup asks with "Show anyway").
    const outcome = await readTab({ tabId, large: true });
    if (outcome.kind === 'article') {
      const entry = await saveArticle(outcome.article);
      await showBadge(tabId, '✓', t('badgeSaved', entry.title));
      return entry;
    }
    problem = outcomeSentence(outcome);
  } catch (error) {
    // Storage full or refused: saveArticle's error is already one clear sentence.
    problem = error instanceof Error ? error.message : String(error);
  }
  await showBadge(tabId, '!', t('badgeNotSaved', problem));
  return null;
}
