/**
 * Runs in a browser tab (bundled by in-browser.ts, for Chromium and Firefox): both engines on the
 * browser's own DOM, as the content script runs Folio on a clone of the page. Plain Readability
 * comes from its own script (plain-readability-harness.ts), evaluated in the tab before this one.
 */
import type { Readability } from '@mozilla/readability';
import { extractArticle } from '../../../src/extract';

/** Plain Readability's own copy (see plain-readability-harness.ts). */
function plainReadability(): typeof Readability {
  const own = (globalThis as { folioPlainReadability?: typeof Readability }).folioPlainReadability;
  if (!own) throw new Error('plain-readability-harness.ts was not evaluated in this tab');
  return own;
}

export interface BrowserTiming {
  folioMs: number;
  readabilityMs: number;
  folioText: string;
  readabilityText: string;
}

/** A fresh parse of the page; `<base>` gives it the page's address, as the live page has. */
function parse(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = url;
  doc.head?.prepend(base);
  return doc;
}

/** Fastest of `runs` for each engine, alternating which goes first; each run on a fresh parse. */
function timeBoth(html: string, url: string, runs: number, force: boolean): BrowserTiming {
  const out: BrowserTiming = {
    folioMs: Infinity,
    readabilityMs: Infinity,
    folioText: '',
    readabilityText: '',
  };
  // What the content script clones again for the rare page Readability searches twice (the clone is timed).
  const page = parse(html, url);
  const freshCopy = () => page.cloneNode(true) as Document;
  const folio = () => {
    const doc = parse(html, url);
    const started = performance.now();
    const result = extractArticle(doc, url, { window, force, freshCopy });
    out.folioMs = Math.min(out.folioMs, performance.now() - started);
    out.folioText = result.kind === 'article' ? result.article.text : '';
  };
  const PlainReadability = plainReadability();
  const readability = () => {
    const doc = parse(html, url);
    const started = performance.now();
    const parsed = new PlainReadability(doc).parse();
    out.readabilityMs = Math.min(out.readabilityMs, performance.now() - started);
    out.readabilityText = parsed?.textContent ?? '';
  };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [readability, folio] : [folio, readability];
    for (const engine of order) engine();
  }
  return out;
}

Object.assign(globalThis, { folioTimeBoth: timeBoth });
