import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('../storage/fake-platform'));
import '../storage/setup';
import { createSearchService } from '../../../src/list/search/search-service';
import { readAllEntries } from '../../../src/storage/list-entries';
import { deleteEntries } from '../../../src/storage/list-removal';
import { saveArticle, saveLink } from '../../../src/storage/save-article';
import { loadSnapshot } from '../../../src/storage/search-snapshots';
import { INDEX_FORMAT } from '../../../src/list/search/search-index';
import { sampleArticle } from '../storage/sample-article';

const body = (words: string) => sampleArticle('x', { text: words }).text;

describe('search service', () => {
  it('finds articles by a word of their body, prefix of the last word, and title', async () => {
    const a = await saveArticle(
      sampleArticle('https://n.example/a', { text: body('Marines deployed to the border') }),
    );
    const b = await saveArticle(
      sampleArticle('https://n.example/b', { title: 'Tide gauges', text: 'Sea level records' }),
    );
    const search = createSearchService();
    await search.sync(await readAllEntries());
    expect(search.search('deployed')).toEqual([a.id]);
    expect(search.search('marines depl')).toEqual([a.id]);
    expect(search.search('tide')).toEqual([b.id]);
    expect(search.search('records sea')).toEqual([b.id]);
    expect(search.search('absent')).toEqual([]);
  });

  it('saves a snapshot and, next time, only catches up on what changed', async () => {
    const a = await saveArticle(sampleArticle('https://n.example/a', { text: 'first harbour story' }));
    await createSearchService().sync(await readAllEntries());
    expect(Object.keys((await loadSnapshot(INDEX_FORMAT))!.indexed)).toEqual([a.id]);

    const b = await saveArticle(sampleArticle('https://n.example/b', { text: 'second harbour story' }));
    await deleteEntries([a.id]);
    const link = await saveLink('https://n.example/pending', 'Harbour link');
    const next = createSearchService();
    await next.sync(await readAllEntries());
    expect(next.search('harbour').sort()).toEqual([b.id, link.id].sort());
    expect(Object.keys((await loadSnapshot(INDEX_FORMAT))!.indexed).sort()).toEqual([b.id, link.id].sort());
  });
});
