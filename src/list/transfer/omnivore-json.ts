/**
 * Omnivore's export (metadata_*.json): an array of saved items with url,
 * title, state (Succeeded, Archived, Deleted…), labels, savedAt and
 * readingProgress (0–100). Deleted items stay out.
 */
import { SkipLog, cleanTags, parseTime, webUrl, type ImportItem, type ParsedImport } from './import-types';

export function parseOmnivoreJson(records: unknown[]): ParsedImport {
  const log = new SkipLog();
  const items: ImportItem[] = [];
  records.forEach((raw, i) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const url = webUrl(r.url ?? r.originalUrl);
    if (!url) return log.skip(`item ${i + 1}: “${String(r.url ?? '')}” is not a web address`);
    const state = String(r.state ?? '').toLowerCase();
    if (state === 'deleted') return log.skip(`item ${i + 1} was deleted in Omnivore`);
    const progress = Number(r.readingProgress ?? r.readingProgressPercent ?? 0);
    items.push({
      url,
      title: typeof r.title === 'string' ? r.title.trim() || null : null,
      savedAt: parseTime(r.savedAt ?? r.createdAt),
      archived: state === 'archived' || r.isArchived === true || r.archivedAt != null,
      tags: cleanTags(Array.isArray(r.labels) ? r.labels : []),
      ...(progress > 0 && progress <= 100 ? { percent: progress / 100 } : {}),
    });
  });
  return { format: 'Omnivore (JSON)', items, skipped: log.skipped, reasons: log.reasons };
}
