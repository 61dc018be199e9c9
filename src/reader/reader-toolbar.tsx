/** The reader's bar: leave reader mode, save for later, jump to the source panel, text settings. */
import { t } from '../platform/browser';
import { SaveButton } from '../ui/save-button';
import { TypographyButton } from '../ui/typography-button';
import type { ReaderState, ReaderViewActions } from './use-reader';

interface Props {
  state: ReaderState;
  actions: ReaderViewActions;
  /** In reader mode on a page (not a saved copy in its own tab). */
  framed: boolean;
}

export function ReaderToolbar({ state, actions, framed }: Props) {
  const isArticle = state.outcome?.kind === 'article';
  return (
    <header class="toolbar reader-toolbar">
      {framed && (
        <button type="button" class="close-reader" onClick={actions.close} title={t('closeReaderHint')}>
          <span aria-hidden="true">✕ </span>
          {t('closeReader')}
        </button>
      )}
      <span class="brand">Folio</span>
      <div class="actions">
        {isArticle && <SaveButton status={state.save.status} onSave={actions.save} />}
        {isArticle && (
          <a class="list-link" href="#source-panel">
            {t('sourceHeading')}
          </a>
        )}
        <TypographyButton settings={state.settings} onChange={actions.changeSettings} />
      </div>
    </header>
  );
}
