/**
 * The list as Markdown (to read or keep anywhere) and as HTML in Pocket's
 * export layout, which other read-it-later services import: no lock-in.
 */
import type { ListEntry } from '../../storage/types';

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

// Markdown link text and targets: brackets and parentheses would end them early.
const mdText = (s: string): string => s.replace(/([\\[\]*_`])/g, '\\$1');
const mdUrl = (s: string): string => s.replace(/[()\s]/g, (c) => encodeURIComponent(c));

function mdLine(e: ListEntry): string {
  const facts = [
    e.siteName,
    e.readingMinutes ? `${e.readingMinutes} min` : null,
    `saved ${day(e.savedAt)}`,
    e.progress ? `${Math.round(e.progress.percent * 100)}% read` : null,
    e.tags?.length ? `tags: ${e.tags.join(', ')}` : null,
  ].filter(Boolean);
  return `- [${mdText(e.title)}](${mdUrl(e.url)}) — ${facts.join(' · ')}`;
}

export function exportMarkdown(entries: ListEntry[], now = new Date()): string {
  const unread = entries.filter((e) => !e.archived);
  const archived = entries.filter((e) => e.archived);
  return [
    '# Folio reading list',
    '',
    `Exported ${day(now.getTime())}: ${entries.length} articles.`,
    '',
    `## Unread (${unread.length})`,
    '',
    ...unread.map(mdLine),
    '',
    `## Archived (${archived.length})`,
    '',
    ...archived.map(mdLine),
    '',
  ].join('\n');
}

function htmlItem(e: ListEntry): string {
  const added = Math.floor(e.savedAt / 1000);
  const tags = escapeHtml((e.tags ?? []).join(','));
  return `<li><a href="${escapeHtml(e.url)}" time_added="${added}" tags="${tags}">${escapeHtml(e.title)}</a></li>`;
}

export function exportHtml(entries: ListEntry[]): string {
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><title>Folio reading list</title></head><body>',
    '<h1>Unread</h1>',
    '<ul>',
    ...entries.filter((e) => !e.archived).map(htmlItem),
    '</ul>',
    '<h1>Read Archive</h1>',
    '<ul>',
    ...entries.filter((e) => e.archived).map(htmlItem),
    '</ul>',
    '</body></html>',
    '',
  ].join('\n');
}
