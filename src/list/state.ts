/** The reading list page's state and actions: components get both as props. */
import type { ListEntry } from '../storage/types';

export type Filter = 'unread' | 'archived' | 'all';
export type SortKey = 'newest' | 'oldest' | 'title' | 'site' | 'progress' | 'opened';
export type ExportFormat = 'json' | 'markdown' | 'html';

export type Notice =
  | { kind: 'undo'; text: string; token: number }
  | { kind: 'info'; text: string }
  | { kind: 'error'; text: string };

export interface ListState {
  loading: boolean;
  /** False while only the list's first screen (its head) is loaded, before the whole list. */
  complete: boolean;
  /** Every entry of the list, as stored. */
  entries: ListEntry[];
  /** The entries to show, filtered, searched and sorted; the page renders the first `limit`. */
  visible: ListEntry[];
  limit: number;
  filter: Filter;
  sort: SortKey;
  query: string;
  /** False while the full-text index is loading or catching up; titles are searched meanwhile. */
  searchReady: boolean;
  notice: Notice | null;
  busy: boolean;
}

export interface ListActions {
  setFilter(filter: Filter): void;
  setSort(sort: SortKey): void;
  setQuery(query: string): void;
  showMore(): void;
  setArchived(id: string, archived: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  undo(): Promise<void>;
  exportAs(format: ExportFormat): Promise<void>;
  importFile(file: File): Promise<void>;
  dismissNotice(): void;
}

export const PAGE_SIZE = 50;

export const initialState: ListState = {
  loading: true,
  complete: false,
  entries: [],
  visible: [],
  limit: PAGE_SIZE,
  filter: 'unread',
  sort: 'newest',
  query: '',
  searchReady: false,
  notice: null,
  busy: false,
};
