import type { Handlers } from '../../messages/handle';
import { t } from '../../platform/browser';
import { findEntryByUrl, openSaved, setProgress } from '../../storage/list-updates';
import { saveArticle } from '../../storage/save-article';

/**
 * Reading-list messages handled by the worker. Each reads and writes storage
 * directly: the worker keeps nothing in memory between events.
 */
export const listHandlers: Pick<
  Handlers<'bg'>,
  'bg/save-article' | 'bg/saved-entry' | 'bg/saved-article' | 'bg/set-progress'
> = {
  'bg/save-article': ({ article }) => {
    if (!article || typeof article.url !== 'string' || typeof article.contentHtml !== 'string')
      throw new Error(t('noArticleToSave'));
    return saveArticle(article);
  },
  'bg/saved-entry': ({ url }) => findEntryByUrl(url),
  'bg/saved-article': ({ id }) => openSaved(id),
  'bg/set-progress': ({ id, progress }) => setProgress(id, progress),
};
