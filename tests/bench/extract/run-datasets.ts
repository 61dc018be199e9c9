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
}

export interface RtpResult extends DatasetResult {
  folioMeta: MetadataTally;
  readabilityMeta: MetadataTally;
}

/** The URL Readability's own test harness gives every test page. */
const RTP_URL = 'http://fakehost/test/page.html';

/**
 * Both engines on one page, each on its own parse, alternating which goes
 * first so neither always runs on a warmer JIT or a fuller heap.
 */
function both(
  html: string,
  url: string,
  parser: ParserName,
  index: number,
  force: boolean,
): [EngineRun, EngineRun] {
  const run = (engine: 'folio' | 'readability'): EngineRun => {
    const doc = parseHtml(html, url, parser);
    return engine === 'folio' ? runFolio(doc, url, { force }) : runReadability(doc);
  };
  if (index % 2 === 0) {
    const f = run('folio');
    return [f, run('readability')];
  }
  const r = run('readability');
  return [run('folio'), r];
}

/** Warms both engines up on a few pages so the first timings are not JIT compilation. */
export function warmUp(html: string[], parser: ParserName): void {
  html.forEach((page, i) => both(page, RTP_URL, parser, i, true));
}

export function runAeb(pages: readonly AebPage[], parser: ParserName): DatasetResult {
  const out: DatasetResult = { folio: { counts: [], ms: [] }, readability: { counts: [], ms: [] } };
  pages.forEach((page, i) => {
    // Folio runs as the extension does: no "show anyway", so giving up counts as empty.
    const [f, r] = both(page.html, page.url, parser, i, false);
    add(out.folio, comparePage(page.truth, f.text), f.ms);
    add(out.readability, comparePage(page.truth, r.text), r.ms);
  });
  return out;
}

/**
 * Readability's test pages: text compared with `expected.html` (both sides
 * through the same HTML-to-text), metadata with `expected-metadata.json`.
 * Folio runs with `force`, as expected.html exists for every page;
 * its readerable decision is checked separately.
 */
export function runReadabilityPages(pages: readonly ReadabilityPage[], parser: ParserName): RtpResult {
  const out: RtpResult = {
    folio: { counts: [], ms: [] },
    readability: { counts: [], ms: [] },
    folioMeta: new MetadataTally(),
    readabilityMeta: new MetadataTally(),
  };
  pages.forEach((page, i) => {
    const [f, r] = both(page.html, RTP_URL, parser, i, true);
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
