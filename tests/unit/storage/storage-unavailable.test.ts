import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('./fake-platform'));
import './setup';
import { closeDatabase } from '../../../src/storage/database';
import { readAllEntries } from '../../../src/storage/list-entries';
import { openSaved } from '../../../src/storage/list-updates';
import { saveArticle } from '../../../src/storage/save-article';
import { StorageUnavailableError } from '../../../src/storage/storage-full';
import { sampleArticle } from './sample-article';

const URL_A = 'https://news.example/kept';

/** What Firefox set to "Never remember history" answers to every IndexedDB open. */
function refuseIndexedDB() {
  return vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException(
      'A mutation operation was attempted on a database that did not allow mutations.',
      'InvalidStateError',
    );
  });
}

describe('IndexedDB unavailable (Firefox "Never remember history")', () => {
  it('saving says so in one sentence, and the list is left as it was', async () => {
    const kept = await saveArticle(sampleArticle(URL_A));
    await closeDatabase();
    const refused = refuseIndexedDB();
    const failure = saveArticle(sampleArticle('https://news.example/new'));
    await expect(failure).rejects.toBeInstanceOf(StorageUnavailableError);
    // One sentence from _locales (this fake browser answers with the key; the e2e tests read the text).
    await expect(failure).rejects.toThrow(/^storageUnavailable$/);
    expect((await readAllEntries()).map((e) => e.id)).toEqual([kept.id]);
    refused.mockRestore();
    // Once the browser allows it again, nothing was lost.
    expect((await openSaved(kept.id))?.article?.url).toBe(URL_A);
  });

  it('a profile without IndexedDB at all gets the same sentence', async () => {
    await closeDatabase();
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- a browser profile without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(saveArticle(sampleArticle(URL_A))).rejects.toBeInstanceOf(StorageUnavailableError);
      expect(await readAllEntries()).toEqual([]);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
