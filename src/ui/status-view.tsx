/**
 * Every state that is not an article, each with one clear sentence: the
 * skeleton while reading, not an article (with "show anyway"), a page where
 * extensions cannot run, and errors.
 */
import { useEffect, useState } from 'preact/hooks';
import { mayShowAnyway, type PageOutcome } from '../messages/outcome';
import { outcomeSentence } from '../messages/outcome-sentence';
import { t } from '../platform/browser';

/**
 * After this long without an answer the skeleton says why a page may not
 * answer: a page that opened a dialog (alert, confirm) is stopped until the
 * person closes it, and a busy page answers late. Reading normally ends well
 * within a second; the worker gives up at 15 s (read-tab.ts).
 */
export const SLOW_READ_MS = 4_000;

/** Grey lines in the shape of an article: no blank flash while the page is read. */
export function Skeleton() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_READ_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="skeleton" aria-busy="true">
      <p class="status" role="status">
        {t('loading')}
        {slow && ` ${t('loadingSlow')}`}
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
