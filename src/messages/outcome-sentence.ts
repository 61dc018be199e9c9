/**
 * The one sentence that says why a page could not be shown, for every
 * outcome that is not an article: the popup and the reader show it, and the
 * toolbar button's tooltip gives it after a keyboard command or a menu.
 */
import { t } from '../platform/browser';
import type { NotArticleCode } from '../extract/types';
import type { PageOutcome, RestrictedPlace } from './outcome';

const PLACE_KEYS: Record<RestrictedPlace, string> = {
  'browser-page': 'place_browserPage',
  store: 'place_store',
  'view-source': 'place_viewSource',
  pdf: 'place_pdf',
  file: 'place_file',
  'extension-page': 'place_extensionPage',
  protected: 'place_protected',
  refused: 'place_protected',
};

/** Errors the interface itself names (everything else is the browser's or the page's message). */
const ERROR_KEYS: Record<string, string> = {
  'no-tab': 'noTab',
  'no-source': 'readerNoSource',
  'saved-missing': 'savedMissing',
  'saved-pending': 'savedPending',
  'tab-gone': 'tabGone',
  'tab-navigated': 'tabNavigated',
  'too-slow': 'tooSlow',
};

/** The engine's reasons, in the interface's words ('failed' is said below, with its error). */
const NOT_ARTICLE_KEYS: Partial<Record<NotArticleCode, string>> = {
  'not-readerable': 'notAnArticle',
  'no-content': 'notArticle_noContent',
  'too-large': 'notArticle_tooLarge',
  'very-large': 'notArticle_veryLarge',
  'too-deep': 'notArticle_tooDeep',
  'no-body': 'notArticle_noBody',
};

export function outcomeSentence(outcome: Exclude<PageOutcome, { kind: 'article' }>): string {
  switch (outcome.kind) {
    case 'restricted':
      // A web page refused has its own sentence: what to do (reload) matters more than the rule.
      if (outcome.place === 'refused') return t('restrictedRefused');
      return t('restrictedPage', t(PLACE_KEYS[outcome.place]));
    case 'error': {
      const key = ERROR_KEYS[outcome.message];
      return key ? t(key) : t('injectionFailed', outcome.message);
    }
    case 'not-article': {
      if (outcome.code === 'failed' && outcome.detail !== undefined)
        return t('notArticle_failed', outcome.detail);
      const key = outcome.code && NOT_ARTICLE_KEYS[outcome.code];
      return key ? t(key) : outcome.reason;
    }
  }
}
