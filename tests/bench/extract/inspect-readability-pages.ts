/**
 * Development helper, not part of the report: Folio vs expected.html on each of
 * Readability's test pages. `npx tsx tests/bench/extract/inspect-readability-pages.ts [PAGE]`
 */
import { extractArticle } from '../../../src/extract';
import { nodeWindow } from '../../../src/cli/node-window';
import { parseHtml } from '../../../src/cli/parse-html';
import { dataDir, loadReadabilityPages } from './data';
import { htmlToText } from './html-text';
import { comparePage, pageScores } from './metric';

const { dir } = dataDir();
const only = process.argv[2];
const win = nodeWindow();
let sum = 0;
let n = 0;
const rows: string[] = [];
for (const page of loadReadabilityPages(dir)) {
  if (only && page.id !== only) continue;
  const url = 'http://fakehost/test/page.html';
  const result = extractArticle(parseHtml(page.html, url, 'linkedom'), url, { window: win, force: true });
  const got = result.kind === 'article' ? htmlToText(result.article.contentHtml) : '';
  const s = pageScores(comparePage(htmlToText(page.expectedHtml), got));
  sum += s.f1;
  n++;
  rows.push(`${s.f1.toFixed(3)} ${s.precision.toFixed(3)} ${s.recall.toFixed(3)} ${page.id}`);
  if (only && result.kind === 'article')
    console.log(result.article.sourceContext.removed.map((r) => `${r.kind}: ${r.text.slice(0, 150)}`));
}
rows.sort();
console.log(rows.slice(0, 30).join('\n'));
console.log(`mean F1 ${(sum / n).toFixed(4)} over ${n}`);
