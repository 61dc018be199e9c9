/**
 * Every state that is not an article, each with one clear sentence: the
 * skeleton while reading, not an article (with "show anyway"), a page where
 * extensions cannot run, and errors.
 */
import { mayShowAnyway, type PageOutcome } from '../messages/outcome';
import { outcomeSentence } from '../messages/outcome-sentence';
import { t } from '../platform/browser';

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
  /**
   * "Show anyway" for a page that does not look like an article; absent when
   * already forced. Offered only where forcing could help (mayShowAnyway).
   */
  onShowAnyway?: (() => void) | undefined;
}

export function StatusView({ outcome, onShowAnyway }: Props) {
  switch (outcome.kind) {
    case 'restricted':
    case 'error':
      return (
        <p class="status" role="alert">
          {outcomeSentence(outcome)}
        </p>
      );
    case 'not-article':
      return (
        <div class="status-block">
          <p class="status" role="alert">
            {outcomeSentence(outcome)}
          </p>
          {onShowAnyway && mayShowAnyway(outcome) && (
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
