/** The reader page: its bar, then the article with the source-context panel beside it (or a state sentence). */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../platform/browser';
import { ArticleView } from '../ui/article-view';
import { SourcePanel } from '../ui/source-panel';
import { Skeleton, StatusView } from '../ui/status-view';
import type { ArticleViewActions, ArticleViewState } from '../ui/view-types';
import { ReaderToolbar } from './reader-toolbar';
import { useFrameKeys } from './frame-keys';
import { useProgress } from './use-progress';
import { useRevealed } from './use-revealed';
import type { ReaderState, ReaderViewActions } from './use-reader';
import type { ReadingProgress } from '../storage/types';

interface Props {
  state: ReaderState;
  actions: ReaderViewActions;
  framed: boolean;
  reportProgress(id: string, progress: ReadingProgress): Promise<void>;
}

export function ReaderView({ state, actions, framed, reportProgress }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const page = useRef<HTMLDivElement>(null);
  const revealed = useRevealed(page);
  const flushProgress = useProgress(body, state.save.entry, reportProgress, revealed);
  const isArticle = state.outcome?.kind === 'article';
  // Prepared while the popup was open: the popup may have saved it meanwhile.
  useEffect(() => {
    if (revealed && isArticle && framed) actions.refreshEntry();
  }, [revealed, isArticle]);
  // Every way out (the button, Escape) records where the person stopped first.
  const close = () => {
    flushProgress();
    actions.close();
  };
  useFrameKeys(framed, close);
  const outcome = state.outcome;
  const viewState: ArticleViewState | null =
    outcome?.kind === 'article'
      ? { article: outcome.article, favIconUrl: outcome.favIconUrl ?? null, restored: state.restored }
      : null;
  const viewActions: ArticleViewActions = {
    toggleRestored: actions.toggleRestored,
    showOriginal: actions.showOriginal,
  };
  return (
    <div class="reader" ref={page} data-revealed={String(revealed)}>
      <ReaderToolbar state={state} actions={{ ...actions, close }} framed={framed} />
      {state.save.status === 'failed' && (
        <p class="notice" role="status">
          {t('saveFailed', state.save.error ?? '')}
        </p>
      )}
      <div class="reader-layout">
        <main class="reader-main">
          {!outcome ? (
            <Skeleton />
          ) : viewState ? (
            <ArticleView state={viewState} actions={viewActions} bodyRef={body} />
          ) : outcome.kind !== 'article' ? (
            <StatusView
              outcome={outcome}
              onShowAnyway={state.forced || !framed ? undefined : actions.showAnyway}
            />
          ) : null}
        </main>
        {viewState && <SourcePanel state={viewState} actions={viewActions} />}
      </div>
    </div>
  );
}
