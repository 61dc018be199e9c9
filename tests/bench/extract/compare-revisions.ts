/**
 * Paired A/B of the extractor at another git revision against the working
 * tree, in one Chromium tab: on every page both versions and plain
 * Readability run in turn (rotating which goes first), each on a fresh parse,
 * and each keeps its fastest time. Separate bench runs differ by as much as a
 * small change is worth; a paired run does not.
 *
 *   npx tsx tests/bench/extract/compare-revisions.ts REV [aeb|rtp] [RUNS]
 *
 * In Firefox instead: FOLIO_COMPARE_BROWSER=firefox. With FOLIO_COMPARE_OUT=FILE, each
 * page's times go to FILE as JSON too (which pages a step helps, not only the medians).
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { bundleIife } from '../../support/bundle-iife';
import { REPO, withRevision } from '../../support/revision-worktree';
import { CHROMIUM, FIREFOX } from '../../e2e/support/paths';
import { dataDir, loadAeb, loadReadabilityPages } from './data';
import { assertIsolated, BLANK_PAGE, ISOLATING_HEADERS } from './in-browser';
import { isolate } from './in-chromium';
import { RTP_URL } from './run-datasets';
import { quantile } from './stats';

const [rev, set = 'aeb', runsArg = '7'] = process.argv.slice(2);
if (!rev) throw new Error('usage: compare-revisions.ts REV [aeb|rtp] [RUNS]');

/** Timing code, bundled with the working tree's engine (no helpers inside page.evaluate). */
const TIMER = `
(globalThis as any).folioAbTime = (html: string, url: string, runs: number, force: boolean) => {
  const g = globalThis as any;
  const parse = () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const el = doc.createElement('base'); el.href = url; doc.head?.prepend(el);
    return doc;
  };
  const out: Record<string, number> = { base: Infinity, head: Infinity, readability: Infinity };
  // What the content script clones again for the rare page Readability searches twice.
  const page = parse();
  const freshCopy = () => page.cloneNode(true) as Document;
  // Same output from both revisions (the whole result), as the timing alone cannot tell.
  out.same = JSON.stringify(g.folioBase(parse(), url, { window, force, freshCopy })) ===
    JSON.stringify(g.folioHead(parse(), url, { window, force, freshCopy })) ? 1 : 0;
  const engines: [string, (d: Document) => unknown][] = [
    ['base', (d) => g.folioBase(d, url, { window, force, freshCopy })],
    ['head', (d) => g.folioHead(d, url, { window, force, freshCopy })],
    ['readability', (d) => new g.folioReadability(d).parse()],
  ];
  for (let i = 0; i < runs; i++)
    for (let j = 0; j < 3; j++) {
      const [key, run] = engines[(i + j) % 3]!;
      const doc = parse();
      const start = performance.now();
      run(doc);
      out[key] = Math.min(out[key]!, performance.now() - start);
    }
  return out;
};
`;

function entry(scratch: string, tree: string, name: string, extra = ''): string {
  const file = join(scratch, `${name}.ts`);
  writeFileSync(
    file,
    `import { extractArticle } from '${tree}/src/extract';\n` +
      `import { Readability } from '${REPO}/node_modules/@mozilla/readability';\n` +
      `Object.assign(globalThis, { ${name}: extractArticle, folioReadability: Readability });\n${extra}`,
  );
  return file;
}

/** A local server of the bench's blank, cross-origin-isolated page. */
async function blankPageServer(): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html', ...ISOLATING_HEADERS });
    response.end(BLANK_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

await withRevision(rev, async (base, scratch) => {
  const codeBase = await bundleIife(entry(scratch, base, 'folioBase'));
  const codeHead = await bundleIife(entry(scratch, REPO, 'folioHead', TIMER));
  const pages =
    set === 'rtp'
      ? loadReadabilityPages(dataDir().dir).map((p) => ({ id: p.id, html: p.html, url: RTP_URL }))
      : loadAeb(dataDir().dir);
  const firefox = process.env.FOLIO_COMPARE_BROWSER === 'firefox';
  // Firefox over WebDriver BiDi has no request interception: a local server sends the isolating headers.
  const server = firefox ? await blankPageServer() : null;
  const browser = firefox
    ? await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        protocol: 'webDriverBiDi',
      })
    : await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  type Times = { base: number; head: number; readability: number; same: number };
  const times: Times[] = [];
  try {
    const page = await browser.newPage();
    // Cross-origin isolated, so the timer counts in 5 µs steps (20 in Firefox), as in the bench.
    if (server) await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    else await isolate(page);
    await assertIsolated(page);
    await page.evaluate(codeBase);
    await page.evaluate(codeHead);
    for (const p of pages)
      times.push(
        await page.evaluate(
          (html, url, runs, force) =>
            (
              globalThis as unknown as { folioAbTime(h: string, u: string, r: number, f: boolean): Times }
            ).folioAbTime(html, url, runs, force),
          p.html,
          p.url,
          Number(runsArg),
          // As in the bench: aeb-dev as the extension reads it, Readability's pages shown anyway.
          set === 'rtp',
        ),
      );
  } finally {
    await browser.close();
    server?.close();
  }
  const out = process.env.FOLIO_COMPARE_OUT;
  if (out) writeFileSync(out, JSON.stringify(times.map((t, i) => ({ id: pages[i]!.id, ...t }))));
  const sum = (pick: (t: Times) => number) => times.reduce((s, t) => s + pick(t), 0);
  const ratio = (a: keyof Times, b: keyof Times) =>
    `per page ${quantile(
      times.map((t) => t[a] / t[b]),
      0.5,
    ).toFixed(3)}×, in total ${(sum((t) => t[a]) / sum((t) => t[b])).toFixed(3)}×`;
  console.log(
    `${set}: ${times.length} pages, fastest of ${runsArg} runs each, in ${firefox ? 'Firefox' : 'Chromium'}`,
  );
  console.log(`same result from both revisions on ${sum((t) => t.same)} of ${times.length} pages`);
  console.log(`working tree ÷ ${rev}: ${ratio('head', 'base')}`);
  console.log(`${rev} ÷ Readability: ${ratio('base', 'readability')}`);
  console.log(`working tree ÷ Readability: ${ratio('head', 'readability')}`);
});
