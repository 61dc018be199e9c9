import { t } from '../../platform/browser';
import type { ListActions, Notice } from '../state';

/** Messages after an action: errors as alerts, the rest as polite status (with Undo after a delete). */
export function NoticeBar({ notice, actions }: { notice: Notice | null; actions: ListActions }) {
  return (
    <div class="notice-area">
      <div role="status" aria-live="polite">
        {notice && notice.kind !== 'error' && (
          <p class={`notice ${notice.kind}`}>
            {notice.text}{' '}
            {notice.kind === 'undo' && (
              <button type="button" class="undo" onClick={() => void actions.undo()}>
                {t('listUndo')}
              </button>
            )}
          </p>
        )}
      </div>
      {notice?.kind === 'error' && (
        <p class="notice error" role="alert">
          {notice.text}
        </p>
      )}
    </div>
  );
}
