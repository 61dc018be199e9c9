/**
 * `npm run bench:extract [-- --parser jsdom|linkedom] [--runs N] [--only aeb|rtp] [--no-chromium] [--no-firefox]
 * [--no-content-script]`: Folio and plain @mozilla/readability on aeb-dev and Readability's test pages,
 * in one run: in Node, then in Chromium and Firefox (the content script's engines), in a page and in a
 * content script.
 * Prints a Markdown table and writes tests/bench/results/extract.md (+ .json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParserName } from '../../src/cli/parse-html';
import { dataDir, loadAeb, loadReadabilityPages } from './extract/data';
import { markdownReport, pageRatioMedian } from './extract/report';
import { RTP_URL, runAeb, runReadabilityPages } from './extract/run-datasets';
import { measureAll } from './extract/measure-in-workers';
import { browserSection, contentScriptSection } from './extract/browser-report';
import { timeInContentScript } from './extract/in-content-script';
import { timeInChromium } from './extract/in-chromium';
import { timeInFirefox } from './extract/in-firefox';
import { summarize } from './extract/metric';
import { timing } from './extract/stats';

// jsdom by default: a standards DOM like the browser's, where DOMPurify cleans the article in
// place. With linkedom, Folio must re-parse its output in jsdom to sanitize it, a cost the
// extension never pays, so its timings overstate Folio's share.
const parserArg = process.argv.indexOf('--parser');
const parser: ParserName = parserArg > 0 && process.argv[parserArg + 1] === 'linkedom' ? 'linkedom' : 'jsdom';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 3) : 3;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;

const data = dataDir();
if (!data.found) {
  console.error(`Benchmark data not found at ${data.dir} (looked in ${data.hint}). Nothing measured.`);
  process.exit(1);
}
const aebPages = loadAeb(data.dir);
const rtpPages = loadReadabilityPages(data.dir);
if (aebPages.length === 0) console.error(`aeb-dev is missing under ${data.dir}; skipping it.`);
if (rtpPages.length === 0) console.error(`readability-test-pages is missing under ${data.dir}; skipping it.`);

const warm = [...rtpPages.slice(0, 1), ...aebPages.slice(0, 2)].map((p) => p.html);
const aebJobs = only !== 'rtp' ? aebPages.map((p) => ({ html: p.html, url: p.url, force: false })) : [];
const rtpJobs = only !== 'aeb' ? rtpPages.map((p) => ({ html: p.html, url: RTP_URL, force: true })) : [];
const pairs = await measureAll([...aebJobs, ...rtpJobs], parser, runs, warm);
const aeb = aebJobs.length ? runAeb(aebPages, pairs.slice(0, aebJobs.length)) : null;
const rtp = rtpJobs.length ? runReadabilityPages(rtpPages, pairs.slice(aebJobs.length)) : null;

// The same pages in the browsers the content script runs in (skipped with --no-chromium, --no-firefox).
const jobs = [...aebJobs, ...rtpJobs];
const aebForBrowsers = only !== 'rtp' ? aebPages : [];
const rtpForBrowsers = only !== 'aeb' ? rtpPages.length : 0;
const withContentScript = !process.argv.includes('--no-content-script');
/** One browser's section: the page timings, then (unless --no-content-script) the content script's. */
async function browserPart(
  name: 'Chromium' | 'Firefox',
  run: Awaited<ReturnType<typeof timeInChromium>>,
): Promise<{ markdown: string[]; json: object } | null> {
  if (!run) return null;
  const part = browserSection(name, run, aebForBrowsers, rtpForBrowsers);
  const engine = name === 'Chromium' ? 'chromium' : 'firefox';
  const cs = withContentScript ? await timeInContentScript(engine, jobs, runs) : null;
  if (!cs) return part;
  const csPart = contentScriptSection(name, cs, aebForBrowsers.length, rtpForBrowsers);
  return {
    markdown: [...part.markdown, ...csPart.markdown],
    json: { ...part.json, contentScript: csPart.json },
  };
}
const chromiumPart = process.argv.includes('--no-chromium')
  ? null
  : await browserPart('Chromium', await timeInChromium(jobs, runs));
const firefoxPart = process.argv.includes('--no-firefox')
  ? null
  : await browserPart('Firefox', await timeInFirefox(jobs, runs));

const report = markdownReport({
  parser,
  runs,
  aeb,
  rtp,
  aebPages: aebPages.length,
  rtpPages: rtpPages.length,
  extra: [...(chromiumPart?.markdown ?? []), ...(firefoxPart ? ['', ...firefoxPart.markdown] : [])],
});
process.stdout.write(report);

const results = join(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(results, { recursive: true });
// A partial run (--only) prints but does not replace the recorded results.
if (only) process.exit(0);
writeFileSync(join(results, 'extract.md'), report);
const json = (d: typeof aeb) =>
  d && {
    folio: { ...summarize(d.folio.counts), ...timing(d.folio.ms) },
    readability: { ...summarize(d.readability.counts), ...timing(d.readability.ms) },
    ratioPageMedian: pageRatioMedian(d),
  };
writeFileSync(
  join(results, 'extract.json'),
  `${JSON.stringify(
    {
      parser,
      aeb: json(aeb),
      readabilityPages: json(rtp),
      chromium: chromiumPart?.json ?? null,
      firefox: firefoxPart?.json ?? null,
      metadata: rtp && {
        folio: Object.fromEntries(rtp.folioMeta.counts),
        readability: Object.fromEntries(rtp.readabilityMeta.counts),
        folioNotes: rtp.folioMeta.notes,
        readabilityNotes: rtp.readabilityMeta.notes,
      },
    },
    null,
    2,
  )}\n`,
);
