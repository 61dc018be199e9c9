import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('./fake-platform'));
import './setup';
import { chooseSyncRecords, SYNC_BYTES_BUDGET } from '../../../src/background/sync-budget';
import { encodeEntry, recordBytes, syncKey } from '../../../src/background/sync-codec';
import { syncNow } from '../../../src/background/sync-engine';
import { mergeRemote } from '../../../src/background/sync-merge';
import { readAllEntries } from '../../../src/storage/list-entries';
import { deleteEntries } from '../../../src/storage/list-removal';
import { findEntryByUrl, setArchived, setProgress } from '../../../src/storage/list-updates';
import { pendingEntry, saveArticle } from '../../../src/storage/save-article';
import type { ListEntry } from '../../../src/storage/types';
import { FakeArea } from './fake-browser';
import { browser } from './fake-platform';
import { sampleArticle } from './sample-article';

const pos = (at: number, percent: number) => ({
  block: Math.round(percent * 10),
  quote: `q${at}`,
  offset: 0,
  percent,
  at,
});
const entry = (over: Partial<ListEntry> = {}): ListEntry => ({
  ...pendingEntry('a1', 'https://n.example/a', 'Title', 100),
  pending: false,
  ...over,
});

describe('the merge rule', () => {
  it('archived: the later change wins, whichever device made it', () => {
    const local = entry({ archived: false, stamps: { archived: 300, meta: 100 } });
    const remoteOlder = encodeEntry(entry({ archived: true, stamps: { archived: 200, meta: 100 } }));
    const remoteNewer = encodeEntry(entry({ archived: true, stamps: { archived: 400, meta: 100 } }));
    expect(mergeRemote('a1', local, null, remoteOlder)).toEqual({ kind: 'keep' });
    expect(mergeRemote('a1', local, null, remoteNewer)).toMatchObject({
      kind: 'put',
      entry: { archived: true },
    });
  });

  it('progress: the most recent position wins, even nearer the top; a tie goes to the further one', () => {
    const local = entry({ progress: pos(500, 0.8) });
    const reread = encodeEntry(entry({ progress: pos(600, 0.1) }));
    expect(mergeRemote('a1', local, null, reread)).toMatchObject({ entry: { progress: pos(600, 0.1) } });
    const tie = encodeEntry(entry({ progress: { ...pos(500, 0.9), quote: 'q500' } }));
    expect(mergeRemote('a1', local, null, tie)).toMatchObject({ entry: { progress: { percent: 0.9 } } });
    expect(mergeRemote('a1', local, null, encodeEntry(entry({ progress: pos(400, 1) })))).toEqual({
      kind: 'keep',
    });
  });

  it('title: last writer wins by its stamp; savedAt: the earliest; lastOpenedAt: the latest', () => {
    const local = entry({
      title: 'Old',
      savedAt: 100,
      lastOpenedAt: 900,
      stamps: { archived: 100, meta: 100 },
    });
    const remote = encodeEntry(
      entry({ title: 'New', savedAt: 50, lastOpenedAt: 800, stamps: { archived: 50, meta: 200 } }),
    );
    expect(mergeRemote('a1', local, null, remote)).toMatchObject({
      entry: { title: 'New', savedAt: 50, lastOpenedAt: 900 },
    });
  });

  it('deletion wins over older changes; a change after the deletion brings it back', () => {
    const local = entry({ progress: pos(500, 0.5) });
    expect(mergeRemote('a1', local, null, { u: '', t: '', sv: 0, at: 0, mt: 0, d: 600 })).toEqual({
      kind: 'delete',
      at: 600,
    });
    expect(mergeRemote('a1', local, null, { u: '', t: '', sv: 0, at: 0, mt: 0, d: 400 })).toEqual({
      kind: 'keep',
    });
    // Deleted here at 700; the other device's record is older: it stays deleted.
    expect(mergeRemote('a1', null, 700, encodeEntry(entry({ progress: pos(650, 0.5) })))).toEqual({
      kind: 'keep',
    });
    expect(mergeRemote('a1', null, 700, encodeEntry(entry({ progress: pos(750, 0.5) })))).toMatchObject({
      kind: 'put',
    });
  });

  it('an article known only from another device arrives pending (no body syncs)', () => {
    const result = mergeRemote('a1', null, null, encodeEntry(entry({ progress: pos(500, 0.5) })));
    expect(result).toMatchObject({
      kind: 'put',
      entry: { pending: true, title: 'Title', progress: pos(500, 0.5) },
    });
  });

  it('is commutative: both orders of two devices’ changes give the same entry', () => {
    const base = entry();
    const a = entry({ archived: true, stamps: { archived: 300, meta: 100 }, progress: pos(200, 0.3) });
    const b = entry({ title: 'Renamed', stamps: { archived: 100, meta: 250 }, progress: pos(400, 0.6) });
    const apply = (x: ListEntry, y: ListEntry) => {
      const r = mergeRemote('a1', x, null, encodeEntry(y));
      return r.kind === 'put' ? r.entry : x;
    };
    const ab = apply(apply(base, a), b);
    const ba = apply(apply(base, b), a);
    expect({ ...ab, lastOpenedAt: null }).toEqual({ ...ba, lastOpenedAt: null });
    expect(ab).toMatchObject({ archived: true, title: 'Renamed', progress: pos(400, 0.6) });
  });
});

