// `npm run bench`: runs every tests/bench/*-bench.ts in turn (each prints its
// Markdown table and writes it to tests/bench/results/), then lists the files.
// FOLIO_BENCH=name,name runs only those (e.g. FOLIO_BENCH=extract).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const dir = new URL('./', import.meta.url).pathname;
const only = process.env.FOLIO_BENCH?.split(',').filter(Boolean);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('-bench.ts'))
  .filter((f) => !only || only.includes(f.replace(/-bench\.ts$/, '')))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n##### ${file}`);
  // Large heap: the extraction bench parses over a thousand pages in jsdom.
  const result = spawnSync('node', ['--max-old-space-size=8192', '--import', 'tsx', `${dir}${file}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
console.log(`\n${benches.length - failed} benches ran, ${failed} failed; results in tests/bench/results/`);
process.exit(failed ? 1 : 0);
