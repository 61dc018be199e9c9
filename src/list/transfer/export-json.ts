/** Folio's own export: everything, entries with their offline copies and reading positions. */
import { getBodies } from '../../storage/article-bodies';
import { toStored } from '../../storage/list-entries';
import type { ListEntry } from '../../storage/types';
import { FOLIO_EXPORT_VERSION, FOLIO_FORMAT } from './folio-json';

export async function exportJson(entries: ListEntry[], now = new Date()): Promise<string> {
  const bodies = await getBodies(entries.map((e) => e.id));
  const articles = entries.map((entry) => ({
    entry: toStored(entry),
    article: bodies.get(entry.id) ?? null,
  }));
  return JSON.stringify({
    format: FOLIO_FORMAT,
    version: FOLIO_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    articles,
  });
}
