/** The bench's Markdown report. */
import type { DatasetResult, EngineResult, RtpResult } from './run-datasets';
import { FIELDS } from './metadata-compare';
import type { MetadataTally } from './metadata-compare';
import { summarize } from './metric';
import type { Summary } from './metric';
import { timing } from './stats';

export interface ReportInput {
  parser: string;
  runs: number;
  aeb: DatasetResult | null;
  rtp: RtpResult | null;
  aebPages: number;
  rtpPages: number;
  /** Further sections (the browser timings), placed before the notes. */
  extra?: string[];
}

const f3 = (x: number): string => x.toFixed(3);
const f1 = (x: number): string => x.toFixed(1);

/** The Markdown report of one bench run. */
export function markdownReport(input: ReportInput): string {
  const out: string[] = ['# Extraction benchmark: Folio vs plain Readability', ''];
  out.push(
    `Measured by \`npm run bench:extract\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, parser ${input.parser}; both engines in the same run, page by page, fastest of ${input.runs} runs each.`,
    '',
  );
  if (input.aeb) {
    out.push(`## Article text: aeb-dev (${input.aebPages} pages, truth = hand-checked articleBody)`, '');
    out.push(...textTable(input.aeb, 'F1', (s) => s.f1), '');
  }
  if (input.rtp) {
    out.push(`## Readability's test pages (${input.rtpPages} pages, vs expected.html)`, '');
    out.push(...textTable(input.rtp, 'mean page F1', (s) => s.meanPageF1), '');
    out.push('### Metadata vs expected-metadata.json', '');
    out.push(...metadataTable(input.rtp.folioMeta, input.rtp.readabilityMeta), '');
  }
  out.push('## Time in Node (jsdom)', '');
  for (const [name, data] of [
    ['aeb-dev', input.aeb],
    ["Readability's test pages", input.rtp],
  ] as const) {
    if (!data) continue;
    const f = timing(data.folio.ms);
    const r = timing(data.readability.ms);
    out.push(
      `- ${name}: Folio / Readability = ${(f.median / r.median).toFixed(2)}× by median, ${(f.total / r.total).toFixed(2)}× in total, ${pageRatioMedian(data).toFixed(2)}× on the median page.`,
    );
  }
  if (input.extra) out.push('', ...input.extra);
  out.push('', ...NOTES);
  return `${out.join('\n')}\n`;
}

/** The median over pages of Folio's time divided by Readability's on the same page. */
export function pageRatioMedian(data: DatasetResult): number {
  return timing(data.folio.ms.map((ms, i) => ms / data.readability.ms[i]!)).median;
}

function textTable(data: DatasetResult, f1Label: string, pick: (s: Summary) => number): string[] {
  const rows = [
    `| Engine | ${f1Label} | Precision | Recall | Empty outputs | ms/page median | ms/page p95 |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const engines: Array<[string, EngineResult]> = [
    ['Folio', data.folio],
    ['Readability 0.6', data.readability],
  ];
  if (data.folioHtml) engines.push(['Folio, whole contentHtml (captions included)', data.folioHtml]);
  for (const [name, engine] of engines) {
    const s = summarize(engine.counts);
    const t = timing(engine.ms);
    rows.push(
      `| ${name} | ${f3(pick(s))} | ${f3(s.precision)} | ${f3(s.recall)} | ${s.empty} / ${s.pages} | ${f1(t.median)} | ${f1(t.p95)} |`,
    );
  }
  return rows;
}

function metadataTable(folio: MetadataTally, plain: MetadataTally): string[] {
  const rows = [
    '| Field | Folio agrees | Folio fills a gap | Folio misses | Folio differs | Readability agrees | Readability misses / differs |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const line = (name: string, a: Record<string, number>, b: Record<string, number>): string =>
    `| ${name} | ${a.agree} | ${a.fill} | ${a.miss} | ${a.differ} | ${b.agree} | ${(b.miss ?? 0) + (b.differ ?? 0)} |`;
  const empty = { agree: 0, fill: 0, miss: 0, differ: 0 };
  for (const field of FIELDS)
    rows.push(line(field, folio.counts.get(field) ?? empty, plain.counts.get(field) ?? empty));
  rows.push(line('**all**', folio.overall(), plain.overall()));
  return rows;
}

const NOTES = [
  '## How it is measured',
  '',
  "- Text metric (aeb-dev): the benchmark's own — 4-token shingles, precision and recall averaged over pages, F1 of the two means; an empty output counts as precision 0. Folio's text is `Article.text` (running prose: captions and credits stay in `contentHtml` but not in `text`); Readability's is its `textContent`, as in the published figures. The third row scores all of Folio's HTML as text (same timing as the first), to show what the caption rule is worth.",
  '- Folio runs on aeb-dev as the extension does (no "show anyway"), so a page it declines counts as an empty output. On the Readability test pages it runs with `force` (every page has an expected.html); its readerable decision is compared separately.',
  '- Readability test pages: both engines\' HTML and expected.html go through the same HTML-to-text; "mean page F1" is the mean of per-page F1. expected.html is Readability\'s own output, so this is a guard against eating real content, not a quality score.',
  '- Metadata: "fills a gap" = the expected file has no value and Folio gives the one the page declares (JSON-LD, meta tags, `<time>`); "differs" = both have a value and they disagree. Dates agree when they name the same instant (Folio writes ISO 8601).',
  "- Time: from a parsed Document to the engine's result; parsing is not timed. Folio includes its readerable check, metadata, fidelity pass, Readability, cleanup, text, links and DOMPurify (in Node through a jsdom window, as linkedom cannot run DOMPurify). Each engine runs several times per page (alternating which goes first, each on a fresh parse) and its fastest run counts, so other processes and garbage collection do not decide the ratio. Pages are measured twelve at a time in a worker thread, each warmed up on a few pages first: jsdom windows are not freed on Node 20 even when closed, and the growing heap slowed both engines several-fold in earlier runs.",
  '- Data: `../shared/data` (or `FOLIO_DATA_DIR`); aeb-dev is the development half of the article-extraction-benchmark (MIT), the test pages are from mozilla/readability (Apache-2.0).',
];
