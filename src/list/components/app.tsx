import { t } from '../../platform/browser';
import type { ListActions, ListState } from '../state';
import { EntryRow } from './entry-row';
import { NoticeBar } from './notice-bar';
import { Toolbar } from './toolbar';
import { TransferBar } from './transfer-bar';

export function App({ state, actions }: { state: ListState; actions: ListActions }) {
  const shown = state.visible.slice(0, state.limit);
  return (
    <>
      <header class="page-header">
        <h1>{t('listHeading')}</h1>
        <Toolbar state={state} actions={actions} />
      </header>
      <NoticeBar notice={state.notice} actions={actions} />
      <main aria-busy={!state.complete} data-complete={state.complete ? 'true' : undefined}>
        {!state.loading && (
          <p class="count" role="status">
            {!state.complete
              ? t('listLoadingRest')
              : state.visible.length === 0
                ? state.query
                  ? t('listNoResults', state.query)
                  : t('listEmpty')
                : t('listShowing', [String(shown.length), String(state.visible.length)])}
          </p>
        )}
        <ol class="entries">
          {shown.map((entry, i) => (
            // While a search is typed, each keystroke brings other results: rows are redrawn
            // in place (keyed by position) rather than fifty built and fifty thrown away.
            <EntryRow key={state.query ? i : entry.id} entry={entry} actions={actions} />
          ))}
        </ol>
        {state.visible.length > shown.length && (
          <button type="button" class="more" onClick={actions.showMore}>
            {t('listShowMore')}
          </button>
        )}
      </main>
      <footer>
        <TransferBar state={state} actions={actions} />
      </footer>
    </>
  );
}
