import { useEffect, useState } from 'preact/hooks';
import type { PageOutcome, RestrictedPlace } from '../messages/outcome';
import { t } from '../platform/browser';
import { SafeHtml } from '../ui/safe-html';
import type { PopupActions } from './connector';

const PLACE_KEYS: Record<RestrictedPlace, string> = {
  'browser-page': 'the browser’s own pages',
  store: 'the extension stores',
  'view-source': 'page sources (view-source:)',
  pdf: 'PDF documents',
  file: 'files on this computer unless you allow it in the extension settings',
  'extension-page': 'other extensions’ pages',
  protected: 'pages they protect, such as their own pages, page sources and other extensions',
};

export function App({ actions }: { actions: PopupActions }) {
  const [outcome, setOutcome] = useState<PageOutcome | null>(null);
  useEffect(() => {
    actions
      .readActiveTab()
      .then(setOutcome, (error: unknown) =>
        setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
  }, [actions]);

  if (!outcome)
    return (
      <main>
        <p class="status" role="status">
          {t('loading')}
        </p>
      </main>
    );
  switch (outcome.kind) {
    case 'restricted':
      return (
        <main>
          <p class="status" role="alert">
            {t('restrictedPage', PLACE_KEYS[outcome.place])}
          </p>
        </main>
      );
    case 'error':
      return (
        <main>
          <p class="status" role="alert">
            {outcome.message === 'no-tab' ? t('noTab') : t('injectionFailed', outcome.message)}
          </p>
        </main>
      );
    case 'not-article':
      return (
        <main>
          <p class="status" role="alert">
            {outcome.reason}
          </p>
        </main>
      );
    case 'article':
      return (
        <main>
          <article lang={outcome.article.lang ?? undefined} dir={outcome.article.dir ?? undefined}>
            <h1>{outcome.article.title}</h1>
            <SafeHtml html={outcome.article.contentHtml} />
          </article>
        </main>
      );
  }
}
