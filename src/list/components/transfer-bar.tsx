import { t } from '../../platform/browser';
import type { ExportFormat, ListActions, ListState } from '../state';

const FORMATS: Array<[ExportFormat, string]> = [
  ['json', 'listExportJson'],
  ['markdown', 'listExportMarkdown'],
  ['html', 'listExportHtml'],
];

export function TransferBar({ state, actions }: { state: ListState; actions: ListActions }) {
  return (
    <div class="transfer">
      <div role="group" aria-labelledby="export-label" class="export">
        <span id="export-label">{t('listExportLabel')}</span>
        {FORMATS.map(([format, key]) => (
          <button
            key={format}
            type="button"
            data-format={format}
            onClick={() => void actions.exportAs(format)}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <label class="import">
        <span>{t('listImportLabel')}</span>
        <input
          type="file"
          accept=".csv,.html,.htm,.json,text/csv,text/html,application/json"
          disabled={state.busy}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void actions.importFile(file).then(() => (input.value = ''));
          }}
        />
      </label>
    </div>
  );
}
