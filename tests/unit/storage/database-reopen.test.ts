import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('./fake-platform'));
import './setup';
import { database } from '../../../src/storage/database';
import { openSaved } from '../../../src/storage/list-updates';
import { saveArticle } from '../../../src/storage/save-article';
import { sampleArticle } from './sample-article';

describe('IndexedDB connection closed by the browser', () => {
  // Chromium closes a database connection itself after a write fails on a
  // full disk; the next transaction on the old handle throws
  // "InvalidStateError: The database connection is closing" until the
  // close event arrives. Folio must open a new connection, not fail.
  it('reading and saving open a new connection instead of failing', async () => {
    const kept = await saveArticle(sampleArticle('https://news.example/kept'));
    const stale = await database();
    stale.close(); // no close event: the handle is still the cached one
    expect(() => stale.transaction('bodies')).toThrow(/InvalidStateError|closing|closed/i);

    expect((await openSaved(kept.id))?.article?.url).toBe('https://news.example/kept');
    const next = await saveArticle(sampleArticle('https://news.example/next'));
    expect((await openSaved(next.id))?.article?.url).toBe('https://news.example/next');
    expect(await database()).not.toBe(stale);
  });
});
