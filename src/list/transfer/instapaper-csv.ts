/**
 * Instapaper's CSV export: URL,Title,Selection,Folder,Timestamp. The folder
 * is Unread, Archive, Starred or one of the person's own: those become tags.
 */
import { csvRecords } from './csv';
import { SkipLog, parseTime, webUrl, type ParsedImport } from './import-types';

export function parseInstapaperCsv(text: string): ParsedImport {
  const log = new SkipLog();
  const items = csvRecords(text, ['url', 'title', 'folder'], 'Instapaper').flatMap((row, i) => {
    const url = webUrl(row.url);
    if (!url) return (log.skip(`line ${i + 2}: “${row.url}” is not a web address`), []);
    const folder = (row.folder ?? '').trim();
    const archived = /^archive$/i.test(folder);
    const tags = folder && !/^(unread|archive)$/i.test(folder) ? [folder.toLowerCase()] : [];
    return [{ url, title: row.title?.trim() || null, savedAt: parseTime(row.timestamp), archived, tags }];
  });
  return { format: 'Instapaper (CSV)', items, skipped: log.skipped, reasons: log.reasons };
}
