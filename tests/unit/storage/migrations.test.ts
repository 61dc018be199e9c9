import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('./fake-platform'));
import './setup';
import { openDB } from 'idb';
import { getBody } from '../../../src/storage/article-bodies';
import { DB_NAME, DB_VERSION, closeDatabase, database } from '../../../src/storage/database';
import { fromStored, listEntryItem, readAllEntries, readList } from '../../../src/storage/list-entries';
import { LAYOUT_KEY } from '../../../src/storage/list-layout';
import { migrate } from '../../../src/storage/migrations';
import { findEntryByUrl } from '../../../src/storage/list-updates';
import { browser } from './fake-platform';
import { sampleArticle } from './sample-article';

// An entry exactly as version 1 wrote it: no `v`, no canonicalUrl, tags or stamps.
const v1Entry = {
  id: 'a1',
  url: 'https://news.example/a',
  title: 'A',
  siteName: 'News',
  byline: null,
  publishedTime: null,
  excerpt: null,
  wordCount: 900,
  readingMinutes: 4,
  savedAt: 1234,
  lastOpenedAt: null,
  archived: true,
  pending: false,
  progress: { block: 2, quote: 'q', offset: 0.5, percent: 0.3, at: 2000 },
};

describe('list entry migrations', () => {
  it('brings a version-1 entry to version 2 with defaults from what it has', () => {
    expect(fromStored(v1Entry)).toEqual({
      ...v1Entry,
      canonicalUrl: null,
      tags: [],
      stamps: { archived: 1234, meta: 1234 },
    });
  });

  it('reads a layout-1 list (a key per entry and per tombstone) as it was, nothing lost', async () => {
    await browser.storage.local.set({
      'entry:a1': v1Entry,
      'url:news.example/a': 'a1',
      'gone:a2': 77,
      other: 5,
    });
    const entries = await readAllEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: 'a1', archived: true, progress: v1Entry.progress, tags: [] });
    expect((await findEntryByUrl('http://news.example/a/'))?.id).toBe('a1');
    expect((await readList()).gone.get('a2')).toBe(77);
    // The old keys are gone, the layout is recorded, other keys are untouched.
    const keys = [...browser.storage.local.data.keys()];
    expect(keys.filter((k) => k.startsWith('entry:') || k.startsWith('gone:'))).toEqual([]);
    expect(browser.storage.local.data.get(LAYOUT_KEY)).toBe(3);
    expect(browser.storage.local.data.get('other')).toBe(5);
  });

  it('re-shards a layout-2 list (64 shards) into the current shards', async () => {
    const shard = JSON.stringify({ entries: { a1: { ...v1Entry, v: 1 } }, gone: { a2: 88 } });
    await browser.storage.local.set({ 'list:layout': 2, 'entries:07': shard, 'url:news.example/a': 'a1' });
    expect((await readAllEntries()).map((e) => e.id)).toEqual(['a1']);
    expect((await readList()).gone.get('a2')).toBe(88);
    expect(browser.storage.local.data.has('entries:07')).toBe(false);
    expect(browser.storage.local.data.get(LAYOUT_KEY)).toBe(3);
  });

  it('leaves records it does not understand out instead of showing garbage', () => {
    expect(fromStored({ v: listEntryItem.version + 1, id: 'x', url: 'u', savedAt: 1 })).toBeNull();
    expect(fromStored({ v: 2, id: 'x' })).toBeNull();
    expect(fromStored('nonsense')).toBeNull();
  });

  it('refuses to skip a missing migration step', () => {
    const item = {
      version: 3,
      migrations: { 2: (o: Record<string, unknown>) => o },
      isValid: (v: unknown): v is object => typeof v === 'object',
    };
    expect(migrate(item, { v: 1 })).toBeNull();
    expect(migrate(item, { v: 2 })).toEqual({ v: 3 });
  });
});

describe('IndexedDB schema', () => {
  it('upgrades a version-1 database and keeps its bodies', async () => {
    await closeDatabase();
    const old = await openDB(DB_NAME, 1, {
      upgrade: (db) => void db.createObjectStore('bodies', { keyPath: 'id' }),
    });
    await old.put('bodies', { id: 'a1', article: sampleArticle('https://news.example/a'), savedAt: 1 });
    old.close();
    const db = await database();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['bodies', 'search']);
    expect((await getBody('a1'))?.url).toBe('https://news.example/a');
  });
});
