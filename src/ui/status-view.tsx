/**
 * Every state that is not an article, each with one clear sentence: the
 * skeleton while reading, not an article (with "show anyway"), a page where
 * extensions cannot run, and errors.
 */
import type { PageOutcome, RestrictedPlace } from '../messages/outcome';
import { t } from '../platform/browser';

const PLACE_KEYS: Record<RestrictedPlace, string> = {
  'browser-page': 'place_browserPage',
  store: 'place_store',
  'view-source': 'place_viewSource',
  pdf: 'place_pdf',
  file: 'place_file',
  'extension-page': 'place_extensionPage',
  protected: 'place_protected',
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

/** Grey lines in the shape of an article: no blank flash while the page is read. */
export function Skeleton() {
  return (
    <div class="skeleton" aria-busy="true">
      <p class="status" role="status">
        {t('loading')}
      </p>
      <div class="bone bone-title" />
      <div class="bone bone-meta" />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <div key={i} class={`bone bone-line${i % 3 === 2 ? ' bone-short' : ''}`} />
      ))}
    </div>
  );
}

interface Props {
  outcome: Exclude<PageOutcome, { kind: 'article' }>;
  /** "Show anyway" for a page that does not look like an article; absent when already forced. */
  onShowAnyway?: (() => void) | undefined;
}

export function StatusView({ outcome, onShowAnyway }: Props) {
  switch (outcome.kind) {
    case 'restricted':
      return (
        <p class="status" role="alert">
          {t('restrictedPage', t(PLACE_KEYS[outcome.place]))}
        </p>
      );
    case 'error':
      return (
        <p class="status" role="alert">
          {ERROR_KEYS[outcome.message]
            ? t(ERROR_KEYS[outcome.message]!)
            : t('injectionFailed', outcome.message)}
        </p>
      );
    case 'not-article':
      return (
        <div class="status-block">
          <p class="status" role="alert">
            {outcome.reason}
          </p>
          {onShowAnyway && (
            <>
              <p class="muted">{t('showAnywayHint')}</p>
              <button type="button" class="primary" onClick={onShowAnyway}>
                {t('showAnyway')}
              </button>
            </>
          )}
        </div>
      );
  }
}
