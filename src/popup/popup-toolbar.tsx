/** The popup's actions: reader mode, save for later, continue reading, the reading list, text settings. */
import { isShowable } from '../messages/outcome';
import { t } from '../platform/browser';
import { SaveButton } from '../ui/save-button';
import { TypographyButton } from '../ui/typography-button';
import type { PopupState, PopupViewActions } from './use-popup';

export function PopupToolbar({ state, actions }: { state: PopupState; actions: PopupViewActions }) {
  const outcome = state.outcome;
  const canToggle = isShowable(outcome);
  const progress = state.save.entry?.progress;
  return (
    <header class="toolbar">
      <span class="brand">Folio</span>
      <div class="actions">
        {canToggle && (
          <button
            type="button"
            class="toggle reader-toggle"
            aria-pressed={state.reader.on}
            disabled={state.reader.busy}
            onClick={actions.toggleReader}
          >
            {t('readerMode')} <span class="toggle-state">{state.reader.on ? t('on') : t('off')}</span>
          </button>
        )}
        {outcome?.kind === 'article' && <SaveButton status={state.save.status} onSave={actions.save} />}
        {progress && canToggle && (
          <button type="button" class="continue-button" onClick={actions.continueReading}>
            {t('continueReading', String(Math.round(progress.percent * 100)))}
          </button>
        )}
        <a
          class="list-link"
          href="../list/index.html"
          onClick={(event) => {
            event.preventDefault();
            actions.openReadingList();
          }}
        >
          {t('readingList')}
        </a>
        <TypographyButton settings={state.settings} onChange={actions.changeSettings} />
      </div>
    </header>
  );
}
