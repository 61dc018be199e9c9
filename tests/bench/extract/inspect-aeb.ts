/**
 * Development helper, not part of the report: per-page precision and recall of
 * Folio on aeb-dev, worst precision first. `npx tsx tests/bench/extract/inspect-aeb.ts [ID-PREFIX]`
 * (with an id prefix: also prints that page's text and removals).
 */
import { extractArticle } from '../../../src/extract';
import { nodeWindow } from '../../../src/cli/node-window';
import { parseHtml } from '../../../src/cli/parse-html';
import { dataDir, loadAeb } from './data';
import { comparePage, pageScores, summarize } from './metric';
import type { PageCounts } from './metric';

const { dir } = dataDir();
const only = process.argv[2];
const win = nodeWindow();
const counts: PageCounts[] = [];
const rows: string[] = [];
for (const page of loadAeb(dir)) {
  if (only && !page.id.startsWith(only)) continue;
  const doc = parseHtml(page.html, page.url, 'linkedom');
  const result = extractArticle(doc, page.url, { window: win });
  const text = result.kind === 'article' ? result.article.text : '';
  const c = comparePage(page.truth, text);
  counts.push(c);
  const s = pageScores(c);
  rows.push(
    `${s.precision.toFixed(3)} ${s.recall.toFixed(3)} ${page.id.slice(0, 8)} ${result.kind === 'article' ? '' : result.reason} ${page.url.slice(0, 70)}`,
  );
  if (only)
    console.log(
      text,
      '\n----',
      result.kind === 'article'
        ? result.article.sourceContext.removed.map((r) => `${r.kind}: ${r.text.slice(0, 100)}`)
        : '',
    );
}
rows.sort();
console.log(rows.join('\n'));
const s = summarize(counts);
console.log(
  `F1 ${s.f1.toFixed(4)} P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} empty ${s.empty}/${s.pages}`,
);
