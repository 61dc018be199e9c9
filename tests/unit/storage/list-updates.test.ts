import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('./fake-platform'));
import './setup';
import { bodyIds } from '../../../src/storage/article-bodies';
import { readAllEntries, readList } from '../../../src/storage/list-entries';
import { deleteEntries, restoreEntries } from '../../../src/storage/list-removal';
import { findEntryByUrl, setArchived, setProgress } from '../../../src/storage/list-updates';
import { saveArticle } from '../../../src/storage/save-article';
import { sampleArticle } from './sample-article';

const at = (t: number) => ({ block: t, quote: `q${t}`, offset: 0, percent: t / 10, at: t });

describe('progress and archive', () => {
  it('a late, older progress report does not overwrite a newer one', async () => {
    const { id } = await saveArticle(sampleArticle('https://n.example/a'));
    await setProgress(id, at(5));
    await setProgress(id, at(3));
    expect((await findEntryByUrl('https://n.example/a'))?.progress).toEqual(at(5));
    expect(await setProgress('a-none', at(1))).toBeNull();
  });

  it('archiving stamps the change for sync; archiving twice changes nothing', async () => {
    const { id } = await saveArticle(sampleArticle('https://n.example/a'), 100);
    expect((await setArchived(id, true, 200))?.stamps?.archived).toBe(200);
    expect((await setArchived(id, true, 300))?.stamps?.archived).toBe(200);
    expect((await setArchived(id, false, 400))?.archived).toBe(false);
  });
});

describe('delete and undo', () => {
  it('removes entry, body and aliases, leaves a tombstone, and undo puts it all back', async () => {
    const keep = await saveArticle(sampleArticle('https://n.example/keep'));
    const gone = await saveArticle(
      sampleArticle('https://n.example/gone', { canonicalUrl: 'https://n.example/c' }),
    );
    await setProgress(gone.id, at(4));
    const removed = await deleteEntries([gone.id], 999);
    expect(await findEntryByUrl('https://n.example/gone')).toBeNull();
    expect(await findEntryByUrl('https://n.example/c')).toBeNull();
    expect(await bodyIds()).toEqual([keep.id]);
    expect((await readList()).gone.get(gone.id)).toBe(999);

    await restoreEntries(removed);
    expect((await findEntryByUrl('https://n.example/c'))?.progress).toEqual(at(4));
    expect((await bodyIds()).sort()).toEqual([keep.id, gone.id].sort());
    expect(await readAllEntries()).toHaveLength(2);
    expect((await readList()).gone.has(gone.id)).toBe(false);
  });
});
