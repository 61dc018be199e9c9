import { describe, expect, it } from 'vitest';
import { selectVisible } from '../../../src/list/select-visible';
import type { ListEntry } from '../../../src/storage/types';

const entry = (id: string, over: Partial<ListEntry> = {}): ListEntry => ({
  id,
  url: `https://n.example/${id}`,
  title: `Story ${id}`,
  siteName: 'News',
  byline: null,
  publishedTime: null,
  excerpt: null,
  wordCount: 100,
  readingMinutes: 1,
  savedAt: 0,
  lastOpenedAt: null,
  archived: false,
  pending: false,
  progress: null,
  ...over,
});

const list = [
  entry('a', {
    savedAt: 3,
    title: 'Zebra crossings',
    progress: { block: 0, quote: '', offset: 0, percent: 0.2, at: 1 },
  }),
  entry('b', { savedAt: 1, title: 'apple harvest', archived: true }),
  entry('c', { savedAt: 2, title: 'Border report', lastOpenedAt: 50, siteName: 'Atlas' }),
];
const ids = (es: ListEntry[]) => es.map((e) => e.id);
const base = { filter: 'all' as const, sort: 'newest' as const, query: '', ranked: null };

describe('selectVisible', () => {
  it('filters unread and archived', () => {
    expect(ids(selectVisible(list, { ...base, filter: 'unread' }))).toEqual(['a', 'c']);
    expect(ids(selectVisible(list, { ...base, filter: 'archived' }))).toEqual(['b']);
  });

  it.each([
    ['newest', ['a', 'c', 'b']],
    ['oldest', ['b', 'c', 'a']],
    ['title', ['b', 'c', 'a']],
    ['site', ['c', 'a', 'b']],
    ['progress', ['a', 'c', 'b']],
    ['opened', ['c', 'a', 'b']],
  ] as const)('sorts by %s', (sort, expected) => {
    expect(ids(selectVisible(list, { ...base, sort }))).toEqual(expected);
  });

  it('orders search results by relevance and still filters them', () => {
    expect(ids(selectVisible(list, { ...base, query: 'x', ranked: ['b', 'c', 'gone'] }))).toEqual(['b', 'c']);
    expect(ids(selectVisible(list, { ...base, filter: 'unread', query: 'x', ranked: ['b', 'c'] }))).toEqual([
      'c',
    ]);
  });

  it('searches titles and sites while the full-text index is not ready', () => {
    expect(ids(selectVisible(list, { ...base, query: 'border atlas' }))).toEqual(['c']);
    expect(ids(selectVisible(list, { ...base, query: 'nothing like it' }))).toEqual([]);
  });
});
