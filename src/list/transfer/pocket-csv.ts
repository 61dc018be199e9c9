/** Pocket's CSV export (2024–2025): title,url,time_added,tags,status; tags joined by "|". */
import { csvRecords } from './csv';
import { SkipLog, parseTime, webUrl, type ParsedImport } from './import-types';

export function parsePocketCsv(text: string): ParsedImport {
  const log = new SkipLog();
  const items = csvRecords(text, ['url', 'title'], 'Pocket').flatMap((row, i) => {
    const url = webUrl(row.url);
    if (!url) return (log.skip(`line ${i + 2}: “${row.url}” is not a web address`), []);
    return [
      {
        url,
        title: row.title?.trim() || null,
        savedAt: parseTime(row.time_added),
        archived: /^archive/i.test(row.status ?? ''),
        tags: (row.tags ?? '')
          .split('|')
          .map((t) => t.trim())
          .filter(Boolean),
      },
    ];
  });
  return { format: 'Pocket (CSV)', items, skipped: log.skipped, reasons: log.reasons };
}
