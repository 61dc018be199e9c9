/**
 * Development helper: lines of Folio's text that the aeb truth does not contain.
 * `npx tsx tests/bench/extract/inspect-extra-lines.ts ID-PREFIX...`
 */
import { extractArticle } from '../../../src/extract';
import { nodeWindow } from '../../../src/cli/node-window';
import { parseHtml } from '../../../src/cli/parse-html';
import { dataDir, loadAeb } from './data';

const TOKEN = /[\p{L}\p{N}_]+/gu;
const ids = process.argv.slice(2);
for (const page of loadAeb(dataDir().dir)) {
  if (!ids.some((id) => page.id.startsWith(id))) continue;
  const truth = ` ${(page.truth.match(TOKEN) ?? []).join(' ')} `;
  const result = extractArticle(parseHtml(page.html, page.url, 'linkedom'), page.url, {
    window: nodeWindow(),
  });
  console.log(`## ${page.id.slice(0, 8)} ${page.url}`);
  if (result.kind !== 'article') continue;
  for (const line of result.article.text.split('\n')) {
    const tokens = line.match(TOKEN) ?? [];
    if (tokens.length && !truth.includes(` ${tokens.join(' ')} `)) console.log(`  + ${line.slice(0, 160)}`);
  }
}
