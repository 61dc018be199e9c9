/** The popup: toolbar, then the clean article beside its source-context panel (or a state sentence). */
import { t } from '../platform/browser';
import { ArticleView } from '../ui/article-view';
import { SourcePanel } from '../ui/source-panel';
import { Skeleton, StatusView } from '../ui/status-view';
import type { ArticleViewActions, ArticleViewState } from '../ui/view-types';
import { PopupToolbar } from './popup-toolbar';
import type { PopupState, PopupViewActions } from './use-popup';

export function PopupView({ state, actions }: { state: PopupState; actions: PopupViewActions }) {
  const outcome = state.outcome;
  const notices = [
    state.save.status === 'failed' ? t('saveFailed', state.save.error ?? '') : '',
    state.reader.error ? t('readerFailed', state.reader.error) : '',
  ].filter(Boolean);
  return (
    <div class="popup">
      <PopupToolbar state={state} actions={actions} />
      <p class="notice" role="status">
        {notices.join(' ')}
      </p>
      {!outcome ? (
        <main class="reading">
          <Skeleton />
        </main>
      ) : outcome.kind === 'article' ? (
        <ArticleColumns state={state} actions={actions} />
      ) : (
        <main class="reading">
          <StatusView outcome={outcome} onShowAnyway={state.forced ? undefined : actions.showAnyway} />
        </main>
      )}
    </div>
  );
}

function ArticleColumns({ state, actions }: { state: PopupState; actions: PopupViewActions }) {
  if (state.outcome?.kind !== 'article') return null;
  const viewState: ArticleViewState = {
    article: state.outcome.article,
    favIconUrl: state.outcome.favIconUrl ?? null,
    restored: state.restored,
  };
  const viewActions: ArticleViewActions = {
    toggleRestored: actions.toggleRestored,
    showOriginal: actions.showOriginal,
  };
  return (
    <div class="columns">
      {/* Focusable so the keyboard can scroll it; labelled by the article's title. */}
      <main class="reading" tabIndex={0} aria-label={state.outcome.article.title}>
        <ArticleView state={viewState} actions={viewActions} />
      </main>
      <SourcePanel state={viewState} actions={viewActions} />
    </div>
  );
}
