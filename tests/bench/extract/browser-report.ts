/** The browser parts of the extraction bench: time per page, and aeb-dev text quality as a cross-check. */
import type { BrowserTiming } from './browser-harness';
import type { BrowserRun } from './in-browser';
import type { ContentScriptRun } from './in-content-script';
import type { AebPage } from './data';
import { comparePage, summarize } from './metric';
import { timing } from './stats';

const f1 = (x: number): string => x.toFixed(1);

export function browserSection(
  browser: 'Chromium' | 'Firefox',
  run: BrowserRun,
  aebPages: readonly AebPage[],
  rtpCount: number,
): { markdown: string[]; json: object } {
  const aeb = run.results.slice(0, aebPages.length);
  const rtp = run.results.slice(aebPages.length, aebPages.length + rtpCount);
  const sets = [
    ['aeb-dev', aeb],
    ["Readability's test pages", rtp],
  ] as const;
  const rows = [
    '| Pages | Folio ms median | Folio ms p95 | Readability ms median | Readability ms p95 | Folio / Readability (median) | (total) | (median page) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const json: Record<string, unknown> = { version: run.version };
  for (const [name, set] of sets) {
    if (!set.length) continue;
    const f = timing(set.map((r) => r.folioMs));
    const r = timing(set.map((r) => r.readabilityMs));
    const page = timing(set.map((r) => r.folioMs / r.readabilityMs));
    rows.push(
      `| ${name} (${set.length}) | ${f1(f.median)} | ${f1(f.p95)} | ${f1(r.median)} | ${f1(r.p95)} | ${(f.median / r.median).toFixed(2)}× | ${(f.total / r.total).toFixed(2)}× | ${page.median.toFixed(2)}× |`,
    );
    json[name] = {
      folio: f,
      readability: r,
      ratioMedian: f.median / r.median,
      ratioTotal: f.total / r.total,
      ratioPageMedian: page.median,
    };
  }
  const lines = [
    `## Time in ${browser} (${run.version}, the content script's engine there)`,
    '',
    ...rows,
    '',
    `Each engine's time on a page is its fastest over ${run.launches} fresh ${browser} launches of ${run.runs} runs each, in a cross-origin-isolated tab (timer step ${run.timerStepUs} µs, measured). "Median page" is the median over pages of Folio's time divided by Readability's on the same page.`,
  ];
  for (const [name, set] of sets) {
    if (set.length < 8) continue;
    const quarters = byQuarter(set);
    lines.push(
      '',
      `${name} by page size, median of per-page ratios in each quarter of the pages (by Readability's time): ${quarters.map((q) => `${f1(q.from)}–${f1(q.to)} ms: ${q.ratio.toFixed(2)}×`).join('; ')}.`,
    );
    json[name] = { ...(json[name] as object), quarters };
  }
  for (const [name, set] of sets) {
    if (!set.length) continue;
    const sanitized = timing(set.map((r) => r.sanitizedMs));
    const folioMedian = timing(set.map((r) => r.folioMs)).median;
    const page = timing(set.map((r) => r.folioMs / r.sanitizedMs));
    const cost = timing(set.map((r) => r.sanitizedMs / r.readabilityMs));
    lines.push(
      '',
      `${name}, for context (not the target): Readability with DOMPurify on its HTML, the least a reader must run before it shows Readability's output, ${f1(sanitized.median)} ms median (${cost.median.toFixed(2)}× plain Readability, median page); Folio ÷ that: ${page.median.toFixed(2)}× median page, ${(folioMedian / sanitized.median).toFixed(2)}× ratio of medians.`,
    );
    json[name] = {
      ...(json[name] as object),
      sanitized,
      ratioPageMedianSanitized: page.median,
      sanitizedCost: cost.median,
    };
  }
  if (aeb.length) {
    const folio = summarize(aeb.map((r, i) => comparePage(aebPages[i]!.truth, r.folioText)));
    const plain = summarize(aeb.map((r, i) => comparePage(aebPages[i]!.truth, r.readabilityText)));
    lines.push(
      '',
      `aeb-dev text in ${browser}, as a cross-check of the jsdom scores: Folio F1 ${folio.f1.toFixed(3)} (P ${folio.precision.toFixed(3)}, R ${folio.recall.toFixed(3)}), Readability F1 ${plain.f1.toFixed(3)}.`,
    );
    json.aebQuality = { folio, readability: plain };
  }
  return { markdown: lines, json };
}

/**
 * The lines on timing in a content script (in-content-script.ts): each set's
 * medians there, Folio ÷ Readability, and what the content script costs each
 * engine against the page, all from the same launch.
 */
export function contentScriptSection(
  browser: 'Chromium' | 'Firefox',
  run: ContentScriptRun,
  aebCount: number,
  rtpCount: number,
): { markdown: string[]; json: object } {
  const sets = [
    ['aeb-dev', 0, aebCount],
    ["Readability's test pages", aebCount, aebCount + rtpCount],
  ] as const;
  const lines: string[] = [];
  const json: Record<string, unknown> = {
    version: run.version,
    runs: run.runs,
    timerStepUs: run.timerStepUs,
  };
  for (const [name, from, to] of sets) {
    const cs = run.contentScript.slice(from, to);
    const inPage = run.page.slice(from, to);
    if (!cs.length) continue;
    const f = timing(cs.map((r) => r.folioMs));
    const r = timing(cs.map((r) => r.readabilityMs));
    const page = timing(cs.map((r) => r.folioMs / r.readabilityMs)).median;
    const pagePage = timing(inPage.map((r) => r.folioMs / r.readabilityMs)).median;
    const cost = (engine: 'folioMs' | 'readabilityMs') =>
      timing(cs.map((r, i) => r[engine] / inPage[i]![engine])).median;
    lines.push(
      '',
      `${name} in a content script, as the extension runs Folio (one launch, fastest of ${run.runs} runs, the page and the content script alternating page by page): Folio ${f1(f.median)} ms median (p95 ${f1(f.p95)}), Readability ${f1(r.median)} ms (p95 ${f1(r.p95)}); Folio ÷ Readability ${page.toFixed(2)}× median page (${pagePage.toFixed(2)}× in the page in the same launch), ${(f.median / r.median).toFixed(2)}× ratio of medians, ${(f.total / r.total).toFixed(2)}× in total. The content script takes ${cost('folioMs').toFixed(2)}× the page's time for Folio and ${cost('readabilityMs').toFixed(2)}× for Readability (median page).`,
    );
    json[name] = {
      folio: f,
      readability: r,
      ratioPageMedian: page,
      ratioPageMedianInPage: pagePage,
      ratioMedian: f.median / r.median,
      ratioTotal: f.total / r.total,
      contentScriptOverPage: { folio: cost('folioMs'), readability: cost('readabilityMs') },
    };
  }
  return { markdown: lines, json };
}

/** Pages in four groups by Readability's time, with the median per-page ratio of each. */
function byQuarter(set: readonly BrowserTiming[]): Array<{ from: number; to: number; ratio: number }> {
  const sorted = [...set].sort((a, b) => a.readabilityMs - b.readabilityMs);
  return [0, 1, 2, 3].map((q) => {
    const part = sorted.slice(Math.floor((q * sorted.length) / 4), Math.floor(((q + 1) * sorted.length) / 4));
    return {
      from: part[0]!.readabilityMs,
      to: part.at(-1)!.readabilityMs,
      ratio: timing(part.map((r) => r.folioMs / r.readabilityMs)).median,
    };
  });
}
