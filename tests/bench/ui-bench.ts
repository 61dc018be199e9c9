/**
 * `npm run bench` (or `npx tsx tests/bench/ui-bench.ts`): the reader
 * interface's targets in Chromium, median of 10 runs on the seed fixture page
 * (tests/fixtures/seed-news): the popup shows the article ≤ 300 ms after the
 * toolbar click (on Folio's button, pinned to the toolbar; the same click from
 * the Extensions menu is reported beside it), reader mode appears ≤ 200 ms
 * after the toggle, the popup's JavaScript ≤ 40 KB gzip; and every bundle's
 * size. Builds dist/chrome first (FOLIO_BENCH_NO_BUILD=1 skips that). Prints
 * a Markdown table and writes tests/bench/results/ui.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium, pinToToolbar } from '../e2e/support/chromium';
import { CHROMIUM, DIST_CHROME, ROOT } from '../e2e/support/paths';
import { startFixtureServer } from '../e2e/support/server';
import { contextSizes, fileSizes } from './ui/bundle-sizes';
import { emptyPopupTimes } from './ui/empty-popup';
import { measureOnce, measurePopup, median, type RunTimes } from './ui/timing';

const RUNS = 10;
const TARGETS = { popupMs: 300, readerMs: 200, popupGzipKb: 40 };

if (process.env.FOLIO_BENCH_NO_BUILD !== '1') {
  execFileSync('node', [join(ROOT, 'src/dev/build.mjs'), 'chrome'], { stdio: 'inherit' });
}

const server = await startFixtureServer();
const session = await launchChromium();
const url = server.url('/seed-news/source.html');
const loadBefore = loadavg()[0]!;
const runs: RunTimes[] = [];
const stoppedWorker: number[] = [];
const fromMenu: number[] = [];
// The toolbar click is on Folio's own button, pinned to the toolbar as a
// person who uses it has it; the same click from the Extensions menu (not
// pinned) is measured too, for the animation Chromium plays first there.
const floor = await emptyPopupTimes(url, RUNS, true);
const floorFromMenu = await emptyPopupTimes(url, RUNS, false);
try {
  await pinToToolbar(session);
  await measureOnce(session, url); // warm-up: the worker's first start and the disk cache
  for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(session, url));
  for (let i = 0; i < RUNS; i++) stoppedWorker.push(await measurePopup(session, url, { stopWorker: true }));
  await pinToToolbar(session, false);
  for (let i = 0; i < RUNS; i++) fromMenu.push(await measurePopup(session, url, { stopWorker: false }));
} finally {
  await session.close();
  await server.close();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => `${Math.round(value)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const popupTimes = runs.map((r) => r.popupMs);
const readerTimes = runs.map((r) => r.readerMs);
const coldTimes = runs.map((r) => r.coldReaderMs);
const row = (name: string, values: number[], target: string, ok: boolean | null) =>
  `| ${name} | ${ms(median(values))} | ${ms(Math.min(...values))} | ${ms(Math.max(...values))} | ${target} | ${ok === null ? '' : verdict(ok)} |`;
const contexts = contextSizes(DIST_CHROME);
const popupJs = contexts.find((c) => c.name === 'popup')!;
const chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();

if (runs.some((r) => !Number.isFinite(r.popupSteps.extractEnd) || !Number.isFinite(r.secondExtractionMs)))
  throw new Error(
    "The content script's times (__folioTimes) were not found: is dist/chrome built from this code?",
  );

/** Median of one step of the popup's breakdown, in ms after the click. */
const stepMs = (step: keyof RunTimes['popupSteps']): string =>
  ms(median(runs.map((r) => r.popupSteps[step])));

const lines = [
  '# Reader interface benchmark',
  '',
  `${new Date().toISOString().slice(0, 10)} · ${chromium} · ${cpus().length} cores · ${RUNS} runs after one warm-up, each on a fresh tab of tests/fixtures/seed-news served from 127.0.0.1.`,
  '',
  `Machine load (1-minute load average) before and after: ${loadBefore.toFixed(1)} and ${loadavg()[0]!.toFixed(1)}. Timings grow with it: compare with the empty-popup row, measured in the same run.`,
  '',
  '| measure | median | min | max | target | |',
  '| --- | --- | --- | --- | --- | --- |',
  row(
    'toolbar click → article shown in the popup (Folio pinned to the toolbar)',
    popupTimes,
    `≤ ${TARGETS.popupMs} ms`,
    median(popupTimes) <= TARGETS.popupMs,
  ),
  row(
    'the same, with Folio’s worker stopped before the click (as after 30 s idle)',
    stoppedWorker,
    `≤ ${TARGETS.popupMs} ms`,
    median(stoppedWorker) <= TARGETS.popupMs,
  ),
  row('reference: toolbar click → an empty popup’s first frame (Chromium alone)', floor, '', null),
  row(
    'Folio not pinned, clicked in the Extensions menu → article shown (Chromium first animates its icon into the toolbar)',
    fromMenu,
    '',
    null,
  ),
  row('reference: the same for an empty popup', floorFromMenu, '', null),
  row(
    'reader-mode toggle in the popup → article shown in the page',
    readerTimes,
    `≤ ${TARGETS.readerMs} ms`,
    median(readerTimes) <= TARGETS.readerMs,
  ),
  row(
    'reader-mode toggle, cold frame (as after the keyboard command)',
    coldTimes,
    `≤ ${TARGETS.readerMs} ms`,
    median(coldTimes) <= TARGETS.readerMs,
  ),
  `| popup JavaScript, gzip | ${kb(popupJs.gzip)} KB | | | ≤ ${TARGETS.popupGzipKb} KB | ${verdict(popupJs.gzip <= TARGETS.popupGzipKb * 1024)} |`,
  '',
  '### Where the popup’s time goes (median, ms after the click)',
  '',
  '| popup document starts | it asks the worker to read the tab | the injected content script starts | it starts extracting | extraction done | the popup has the article | article on screen |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  `| ${stepMs('document')} | ${stepMs('readStart')} | ${stepMs('injected')} | ${stepMs('extractStart')} | ${stepMs('extractEnd')} | ${stepMs('readDone')} | ${ms(median(popupTimes))} |`,
  '',
  `Extraction in the page takes ${ms(median(runs.map((r) => r.popupSteps.extractEnd - r.popupSteps.extractStart)))} there (median), on code the page's JavaScript engine runs for the first time; clicking the toolbar again on the same tab, the same extraction takes ${ms(median(runs.map((r) => r.secondExtractionMs)))}.`,
  '',
  '## JavaScript per context (entry and all it imports)',
  '',
  '| context | raw | gzip | files |',
  '| --- | --- | --- | --- |',
  ...contexts.map((c) => `| ${c.name} | ${kb(c.raw)} KB | ${kb(c.gzip)} KB | ${c.files.length} |`),
  '',
  '## Every bundle (dist/chrome)',
  '',
  '| file | raw | gzip |',
  '| --- | --- | --- |',
  ...fileSizes(DIST_CHROME).map((f) => `| ${f.file} | ${kb(f.raw)} KB | ${kb(f.gzip)} KB |`),
  '',
  'The bundled OpenDyslexic font (three woff2 files, about 340 KB) loads only when that font is chosen.',
  '',
];
const report = lines.join('\n');
process.stdout.write(report);
const results = join(ROOT, 'tests', 'bench', 'results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'ui.md'), report);
writeFileSync(
  join(results, 'ui.json'),
  JSON.stringify(
    { runs, stoppedWorker, fromMenu, emptyPopup: floor, emptyPopupFromMenu: floorFromMenu, contexts },
    null,
    2,
  ),
);