describe('the sync budget', () => {
  it('stays under the quotas with 10,000 articles, dropping the oldest archived first', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) =>
      entry({
        id: `a${i}`,
        url: `https://news.example/2025/12/${i}/a-reasonably-long-article-address-slug-${i}`,
        title: `A realistic headline about article number ${i} and what it means`,
        savedAt: i,
        archived: i % 2 === 0,
        stamps: { archived: i, meta: i },
        progress: pos(i, 0.5),
      }),
    );
    const chosen = chooseSyncRecords(entries, new Map([['gone1', Date.now()]]));
    const bytes = [...chosen].reduce((n, [k, r]) => n + recordBytes(k, r), 0);
    expect(bytes).toBeLessThanOrEqual(SYNC_BYTES_BUDGET);
    expect(chosen.size).toBeLessThanOrEqual(480);
    expect(chosen.has(syncKey('gone1'))).toBe(true);
    // Unread, newest first, fill the budget before any archived article.
    expect(chosen.has(syncKey('a9999'))).toBe(true);
    expect(chosen.has(syncKey('a9998'))).toBe(false);
    for (const [, r] of chosen) expect(recordBytes('s:a0000000000', r)).toBeLessThan(8192);
  });
});

describe('two devices through one storage.sync', () => {
  it('save on one, read on the other, change both, and converge', async () => {
    const laptop = browser.storage.local;
    const phone = new FakeArea('local');
    const on = (device: FakeArea) => Object.assign(browser.storage, { local: device });

    on(laptop);
    const saved = await saveArticle(sampleArticle('https://n.example/a'), 1000);
    await syncNow(2000);

    on(phone);
    await syncNow(3000);
    const arrived = await findEntryByUrl('https://n.example/a');
    expect(arrived).toMatchObject({ id: saved.id, pending: true, title: saved.title });
    await setProgress(saved.id, pos(4000, 0.6));
    await syncNow(4100);

    on(laptop);
    await setArchived(saved.id, true, 4500);
    await syncNow(5000);
    expect(await findEntryByUrl('https://n.example/a')).toMatchObject({
      archived: true,
      progress: pos(4000, 0.6),
      pending: false,
    });

    on(phone);
    await syncNow(6000);
    expect(await findEntryByUrl('https://n.example/a')).toMatchObject({
      archived: true,
      progress: pos(4000, 0.6),
    });

    // Delete on the phone: the laptop loses it too, and it is not resurrected.
    await deleteEntries([saved.id], 7000);
    await syncNow(7100);
    on(laptop);
    await syncNow(8000);
    expect(await readAllEntries()).toEqual([]);
    await syncNow(9000);
    expect(await readAllEntries()).toEqual([]);
  });

  it('a second round writes nothing when nothing changed (no wasted write quota)', async () => {
    await saveArticle(sampleArticle('https://n.example/a'));
    await syncNow();
    const writes = browser.storage.sync.writes;
    expect(await syncNow()).toMatchObject({ written: 0, removed: 0 });
    expect(browser.storage.sync.writes).toBe(writes);
  });
});
