/**
 * Folio's own export (see export-json.ts): every entry with its offline copy
 * and reading position, so an export re-imported elsewhere is the same list.
 */
import { fromStored } from '../../storage/list-entries';
import type { Article } from '../../extract/types';
import { ImportError, SkipLog, webUrl, type ImportItem, type ParsedImport } from './import-types';

export const FOLIO_FORMAT = 'folio-reading-list';
export const FOLIO_EXPORT_VERSION = 1;

export function parseFolioJson(data: Record<string, unknown>): ParsedImport {
  if (typeof data.version !== 'number' || data.version > FOLIO_EXPORT_VERSION)
    throw new ImportError(
      `this Folio export is of version ${String(data.version)}, newer than this Folio reads`,
    );
  if (!Array.isArray(data.articles)) throw new ImportError('this Folio export has no “articles” list');
  const log = new SkipLog();
  const items: ImportItem[] = [];
  data.articles.forEach((raw, i) => {
    const record = (raw ?? {}) as { entry?: unknown; article?: unknown };
    const entry = fromStored(record.entry);
    const url = entry && webUrl(entry.url);
    if (!entry || !url) return log.skip(`article ${i + 1} has no valid entry`);
    const article = isArticle(record.article) ? record.article : null;
    items.push({
      url,
      title: entry.title,
      savedAt: entry.savedAt,
      archived: entry.archived,
      tags: entry.tags ?? [],
      article,
      entry: { ...entry, pending: entry.pending || !article },
    });
  });
  return { format: 'Folio (JSON)', items, skipped: log.skipped, reasons: log.reasons };
}

function isArticle(value: unknown): value is Article {
  const a = value as Partial<Article> | null;
  return !!a && typeof a.contentHtml === 'string' && typeof a.text === 'string' && typeof a.url === 'string';
}
