/**
 * Pocket's HTML export: an `<h1>Unread</h1>` list and an `<h1>Read Archive</h1>`
 * list of `<a href time_added tags>` links. Parsed with DOMParser, which
 * builds an inert document: nothing in the file runs or loads.
 */
import { ImportError, SkipLog, parseTime, webUrl, type ImportItem, type ParsedImport } from './import-types';

export function parsePocketHtml(text: string): ParsedImport {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const links = Array.from(doc.querySelectorAll('a[href]'));
  if (links.length === 0)
    throw new ImportError('this HTML file holds no links, so it is not a Pocket export');
  const log = new SkipLog();
  const items: ImportItem[] = [];
  for (const a of links) {
    const href = a.getAttribute('href') ?? '';
    const url = webUrl(href);
    if (!url) {
      log.skip(`“${href.slice(0, 80)}” is not a web address`);
      continue;
    }
    items.push({
      url,
      title: a.textContent?.trim() || null,
      savedAt: parseTime(a.getAttribute('time_added')),
      archived: /archive/i.test(sectionOf(a)),
      tags: (a.getAttribute('tags') ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    });
  }
  return { format: 'Pocket (HTML)', items, skipped: log.skipped, reasons: log.reasons };
}

/** The text of the nearest heading before the link's list. */
function sectionOf(a: Element): string {
  let el: Element | null = a.closest('ul, ol, dl') ?? a;
  while (el) {
    let prev = el.previousElementSibling;
    while (prev) {
      if (/^H[1-6]$/.test(prev.tagName)) return prev.textContent ?? '';
      prev = prev.previousElementSibling;
    }
    el = el.parentElement;
  }
  return '';
}
