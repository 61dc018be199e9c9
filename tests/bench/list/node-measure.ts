/**
 * The storage and search figures, measured in Node over the real storage
 * modules: IndexedDB from fake-indexeddb, `storage.local` from the in-memory
 * stand-in the unit tests use (it clones values as the browser does).
 * Absolute times are Node's, not a browser's; the page's own first screen is
 * measured in Chromium (chromium-measure.ts).
 */
import 'fake-indexeddb/auto';
import { createFakeBrowser, itemBytes } from '../../unit/storage/fake-browser';
import { makeArticle, makeQueries, type SourceText } from './corpus';
import type { Seeded } from './seed-records';
import { median, percentile, time } from './stats';

// webextension-polyfill hands back globalThis.browser when it looks like an extension's.
const fake = createFakeBrowser();
Object.assign(globalThis, { browser: fake, chrome: { runtime: { id: 'bench' } } });

const { saveArticle } = await import('../../../src/storage/save-article');
const { listRecords } = await import('./seed-records');
const { readAllEntries } = await import('../../../src/storage/list-entries');
const { idForUrl } = await import('../../../src/storage/url-key');
const { database } = await import('../../../src/storage/database');
const { selectVisible } = await import('../../../src/list/select-visible');
const { createIndex, loadIndex, searchIds, toDoc } = await import('../../../src/list/search/search-index');

export interface NodeFigures {
  articles: number;
  saveMs: { median: number; p95: number };
  listDataMs: number;
  indexBuildMs: number;
  indexBytes: number;
  indexLoadMs: number;
  searchMs: { median: number; p95: number; queries: number };
  growth: Array<{ articles: number; localBytesPerArticle: number; bodyBytesPerArticle: number }>;
}

/** Writes articles [0, to) straight to storage, in bulk (seeding, not what is measured). */
async function seed(from: number, to: number, sources: SourceText[], all: Seeded[]): Promise<void> {
  const db = await database();
  for (let start = from; start < to; start += 500) {
    const tx = db.transaction('bodies', 'readwrite');
    for (let i = start; i < Math.min(to, start + 500); i++) {
      const article = makeArticle(i, sources);
      const item = { id: idForUrl(article.url), article, savedAt: 1_700_000_000_000 + i };
      void tx.store.put(item);
      all.push(item);
    }
    await tx.done;
  }
  await fake.storage.local.set(listRecords(all));
}

async function growthAt(n: number): Promise<NodeFigures['growth'][number]> {
  let local = 0;
  for (const [k, v] of fake.storage.local.data) local += itemBytes(k, v);
  let bodies = 0;
  for (const record of await (await database()).getAll('bodies')) bodies += JSON.stringify(record).length;
  return {
    articles: n,
    localBytesPerArticle: Math.round(local / n),
    bodyBytesPerArticle: Math.round(bodies / n),
  };
}

export async function measureNode(total: number, sources: SourceText[]): Promise<NodeFigures> {
  const growth: NodeFigures['growth'] = [];
  let seeded = 0;
  const all: Seeded[] = [];
  for (const step of [...new Set([1_000, 5_000, total])].filter((s) => s <= total)) {
    await seed(seeded, step, sources, all);
    seeded = step;
    growth.push(await growthAt(step));
  }

  // Saving one article into a list of `total`: the worker's whole path (lock, alias, IDB, storage.local).
  const saves: number[] = [];
  for (let i = 0; i < 40; i++) {
    const article = makeArticle(total + i, sources);
    saves.push(await time(() => saveArticle(article)));
  }

  // The list page's data path for the first screen: read every entry, filter, sort, take 50.
  const listData: number[] = [];
  for (let i = 0; i < 5; i++)
    listData.push(
      await time(async () => {
        const entries = await readAllEntries();
        selectVisible(entries, { filter: 'unread', sort: 'newest', query: '', ranked: null }).slice(0, 50);
      }),
    );

  // Full-text index over every title and body, then queries.
  const entries = await readAllEntries();
  const db = await database();
  const index = createIndex();
  const indexBuildMs = await time(async () => {
    for (let i = 0; i < entries.length; i += 500) {
      const batch = entries.slice(i, i + 500);
      const tx = db.transaction('bodies');
      const bodies = await Promise.all(batch.map((e) => tx.store.get(e.id)));
      index.addAll(batch.map((e, k) => toDoc(e.id, e.title, e.siteName, bodies[k]?.article.text ?? '')));
    }
  });
  const json = JSON.stringify(index);
  let loaded = index;
  const indexLoadMs = await time(async () => void (loaded = await loadIndex(json)));
  const queries = makeQueries(400, sources);
  const searchTimes: number[] = [];
  for (const q of queries) searchTimes.push(await time(async () => void searchIds(loaded, q)));

  return {
    articles: entries.length,
    saveMs: { median: median(saves), p95: percentile(saves, 95) },
    listDataMs: median(listData),
    indexBuildMs,
    indexBytes: json.length,
    indexLoadMs,
    searchMs: { median: median(searchTimes), p95: percentile(searchTimes, 95), queries: queries.length },
    growth,
  };
}
