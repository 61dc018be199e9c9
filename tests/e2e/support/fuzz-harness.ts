/**
 * Runs in a plain browser tab (bundled by fuzz-in-browser.ts): parses one
 * fuzz case as the browser parses a page, extracts it with Folio's engine
 * and inspects the sanitized HTML rendered into the tab.
 */
import { extractArticle } from '../../../src/extract';
import { findDanger } from '../../support/find-danger';

export interface BrowserFuzzOutcome {
  /** Extraction alone: in the content script the page is parsed already. */
  ms: number;
  kind: string;
  danger: string[];
  evidence?: string[];
  error?: string;
}

function fuzzOne(html: string): BrowserFuzzOutcome {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const started = performance.now();
  try {
    const result = extractArticle(doc, 'https://fuzz.example/article', { window });
    const ms = performance.now() - started;
    if (result.kind !== 'article') return { ms, kind: result.kind, danger: [] };
    const view = document.getElementById('v')!;
    // eslint-disable-next-line no-unsanitized/property -- rendering the sanitizer's output is what is tested
    view.innerHTML = result.article.contentHtml;
    // Script, handlers, frames, dangerous URL schemes; remote images are allowed content.
    const danger = findDanger('#v', false);
    // On failure, the offending markup, so a seed can be fixed without rerunning it.
    const evidence = danger.length
      ? [...view.querySelectorAll('*')]
          .filter((el) => [...el.attributes].some((a) => /^on|href|src|data|action|style/i.test(a.name)))
          .map((el) => el.outerHTML.slice(0, 300))
      : undefined;
    view.replaceChildren();
    return { ms, kind: 'article', danger, evidence };
  } catch (error) {
    return { ms: performance.now() - started, kind: 'threw', danger: [], error: String(error) };
  }
}

/** The same inspection on unsanitized HTML: shows the check can fail. */
function dangerOfRaw(html: string): string[] {
  const view = document.getElementById('v')!;
  const inert = new DOMParser().parseFromString(html, 'text/html');
  view.replaceChildren(...inert.body.childNodes);
  const danger = findDanger('#v');
  view.replaceChildren();
  return danger;
}

Object.assign(globalThis, { folioFuzz: fuzzOne, folioDangerOfRaw: dangerOfRaw });
