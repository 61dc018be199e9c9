/**
 * Which entries the page shows, in which order: pure, so the rules are
 * unit-tested and the page only renders.
 */
import type { ListEntry } from '../storage/types';
import type { Filter, SortKey } from './state';

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const COMPARE: Record<SortKey, (a: ListEntry, b: ListEntry) => number> = {
  newest: (a, b) => b.savedAt - a.savedAt,
  oldest: (a, b) => a.savedAt - b.savedAt,
  title: (a, b) => byTitle.compare(a.title, b.title),
  site: (a, b) => byTitle.compare(a.siteName ?? '', b.siteName ?? '') || b.savedAt - a.savedAt,
  progress: (a, b) => (b.progress?.percent ?? 0) - (a.progress?.percent ?? 0) || b.savedAt - a.savedAt,
  opened: (a, b) => (b.lastOpenedAt ?? 0) - (a.lastOpenedAt ?? 0) || b.savedAt - a.savedAt,
};

export function matchesFilter(entry: ListEntry, filter: Filter): boolean {
  return filter === 'all' || entry.archived === (filter === 'archived');
}

export interface Selection {
  filter: Filter;
  sort: SortKey;
  query: string;
  /** Ids in relevance order from the full-text index, or null when it is not ready. */
  ranked: string[] | null;
}

/** Entries by id, built once per list (a search redraws on every keystroke; the list changes rarely). */
const indexes = new WeakMap<ListEntry[], Map<string, ListEntry>>();

function byIdOf(entries: ListEntry[]): Map<string, ListEntry> {
  let byId = indexes.get(entries);
  if (!byId) {
    byId = new Map(entries.map((e) => [e.id, e]));
    indexes.set(entries, byId);
  }
  return byId;
}

export function selectVisible(entries: ListEntry[], { filter, sort, query, ranked }: Selection): ListEntry[] {
  const q = query.trim();
  if (!q) return entries.filter((e) => matchesFilter(e, filter)).sort(COMPARE[sort]);
  if (ranked) {
    // Searching: most relevant first; the filter still applies.
    const byId = byIdOf(entries);
    return ranked.map((id) => byId.get(id)).filter((e): e is ListEntry => !!e && matchesFilter(e, filter));
  }
  // The index is not ready yet: every word must appear in the title, site or address.
  const words = q.toLocaleLowerCase().split(/\s+/);
  return entries
    .filter((e) => matchesFilter(e, filter))
    .filter((e) => {
      const hay = `${e.title} ${e.siteName ?? ''} ${e.url}`.toLocaleLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort(COMPARE[sort]);
}
