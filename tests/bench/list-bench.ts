/**
 * Reading-list benchmark (`npm run bench`, or FOLIO_BENCH=list): 10,000 saved
 * articles with realistic bodies; medians unless a percentile is named.
 * Targets (issue 5): first screen ≤ 300 ms, search ≤ 50 ms p95, saving one
 * article ≤ 50 ms, storage growing linearly. Prints a Markdown table and
 * writes it to tests/bench/results/list.md. FOLIO_BENCH_ARTICLES=n for a
 * smaller run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromiumAvailable, measureChromium, type ChromiumFigures } from './list/chromium-measure';
import { loadSources } from './list/corpus';
import { measureNode } from './list/node-measure';
import { ms } from './list/stats';

const TOTAL = Number(process.env.FOLIO_BENCH_ARTICLES ?? 10_000);
// Timings on a shared machine depend on what else runs: the table says so.
const loadBefore = loadavg()[0]!.toFixed(1);
const { sources, origin } = loadSources();
console.log(`Corpus: ${origin}; ${TOTAL} articles.`);

const node = await measureNode(TOTAL, sources);
const skip = chromiumAvailable();
let chromium: ChromiumFigures | null = null;
if (!skip) chromium = await measureChromium(TOTAL, sources);

const verdict = (value: number, target: number) =>
  value <= target ? `≤ ${target} ms ✓` : `> ${target} ms ✗`;
const median5 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[][] = [];
if (chromium) {
  const first = median5(chromium.firstScreenMs);
  rows.push(
    [
      'First screen of the list page (Chromium, navigation → first 50 rows drawn)',
      `${ms(first)} ms`,
      verdict(first, 300),
    ],
    [
      '  … on the very first open (no search snapshot yet)',
      `${ms(chromium.firstScreenColdMs)} ms`,
      verdict(chromium.firstScreenColdMs, 300),
    ],
    [
      `Search as typed, p95 (Chromium, ${chromium.searchRenderMs.queries} queries, search + redraw)`,
      `${ms(chromium.searchRenderMs.p95)} ms (median ${ms(chromium.searchRenderMs.median)}; search alone p95 ${ms(chromium.searchRenderMs.searchP95)})`,
      verdict(chromium.searchRenderMs.p95, 50),
    ],
    [
      'Save one article (Chromium, message → worker → IndexedDB + storage.local)',
      `${ms(chromium.saveMs.median)} ms (p95 ${ms(chromium.saveMs.p95)})`,
      verdict(chromium.saveMs.median, 50),
    ],
    [
      'Full-text search ready after opening the list (snapshot load + catch-up)',
      `${ms(chromium.searchReadyMs)} ms`,
      'titles are searched meanwhile',
    ],
    [
      '  … on the very first open (index built from every body)',
      `${ms(chromium.searchReadyColdMs)} ms`,
      'once',
    ],
    [
      'Stored by Chromium per article: IndexedDB (bodies + search snapshot) / storage.local',
      `${chromium.idbBytesPerArticle} B / ${chromium.localBytesPerArticle} B`,
      '',
    ],
  );
} else rows.push(['Chromium figures', `skipped: ${skip}`, '']);
rows.push(
  [
    `Search, p95 (Node, MiniSearch alone, ${node.searchMs.queries} queries)`,
    `${ms(node.searchMs.p95)} ms (median ${ms(node.searchMs.median)})`,
    verdict(node.searchMs.p95, 50),
  ],
  [
    'Save one article (Node: lock, aliases, fake-indexeddb, storage.local stand-in)',
    `${ms(node.saveMs.median)} ms (p95 ${ms(node.saveMs.p95)})`,
    verdict(node.saveMs.median, 50),
  ],
  [
    'List data for the first screen (Node: read all entries, filter, sort, take 50)',
    `${ms(node.listDataMs)} ms`,
    '',
  ],
  [
    'Search index: build (once) / serialized size / load',
    `${ms(node.indexBuildMs)} ms / ${(node.indexBytes / 1e6).toFixed(1)} MB / ${ms(node.indexLoadMs)} ms`,
    '',
  ],
  ...node.growth.map((g) => [
    `Storage at ${g.articles} articles, per article: storage.local (entry + alias) / IndexedDB body (JSON)`,
    `${g.localBytesPerArticle} B / ${g.bodyBytesPerArticle} B`,
    g === node.growth[node.growth.length - 1] ? 'linear: constant per article' : '',
  ]),
);

const table = [
  `# Reading list benchmark`,
  '',
  `${node.articles} saved articles (corpus: ${origin}), ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
    `${cpus().length} cores, load average ${loadBefore} at the start and ${loadavg()[0]!.toFixed(1)} at the end.`,
  '',
  '| measure | value | target |',
  '| --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
].join('\n');
console.log(`\n${table}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/list.md', import.meta.url), table);
