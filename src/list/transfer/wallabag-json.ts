/**
 * wallabag's JSON export: an array of entries with url, title, content (the
 * article's HTML), is_archived, tags ([{label}]), created_at, reading_time,
 * domain_name, language and published_by. The content comes along, so these
 * articles are readable offline straight away.
 */
import { articleFromHtml } from './article-from-html';
import { SkipLog, cleanTags, parseTime, webUrl, type ImportItem, type ParsedImport } from './import-types';

export function parseWallabagJson(records: unknown[]): ParsedImport {
  const log = new SkipLog();
  const items: ImportItem[] = [];
  records.forEach((raw, i) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const url = webUrl(r.url ?? r.given_url);
    if (!url) return log.skip(`entry ${i + 1}: “${String(r.url ?? '')}” is not a web address`);
    const title = typeof r.title === 'string' && r.title.trim() ? r.title.trim() : null;
    const authors = Array.isArray(r.published_by) ? r.published_by.filter((a) => typeof a === 'string') : [];
    const published = parseTime(r.published_at);
    const article =
      typeof r.content === 'string' && r.content.trim()
        ? articleFromHtml(r.content, {
            url,
            title: title ?? url,
            byline: authors.join(', ') || null,
            siteName: typeof r.domain_name === 'string' ? r.domain_name : null,
            publishedTime: published ? new Date(published).toISOString() : null,
            lang: typeof r.language === 'string' ? r.language : null,
            readingMinutes: typeof r.reading_time === 'number' && r.reading_time > 0 ? r.reading_time : null,
          })
        : null;
    items.push({
      url,
      title,
      savedAt: parseTime(r.created_at),
      archived: r.is_archived === 1 || r.is_archived === true,
      tags: cleanTags(Array.isArray(r.tags) ? r.tags : []),
      article,
    });
  });
  return { format: 'wallabag (JSON)', items, skipped: log.skipped, reasons: log.reasons };
}
