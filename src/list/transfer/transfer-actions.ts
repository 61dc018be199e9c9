/** Export and import as the list page runs them: files in, files out, counts and errors as sentences. */
import { t } from '../../platform/browser';
import { importArticles } from '../../storage/import-entries';
import type { ListEntry } from '../../storage/types';
import type { ExportFormat } from '../state';
import { download } from './download';

// Export and import code (with the wallabag sanitizer) loads when first used, not with the list.

const FILES: Record<ExportFormat, { ext: string; type: string }> = {
  json: { ext: 'json', type: 'application/json' },
  markdown: { ext: 'md', type: 'text/markdown' },
  html: { ext: 'html', type: 'text/html' },
};

export async function exportList(entries: ListEntry[], format: ExportFormat): Promise<void> {
  const { exportJson } = await import('./export-json');
  const { exportHtml, exportMarkdown } = await import('./export-text');
  const text =
    format === 'json'
      ? await exportJson(entries)
      : format === 'markdown'
        ? exportMarkdown(entries)
        : exportHtml(entries);
  const { ext, type } = FILES[format];
  download(`folio-reading-list-${new Date().toISOString().slice(0, 10)}.${ext}`, type, text);
}

/** Imports a file; returns the sentence to show (an ImportError's message names the problem). */
export async function importFile(file: File): Promise<{ ok: boolean; text: string }> {
  try {
    const { parseImport } = await import('./parse-import');
    const { ImportError } = await import('./import-types');
    const parsed = parseImport(await file.text());
    if (parsed.items.length === 0)
      throw new ImportError(
        `it holds no article Folio can keep (${parsed.reasons.join('; ') || 'no web addresses'})`,
      );
    const counts = await importArticles(parsed.items);
    const done = t('listImported', [String(counts.added), parsed.format, String(counts.existing)]);
    const skipped = parsed.skipped
      ? ` ${t('listImportSkipped', [String(parsed.skipped), parsed.reasons.join('; ')])}`
      : '';
    return { ok: true, text: done + skipped };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, text: t('listImportFailed', [file.name, detail]) };
  }
}
