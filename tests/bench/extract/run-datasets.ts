/** Runs both engines over both datasets, page by page, in the same process. */
import { parseHtml } from '../../../src/cli/parse-html';
import type { ParserName } from '../../../src/cli/parse-html';
import type { AebPage, ReadabilityPage } from './data';
import { runFolio, runReadability } from './engines';
import type { EngineRun } from './engines';
import { htmlToText } from './html-text';
import { MetadataTally, compareMetadata } from './metadata-compare';
import { comparePage } from './metric';
import type { PageCounts } from './metric';

export interface EngineResult {
  counts: PageCounts[];
  ms: number[];
}

export interface DatasetResult {
  folio: EngineResult;
  readability: EngineResult;
  /** Folio scored on all of its HTML (captions included) instead of `text`, for transparency. */
  folioHtml?: EngineResult;
}

export interface RtpResult extends DatasetResult {
  folioMeta: MetadataTally;
  readabilityMeta: MetadataTally;
}

/** The URL Readability's own test harness gives every test page. */
export const RTP_URL = 'http://fakehost/test/page.html';

/**
 * Both engines on one page, `runs` times each, every run on its own parse,
 * alternating which engine goes first. The fastest run of each engine is
 * kept: the minimum is what the code costs, the rest is interference from
 * other processes and the garbage collector.
 */
export function both(
  html: string,
  url: string,
  parser: ParserName,
  runs: number,
  force: boolean,
): [EngineRun, EngineRun] {
  // What the content script clones again for the rare page Readability searches twice (the clone is timed).
  const page = parseHtml(html, url, parser);
  const freshCopy = () => page.cloneNode(true) as Document;
  const run = (engine: 'folio' | 'readability'): EngineRun => {
    const doc = parseHtml(html, url, parser);
    const result = engine === 'folio' ? runFolio(doc, url, { force, freshCopy }) : runReadability(doc);
    // jsdom keeps a window alive until it is closed; a run parses over a thousand pages.
    doc.defaultView?.close();
    return result;
  };
  let best: [EngineRun, EngineRun] | null = null;
  for (let i = 0; i < runs; i++) {
    const pair: [EngineRun, EngineRun] =
      i % 2 === 0 ? [run('folio'), run('readability')] : swap([run('readability'), run('folio')]);
    best = best
      ? [pair[0].ms < best[0].ms ? pair[0] : best[0], pair[1].ms < best[1].ms ? pair[1] : best[1]]
      : pair;
  }
  page.defaultView?.close();
  return best as [EngineRun, EngineRun];
}

function swap<T>([a, b]: [T, T]): [T, T] {
  return [b, a];
}

/** Warms both engines up on a few pages so the first timings are not JIT compilation. */
export function warmUp(html: string[], parser: ParserName): void {
  for (const page of html) both(page, RTP_URL, parser, 1, true);
}

/** Scores measured pairs (Folio, Readability) on aeb-dev; `pairs[i]` belongs to `pages[i]`. */
export function runAeb(
  pages: readonly AebPage[],
  pairs: ReadonlyArray<[EngineRun, EngineRun]>,
): DatasetResult {
  const out: DatasetResult = {
    folio: { counts: [], ms: [] },
    readability: { counts: [], ms: [] },
    folioHtml: { counts: [], ms: [] },
  };
  pages.forEach((page, i) => {
    const [f, r] = pairs[i]!;
    add(out.folio, comparePage(page.truth, f.text), f.ms);
    add(out.readability, comparePage(page.truth, r.text), r.ms);
    if (out.folioHtml) add(out.folioHtml, comparePage(page.truth, htmlToText(f.html)), f.ms);
  });
  return out;
}

/**
 * Readability's test pages: text compared with `expected.html` (both sides
 * through the same HTML-to-text), metadata with `expected-metadata.json`.
 * Folio runs with `force`, as expected.html exists for every page;
 * its readerable decision is checked separately.
 */
export function runReadabilityPages(
  pages: readonly ReadabilityPage[],
  pairs: ReadonlyArray<[EngineRun, EngineRun]>,
): RtpResult {
  const out: RtpResult = {
    folio: { counts: [], ms: [] },
    readability: { counts: [], ms: [] },
    folioMeta: new MetadataTally(),
    readabilityMeta: new MetadataTally(),
  };
  pages.forEach((page, i) => {
    const [f, r] = pairs[i]!;
    const expected = htmlToText(page.expectedHtml);
    add(out.folio, comparePage(expected, htmlToText(f.html)), f.ms);
    add(out.readability, comparePage(expected, htmlToText(r.html)), r.ms);
    out.folioMeta.add(page.id, compareMetadata(page.metadata, f.metadata));
    out.readabilityMeta.add(page.id, compareMetadata(page.metadata, r.metadata));
  });
  return out;
}

function add(engine: EngineResult, counts: PageCounts, ms: number): void {
  engine.counts.push(counts);
  engine.ms.push(ms);
}
