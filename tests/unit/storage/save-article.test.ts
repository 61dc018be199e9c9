import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('./fake-platform'));
import './setup';
import { bodyIds, getBody } from '../../../src/storage/article-bodies';
import { readAllEntries } from '../../../src/storage/list-entries';
import { findEntryByUrl, openSaved, setProgress } from '../../../src/storage/list-updates';
import { saveArticle, saveLink } from '../../../src/storage/save-article';
import { StorageFullError } from '../../../src/storage/storage-full';
import { browser } from './fake-platform';
import { sampleArticle } from './sample-article';

const URL_A = 'https://www.southernledger.example/world/marines';

describe('saveArticle', () => {
  it('stores the body in IndexedDB and the entry in storage.local', async () => {
    const entry = await saveArticle(sampleArticle(URL_A), 1000);
    expect(entry).toMatchObject({ url: URL_A, title: `Title of ${URL_A}`, pending: false, savedAt: 1000 });
    expect((await getBody(entry.id))?.contentHtml).toContain('marines and borders');
    expect(await readAllEntries()).toHaveLength(1);
    expect(await findEntryByUrl(URL_A)).toMatchObject({ id: entry.id });
  });

  it('finds the article by its canonical address and by tracking-decorated addresses', async () => {
    const canonical = 'https://southernledger.example/canonical/marines';
    const entry = await saveArticle(sampleArticle(URL_A, { canonicalUrl: canonical }));
    expect((await findEntryByUrl(canonical))?.id).toBe(entry.id);
    expect((await findEntryByUrl(`${URL_A}?utm_source=x#comments`))?.id).toBe(entry.id);
    expect(await findEntryByUrl('https://southernledger.example/other')).toBeNull();
  });

  it('saving again updates the one entry and keeps the reading position', async () => {
    const first = await saveArticle(sampleArticle(URL_A), 1000);
    const progress = { block: 3, quote: 'Second paragraph', offset: 0.2, percent: 0.4, at: 1500 };
    await setProgress(first.id, progress);
    const again = await saveArticle(
      sampleArticle(`${URL_A}/?utm_medium=email`, { title: 'New title' }),
      2000,
    );
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ savedAt: 1000, title: 'New title', progress });
    expect(await readAllEntries()).toHaveLength(1);
  });

  it('concurrent saves from many tabs lose nothing and duplicate nothing', async () => {
    const urls = Array.from({ length: 30 }, (_, i) => `https://news.example/story/${i % 20}`);
    const entries = await Promise.all(urls.map((u) => saveArticle(sampleArticle(u))));
    expect(new Set(entries.map((e) => e.id)).size).toBe(20);
    expect(await readAllEntries()).toHaveLength(20);
    expect((await bodyIds()).sort()).toEqual([...new Set(entries.map((e) => e.id))].sort());
  });

  it('a link saved as pending becomes a full copy when the page is saved', async () => {
    const link = await saveLink(URL_A, 'Marines story');
    expect(link).toMatchObject({ pending: true, title: 'Marines story', siteName: 'southernledger.example' });
    expect((await openSaved(link.id))?.article).toBeNull();
    const full = await saveArticle(sampleArticle(URL_A));
    expect(full).toMatchObject({ id: link.id, pending: false });
    expect((await openSaved(link.id))?.article?.url).toBe(URL_A);
    expect(await readAllEntries()).toHaveLength(1);
  });

  it('opening a saved article records when it was opened', async () => {
    const entry = await saveArticle(sampleArticle(URL_A), 1000);
    const saved = await openSaved(entry.id, 5000);
    expect(saved?.entry.lastOpenedAt).toBe(5000);
    expect((await findEntryByUrl(URL_A))?.lastOpenedAt).toBe(5000);
    expect(await openSaved('a-missing')).toBeNull();
  });
});

describe('storage full', () => {
  it('IndexedDB quota: a clear error, and the list as it was', async () => {
    await saveArticle(sampleArticle(URL_A));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = saveArticle(sampleArticle('https://news.example/too-much'));
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    // One sentence from _locales (this fake browser answers with the key; the e2e tests read the text).
    await expect(failure).rejects.toThrow(/^storageFull$/);
    put.mockRestore();
    const entries = await readAllEntries();
    expect(entries.map((e) => e.url)).toEqual([URL_A]);
    expect(await bodyIds()).toHaveLength(1);
  });

  it('storage.local quota: the new body is rolled back', async () => {
    await saveArticle(sampleArticle(URL_A));
    browser.storage.local.full = true;
    await expect(saveArticle(sampleArticle('https://news.example/x'))).rejects.toBeInstanceOf(
      StorageFullError,
    );
    browser.storage.local.full = false;
    expect(await readAllEntries()).toHaveLength(1);
    expect(await bodyIds()).toHaveLength(1);
  });
});
