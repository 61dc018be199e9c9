/**
 * The reading list page itself, in Chromium with the built extension
 * (dist/chrome): 10,000 saved articles are written into its real storage,
 * then the page is opened and timed from navigation to its first screen (the
 * `folio-list-first-screen` mark), its search to the redrawn result list, a
 * save through the worker, and the bytes the browser stores.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../../e2e/support/chromium';
import { CHROMIUM, DIST_CHROME } from '../../e2e/support/paths';
import { makeArticle, makeQueries, type SourceText } from './corpus';
import type { Seeded } from './seed-records';
import { median, percentile } from './stats';

/** The bits of the extension API the page-side code below uses. */
interface ChromeApi {
  storage: { local: { set(items: object): Promise<void>; getBytesInUse(keys: null): Promise<number> } };
  runtime: { sendMessage(message: object): Promise<{ ok: boolean; error?: string } | undefined> };
}

const { listRecords } = await import('./seed-records');
const { idForUrl } = await import('../../../src/storage/url-key');
const { DB_NAME, DB_VERSION } = await import('../../../src/storage/database');

export interface ChromiumFigures {
  firstScreenColdMs: number;
  firstScreenMs: number[];
  searchReadyColdMs: number;
  searchReadyMs: number;
  searchRenderMs: { median: number; p95: number; searchP95: number; queries: number };
  saveMs: { median: number; p95: number };
  idbBytesPerArticle: number;
  localBytesPerArticle: number;
}

export function chromiumAvailable(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  if (!existsSync(`${DIST_CHROME}/manifest.json`)) return 'dist/chrome is not built (npm run build)';
  return null;
}

/** Writes articles straight into the extension's IndexedDB and storage.local (seeding, not measured). */
export async function seed(page: Page, total: number, sources: SourceText[]): Promise<void> {
  const all: Seeded[] = [];
  for (let start = 0; start < total; start += 250) {
    const bodies: Seeded[] = [];
    for (let i = start; i < Math.min(total, start + 250); i++) {
      const article = makeArticle(i, sources);
      bodies.push({ id: idForUrl(article.url), article, savedAt: 1_700_000_000_000 + i * 60_000 });
    }
    all.push(...bodies);
    await page.evaluate(
      async (name, version, bodies) => {
        const db: IDBDatabase = await new Promise((resolve, reject) => {
          const open = indexedDB.open(name, version);
          // Same stores as src/storage/database.ts, in case the page has not opened it yet.
          open.onupgradeneeded = () => {
            if (!open.result.objectStoreNames.contains('bodies'))
              open.result.createObjectStore('bodies', { keyPath: 'id' });
            if (!open.result.objectStoreNames.contains('search')) open.result.createObjectStore('search');
          };
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise((resolve, reject) => {
          const tx = db.transaction('bodies', 'readwrite');
          for (const body of bodies) tx.objectStore('bodies').put(body);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      DB_NAME,
      DB_VERSION,
      bodies,
    );
  }
  const records = listRecords(all);
  await page.evaluate(async (records) => {
    await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set(records);
  }, records);
}

async function markTime(page: Page, name: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const t = await page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? -1, name);
    if (t >= 0) return t;
    if (Date.now() > deadline) throw new Error(`no ${name} mark within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function measureChromium(total: number, sources: SourceText[]): Promise<ChromiumFigures> {
  const session = await launchChromium();
  try {
    const listUrl = `chrome-extension://${session.extensionId}/src/list/index.html`;
    const page = await session.browser.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
    await seed(page, total, sources);

    // First open: no search snapshot yet, the index is built from every body after the first screen.
    await page.goto(listUrl, { waitUntil: 'load' });
    const firstScreenColdMs = await markTime(page, 'folio-list-first-screen', 30_000);
    const searchReadyColdMs = await markTime(page, 'folio-list-search-ready', 600_000);
    await new Promise((r) => setTimeout(r, 1000)); // the snapshot write

    const firstScreenMs: number[] = [];
    let searchReadyMs = 0;
    for (let i = 0; i < 5; i++) {
      await page.goto('about:blank');
      await page.goto(listUrl, { waitUntil: 'load' });
      firstScreenMs.push(await markTime(page, 'folio-list-first-screen', 30_000));
      searchReadyMs = await markTime(page, 'folio-list-search-ready', 120_000);
    }

    // Search as typed: set the box, let the page search and redraw, time it.
    const queries = makeQueries(60, sources);
    const searchTimes = await page.evaluate(async (queries) => {
      const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
      const times: Array<[number, number]> = [];
      for (const q of queries) {
        const start = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const searched = performance.now();
        await new Promise((r) => setTimeout(r, 0));
        times.push([searched - start, performance.now() - start]);
      }
      return times;
    }, queries);

    // Saving through the worker into the list of `total`, from another extension page (as the
    // popup does), with the list page closed: its redraws are not the save's cost.
    await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
    const saveTimes: number[] = [];
    for (let i = 0; i < 30; i++) {
      const article = makeArticle(total + 100 + i, sources);
      saveTimes.push(
        await page.evaluate(async (article) => {
          const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
          const start = performance.now();
          const reply = await api.runtime.sendMessage({
            folio: 1,
            type: 'bg/save-article',
            payload: { article },
          });
          if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
          return performance.now() - start;
        }, article),
      );
    }

    await page.goto(listUrl, { waitUntil: 'load' });
    const bytes = await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const estimate = await navigator.storage.estimate();
      const details = (estimate as { usageDetails?: Record<string, number> }).usageDetails ?? {};
      return {
        idb: details.indexedDB ?? estimate.usage ?? 0,
        local: await api.storage.local.getBytesInUse(null),
      };
    });
    const stored = total + 30;
    return {
      firstScreenColdMs,
      firstScreenMs,
      searchReadyColdMs,
      searchReadyMs,
      searchRenderMs: {
        median: median(searchTimes.map((t) => t[1])),
        p95: percentile(
          searchTimes.map((t) => t[1]),
          95,
        ),
        searchP95: percentile(
          searchTimes.map((t) => t[0]),
          95,
        ),
        queries: queries.length,
      },
      saveMs: { median: median(saveTimes), p95: percentile(saveTimes, 95) },
      idbBytesPerArticle: Math.round(bytes.idb / stored),
      localBytesPerArticle: Math.round(bytes.local / stored),
    };
  } finally {
    await session.close();
  }
}
