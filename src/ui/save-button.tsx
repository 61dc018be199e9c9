/** "Save for later" with its state: not saved, saving, saved (or failed, with the reason said elsewhere). */
import { t } from '../platform/browser';

export type SaveStatus = 'unknown' | 'unsaved' | 'saving' | 'saved' | 'failed';

const LABEL: Record<SaveStatus, string> = {
  unknown: 'saveForLater',
  unsaved: 'saveForLater',
  saving: 'saving',
  saved: 'savedForLater',
  failed: 'saveForLater',
};

export function SaveButton({ status, onSave }: { status: SaveStatus; onSave(): void }) {
  return (
    <button
      type="button"
      class="save-button"
      data-status={status}
      disabled={status === 'saving'}
      onClick={onSave}
    >
      {status === 'saved' && <span aria-hidden="true">✓ </span>}
      {t(LABEL[status])}
    </button>
  );
}
