/**
 * Runs in a browser tab (bundled by in-browser.ts, for Chromium and Firefox): both engines on the
 * browser's own DOM, as the content script runs Folio on a clone of the page. Plain Readability
 * comes from its own script (plain-readability-harness.ts), evaluated in the tab before this one.
 */
import type { Readability } from '@mozilla/readability';
import { extractArticle } from '../../../src/extract';

interface PlainHarness {
  folioPlainReadability?: typeof Readability;
  folioPlainSanitize?: (html: string) => string;
}

/** Plain Readability's own copy and its DOMPurify (see plain-readability-harness.ts). */
function plainHarness(): Required<PlainHarness> {
  const { folioPlainReadability, folioPlainSanitize } = globalThis as PlainHarness;
  if (!folioPlainReadability || !folioPlainSanitize)
    throw new Error('plain-readability-harness.ts was not evaluated in this tab');
  return { folioPlainReadability, folioPlainSanitize };
}

export interface BrowserTiming {
  folioMs: number;
  readabilityMs: number;
  /**
   * Readability, then DOMPurify on its HTML: the least a reader must do
   * before it shows Readability's output. Context only, timed after the
   * other two: the target is against plain Readability.
   */
  sanitizedMs: number;
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

/**
 * Fastest of `runs` for each engine, alternating which goes first, then of
 * `runs` of Readability with DOMPurify; each run on a fresh parse.
 */
function timeBoth(html: string, url: string, runs: number, force: boolean): BrowserTiming {
  const out: BrowserTiming = {
    folioMs: Infinity,
    readabilityMs: Infinity,
    sanitizedMs: Infinity,
    folioText: '',
    readabilityText: '',
  };
  // What the content script clones again for the rare page Readability searches twice (the clone is timed).
  const page = parse(html, url);
  const freshCopy = () => page.cloneNode(true) as Document;
  /** `run` on a fresh parse of the page (the parse not timed): what it gave and its milliseconds. */
  const timed = <T>(run: (doc: Document) => T): { value: T; ms: number } => {
    const doc = parse(html, url);
    const started = performance.now();
    const value = run(doc);
    return { value, ms: performance.now() - started };
  };
  const folio = () => {
    const { value, ms } = timed((doc) => extractArticle(doc, url, { window, force, freshCopy }));
    out.folioMs = Math.min(out.folioMs, ms);
    out.folioText = value.kind === 'article' ? value.article.text : '';
  };
  const { folioPlainReadability: PlainReadability, folioPlainSanitize } = plainHarness();
  const readability = () => {
    const { value, ms } = timed((doc) => new PlainReadability(doc).parse());
    out.readabilityMs = Math.min(out.readabilityMs, ms);
    out.readabilityText = value?.textContent ?? '';
  };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [readability, folio] : [folio, readability];
    for (const engine of order) engine();
  }
  // After the two the target compares, so that their runs alternate as before.
  for (let i = 0; i < runs; i++) {
    const { ms } = timed((doc) => {
      const content = new PlainReadability(doc).parse()?.content;
      if (content) folioPlainSanitize(content);
    });
    out.sanitizedMs = Math.min(out.sanitizedMs, ms);
  }
  return out;
}

Object.assign(globalThis, { folioTimeBoth: timeBoth });
